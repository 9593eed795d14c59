#include "stakeholders/role_map.hpp"

#include <algorithm>
#include <set>

namespace kat {
namespace {

std::string_view influence_label(std::optional<Influence> i, bool zh)
{
    if (!i)
        return zh ? "未知" : "Unknown";
    switch (*i) {
    case Influence::High: return zh ? "高影响力" : "High influence";
    case Influence::Medium: return zh ? "中影响力" : "Medium influence";
    case Influence::Low: return zh ? "低影响力" : "Low influence";
    }
    return {};
}

std::string_view support_label(std::optional<Support> s, bool zh)
{
    if (!s)
        return zh ? "未知" : "Unknown";
    switch (*s) {
    case Support::Support: return zh ? "支持" : "Support";
    case Support::Neutral: return zh ? "中立" : "Neutral";
    case Support::Oppose: return zh ? "反对" : "Oppose";
    }
    return {};
}

double person_score(const Stakeholder& p)
{
    double score = 0.5; // identified
    if (p.support == Support::Support)
        score += 0.25;
    else if (p.support == Support::Neutral)
        score += 0.125;
    if (p.contact == Contact::Frequent)
        score += 0.25;
    else if (p.contact == Contact::Some)
        score += 0.125;
    return score;
}

} // namespace

Table role_matrix(const std::vector<Stakeholder>& people, Language language)
{
    const bool zh = language == Language::Chinese;
    std::vector<std::optional<Influence>> rows = {Influence::High, Influence::Medium, Influence::Low};
    std::vector<std::optional<Support>> columns = {Support::Support, Support::Neutral, Support::Oppose};
    const bool unknown_influence = std::any_of(people.begin(), people.end(), [](const Stakeholder& p) { return !p.influence; });
    const bool unknown_support = std::any_of(people.begin(), people.end(), [](const Stakeholder& p) { return !p.support; });
    if (unknown_influence)
        rows.push_back(std::nullopt);
    if (unknown_support)
        columns.push_back(std::nullopt);

    const std::string separator = zh ? "、" : ", ";
    Table table;
    TableRow header{TableCell::of(zh ? "影响力 \\ 支持度" : "Influence \\ Support")};
    for (const auto& s : columns)
        header.push_back(TableCell::of(support_label(s, zh)));
    table.push_back(std::move(header));
    for (const auto& influence : rows) {
        TableRow row{TableCell::of(influence_label(influence, zh))};
        for (const auto& support : columns) {
            std::string names;
            for (const Stakeholder& p : people)
                if (p.influence == influence && p.support == support)
                    names += (names.empty() ? "" : separator) + p.name;
            row.push_back(names.empty() ? TableCell::empty() : TableCell::of(names));
        }
        table.push_back(std::move(row));
    }
    return table;
}

double role_coverage(const std::vector<Stakeholder>& people)
{
    double total = 0.0;
    for (BuyingRole role : buying_influences) {
        double best = 0.0;
        for (const Stakeholder& p : people)
            if (p.role == role)
                best = std::max(best, person_score(p));
        total += best;
    }
    return total / 4.0;
}

std::vector<RedFlag> red_flags(const std::vector<Stakeholder>& people)
{
    auto holds = [&](BuyingRole role) {
        return std::any_of(people.begin(), people.end(), [&](const Stakeholder& p) { return p.role == role; });
    };
    std::vector<RedFlag> flags;
    std::set<std::size_t> flagged; // index into people
    auto flag_people = [&](RedFlagKind kind, Severity severity, auto&& applies) {
        for (std::size_t i = 0; i < people.size(); ++i)
            if (!flagged.count(i) && applies(people[i])) {
                flags.push_back({kind, severity, people[i].name});
                flagged.insert(i);
            }
    };

    if (!holds(BuyingRole::Coach))
        flags.push_back({RedFlagKind::NoCoach, Severity::Critical, {}});
    if (!holds(BuyingRole::Economic))
        flags.push_back({RedFlagKind::NoEconomicBuyer, Severity::Critical, {}});
    flag_people(RedFlagKind::TechnicalBuyerOpposed, Severity::Critical,
                [](const Stakeholder& p) { return p.role == BuyingRole::Technical && p.support == Support::Oppose; });
    flag_people(RedFlagKind::EconomicBuyerNotSupportive, Severity::High, [](const Stakeholder& p) {
        return p.role == BuyingRole::Economic && (p.support == Support::Oppose || p.support == Support::Neutral);
    });
    flag_people(RedFlagKind::EconomicBuyerUncontacted, Severity::High, [](const Stakeholder& p) {
        return p.role == BuyingRole::Economic && (!p.contact || p.contact == Contact::None);
    });
    flag_people(RedFlagKind::OpposedHighInfluence, Severity::High,
                [](const Stakeholder& p) { return p.influence == Influence::High && p.support == Support::Oppose; });
    flag_people(RedFlagKind::HighInfluenceUncovered, Severity::Medium, [](const Stakeholder& p) {
        return p.influence == Influence::High && (!p.contact || p.contact == Contact::None) && p.counterpart.empty();
    });
    if (!holds(BuyingRole::User))
        flags.push_back({RedFlagKind::NoUserBuyer, Severity::Medium, {}});

    std::stable_sort(flags.begin(), flags.end(),
                     [](const RedFlag& a, const RedFlag& b) { return static_cast<int>(a.severity) < static_cast<int>(b.severity); });
    return flags;
}

std::string red_flag_text(const RedFlag& flag, Language language)
{
    const bool zh = language == Language::Chinese;
    const std::string& who = flag.person;
    switch (flag.kind) {
    case RedFlagKind::NoCoach:
        return zh ? "没有教练(内线):没有教练,成功的机会微乎其微" : "No coach: without one the chance of success is slim";
    case RedFlagKind::NoEconomicBuyer:
        return zh ? "决策者未识别:不知道谁拍板" : "Economic buyer unknown: nobody identified who decides";
    case RedFlagKind::TechnicalBuyerOpposed:
        return zh ? "技术把关者反对(可一票否决):" + who : "Technical buyer opposed (veto): " + who;
    case RedFlagKind::EconomicBuyerNotSupportive:
        return zh ? "决策者不支持:" + who : "Economic buyer not supportive: " + who;
    case RedFlagKind::EconomicBuyerUncontacted:
        return zh ? "决策者尚未接触:" + who : "Economic buyer not contacted: " + who;
    case RedFlagKind::OpposedHighInfluence:
        return zh ? "高影响力人物反对:" + who : "High-influence person opposed: " + who;
    case RedFlagKind::HighInfluenceUncovered:
        return zh ? "高影响力人物无人接触、无对应人:" + who : "High influence, no contact and no counterpart: " + who;
    case RedFlagKind::NoUserBuyer:
        return zh ? "忽视用户:没有识别使用者" : "Users ignored: no user buyer identified";
    }
    return {};
}

Table red_flag_table(const std::vector<RedFlag>& flags, Language language)
{
    const bool zh = language == Language::Chinese;
    Table table;
    if (flags.empty()) {
        table.push_back({TableCell::of(zh ? "未发现风险" : "No red flags"), TableCell::empty(), TableCell::empty()});
        return table;
    }
    for (const RedFlag& flag : flags) {
        std::string_view severity;
        switch (flag.severity) {
        case Severity::Critical: severity = zh ? "严重" : "Critical"; break;
        case Severity::High: severity = zh ? "高" : "High"; break;
        case Severity::Medium: severity = zh ? "中" : "Medium"; break;
        }
        table.push_back({TableCell::of(red_flag_text(flag, language)), TableCell::of(severity),
                         flag.person.empty() ? TableCell::empty() : TableCell::of(flag.person)});
    }
    return table;
}

} // namespace kat
