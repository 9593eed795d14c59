#include "text/fold.hpp"

#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace kat {
namespace {

// One transliterator per thread: ICU transliterators are not safe to share across
// threads, and Calc may calculate on more than one.
const icu::Transliterator* traditional_to_simplified()
{
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return instance.get();
}

bool is_separator(UChar32 c)
{
    return c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t' || c == '\n' || c == '\r'
        || c == 0x00B7 /* · */ || c == 0x30FB /* ・ */ || c == 0x3000 /* ideographic space */
        || c == 0x00A0;
}

bool is_plain_ascii(std::string_view s)
{
    for (unsigned char c : s)
        if (c >= 0x80)
            return false;
    return true;
}

icu::UnicodeString simplified_nfkc(std::string_view utf8, bool casefold)
{
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    if (const icu::Transliterator* t = traditional_to_simplified())
        t->transliterate(text);

    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = casefold ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                                                  : icu::Normalizer2::getNFKCInstance(status);
    if (U_SUCCESS(status)) {
        icu::UnicodeString normalized = normalizer->normalize(text, status);
        if (U_SUCCESS(status))
            return normalized;
    }
    return text;
}

} // namespace

std::string normalize_script_and_width(std::string_view utf8)
{
    if (is_plain_ascii(utf8))
        return std::string(utf8);
    std::string out;
    simplified_nfkc(utf8, false).toUTF8String(out);
    return out;
}

std::string fold_key(std::string_view utf8)
{
    // Fast path: most stage and header names in English exports are ASCII.
    if (is_plain_ascii(utf8)) {
        std::string out;
        out.reserve(utf8.size());
        for (char c : utf8) {
            if (is_separator(static_cast<unsigned char>(c)))
                continue;
            out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
        }
        return out;
    }

    const icu::UnicodeString text = simplified_nfkc(utf8, true);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < text.length();) {
        UChar32 c = text.char32At(i);
        if (!is_separator(c))
            kept.append(c);
        i += U16_LENGTH(c);
    }
    std::string out;
    kept.toUTF8String(out);
    return out;
}

std::string_view trim(std::string_view s)
{
    auto starts_with_space = [](std::string_view v) -> std::size_t {
        if (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n' || v.front() == '\r'))
            return 1;
        if (v.size() >= 3 && v.substr(0, 3) == "\xE3\x80\x80") // U+3000
            return 3;
        return 0;
    };
    auto ends_with_space = [](std::string_view v) -> std::size_t {
        if (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\n' || v.back() == '\r'))
            return 1;
        if (v.size() >= 3 && v.substr(v.size() - 3) == "\xE3\x80\x80")
            return 3;
        return 0;
    };
    while (std::size_t n = starts_with_space(s))
        s.remove_prefix(n);
    while (std::size_t n = ends_with_space(s))
        s.remove_suffix(n);
    return s;
}

} // namespace kat
