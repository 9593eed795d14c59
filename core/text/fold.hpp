// Matching keys for user-typed names (stages, headers, roles, categories).
//
// Users type the same word many ways: 目標客戶 / 目标客户, ＡＢＣ / abc, "Closed Won" /
// "closed-won". fold_key() maps all of them to one key so a lookup table needs one entry
// per word: Traditional → Simplified (ICU's transliterator, so every character is
// covered, not only those we thought of), NFKC case folding (full-width → half-width,
// upper → lower), then spaces, underscores, hyphens and dots dropped.
#pragma once

#include <string>
#include <string_view>

namespace kat {

// The folded key of a UTF-8 string. Invalid UTF-8 is replaced, never trusted.
std::string fold_key(std::string_view utf8);

// Traditional → Simplified and NFKC (full-width → half-width), nothing dropped and case
// kept: what number and date parsing needs ("４０萬" → "40万", "１２％" → "12%").
std::string normalize_script_and_width(std::string_view utf8);

// Trims ASCII and ideographic white space from both ends (no other change).
std::string_view trim(std::string_view utf8);

} // namespace kat
