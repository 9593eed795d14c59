#include "stakeholders/buying_role.hpp"

#include <string>
#include <utility>

#include "text/fold.hpp"

namespace kat {
namespace {

const std::pair<std::string_view, BuyingRole> aliases[] = {
    {"coach", BuyingRole::Coach}, {"coachbuyer", BuyingRole::Coach}, {"教练", BuyingRole::Coach},
    {"内线", BuyingRole::Coach}, {"线人", BuyingRole::Coach}, {"向导", BuyingRole::Coach},
    {"guide", BuyingRole::Coach}, {"champion", BuyingRole::Coach},

    {"user", BuyingRole::User}, {"userbuyer", BuyingRole::User}, {"enduser", BuyingRole::User},
    {"用户", BuyingRole::User}, {"使用者", BuyingRole::User}, {"最终用户", BuyingRole::User},
    {"使用人", BuyingRole::User},

    {"technical", BuyingRole::Technical}, {"technicalbuyer", BuyingRole::Technical},
    {"techbuyer", BuyingRole::Technical}, {"技术把关者", BuyingRole::Technical},
    {"技术指导者", BuyingRole::Technical}, {"技术把关人", BuyingRole::Technical},
    {"技术评估者", BuyingRole::Technical}, {"技术决策者", BuyingRole::Technical},

    {"economic", BuyingRole::Economic}, {"economicbuyer", BuyingRole::Economic},
    {"economicalbuyer", BuyingRole::Economic}, {"decisionmaker", BuyingRole::Economic},
    {"decider", BuyingRole::Economic}, {"决策者", BuyingRole::Economic}, {"财务决策者", BuyingRole::Economic},
    {"拍板人", BuyingRole::Economic}, {"拍板者", BuyingRole::Economic}, {"最终决策者", BuyingRole::Economic},
    {"决策人", BuyingRole::Economic},

    {"gatekeeper", BuyingRole::Gatekeeper}, {"守门人", BuyingRole::Gatekeeper}, {"守门员", BuyingRole::Gatekeeper},

    {"influencer", BuyingRole::Influencer}, {"影响者", BuyingRole::Influencer}, {"影响人", BuyingRole::Influencer},

    {"executor", BuyingRole::Executor}, {"implementer", BuyingRole::Executor}, {"执行者", BuyingRole::Executor},
    {"执行人", BuyingRole::Executor},

    {"finance", BuyingRole::Finance}, {"financecontroller", BuyingRole::Finance},
    {"financialcontroller", BuyingRole::Finance}, {"掌握财务者", BuyingRole::Finance},
    {"财务负责人", BuyingRole::Finance}, {"财务主管", BuyingRole::Finance}, {"财务", BuyingRole::Finance},
};

std::optional<BuyingRole> lookup(const std::string& key)
{
    for (const auto& [alias, role] : aliases)
        if (key == alias)
            return role;
    return std::nullopt;
}

bool is_ascii_letters(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' '))
            return false;
    return true;
}

// "決(jue)策者(zhe)" → "決策者": pinyin glosses in parentheses are dropped; an English gloss
// "教练(Coach)" is kept aside as a second candidate.
std::pair<std::string, std::string> split_glosses(const std::string& text)
{
    std::string outside, inside;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('(', i);
        if (open == std::string::npos) {
            outside += text.substr(i);
            break;
        }
        const std::size_t close = text.find(')', open);
        if (close == std::string::npos) {
            outside += text.substr(i);
            break;
        }
        outside += text.substr(i, open - i);
        const std::string gloss = text.substr(open + 1, close - open - 1);
        if (!is_ascii_letters(gloss) || inside.empty())
            inside = gloss;
        i = close + 1;
    }
    return {outside, inside};
}

} // namespace

std::optional<BuyingRole> buying_role_named(std::string_view text)
{
    // Full-width brackets fold to ASCII in fold_key's normalisation, so fold first.
    const std::string normalized = normalize_script_and_width(trim(text));
    if (auto role = lookup(fold_key(normalized)))
        return role;
    const auto [outside, inside] = split_glosses(normalized);
    if (auto role = lookup(fold_key(outside)))
        return role;
    if (auto role = lookup(fold_key(inside)))
        return role;
    return std::nullopt;
}

std::string_view role_code(BuyingRole role)
{
    switch (role) {
    case BuyingRole::Coach: return "COACH";
    case BuyingRole::User: return "USER";
    case BuyingRole::Technical: return "TECHNICAL";
    case BuyingRole::Economic: return "ECONOMIC";
    case BuyingRole::Gatekeeper: return "GATEKEEPER";
    case BuyingRole::Influencer: return "INFLUENCER";
    case BuyingRole::Executor: return "EXECUTOR";
    case BuyingRole::Finance: return "FINANCE";
    }
    return {};
}

std::string_view role_title(BuyingRole role, Language language)
{
    switch (role) {
    case BuyingRole::Coach: return label(Label::Coach, language);
    case BuyingRole::User: return label(Label::UserBuyer, language);
    case BuyingRole::Technical: return label(Label::TechnicalBuyer, language);
    case BuyingRole::Economic: return label(Label::EconomicBuyer, language);
    case BuyingRole::Gatekeeper: return label(Label::Gatekeeper, language);
    case BuyingRole::Influencer: return label(Label::Influencer, language);
    case BuyingRole::Executor: return label(Label::Executor, language);
    case BuyingRole::Finance: return label(Label::FinanceController, language);
    }
    return {};
}

} // namespace kat
