// Buying roles of seeds 002 and 004: the four buying influences of seed 004 (CUTE: Coach,
// User, Technical buyer, Economic buyer) and seed 002's gatekeeper, influencer, executor
// and finance controller, in English, Simplified and Traditional Chinese.
#pragma once

#include <optional>
#include <string_view>

#include "i18n/labels.hpp"

namespace kat {

enum class BuyingRole { Coach, User, Technical, Economic, Gatekeeper, Influencer, Executor, Finance };

// "教练", "內線", "Coach buyer", "決(jue)策者(zhe)", "Economic buyer", "decision maker" …
std::optional<BuyingRole> buying_role_named(std::string_view text);

// COACH, USER, TECHNICAL, ECONOMIC, GATEKEEPER, INFLUENCER, EXECUTOR, FINANCE
std::string_view role_code(BuyingRole role);

// 教练 / Coach and so on, for reports.
std::string_view role_title(BuyingRole role, Language language);

inline constexpr BuyingRole buying_influences[] = {BuyingRole::Coach, BuyingRole::User, BuyingRole::Technical,
                                                   BuyingRole::Economic};

} // namespace kat
