#include "stakeholders/role_map.hpp"
#include "values/cell_text.hpp"
#include "text/fold.hpp"
#include <unordered_map>

#include <algorithm>
#include <set>

namespace kat {
namespace {

std::string_view influence_label(std::optional<Influence> i, Language language)
{
    if (!i)
        return label(Label::Unknown, language);
    switch (*i) {
    case Influence::High: return label(Label::HighInfluence, language);
    case Influence::Medium: return label(Label::MediumInfluence, language);
    case Influence::Low: return label(Label::LowInfluence, language);
    }
    return {};
}

std::string_view support_label(std::optional<Support> s, Language language)
{
    if (!s)
        return label(Label::Unknown, language);
    switch (*s) {
    case Support::Support: return label(Label::Support, language);
    case Support::Neutral: return label(Label::Neutral, language);
    case Support::Oppose: return label(Label::Oppose, language);
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
    std::vector<std::optional<Influence>> rows = {Influence::High, Influence::Medium, Influence::Low};
    std::vector<std::optional<Support>> columns = {Support::Support, Support::Neutral, Support::Oppose};
    const bool unknown_influence = std::any_of(people.begin(), people.end(), [](const Stakeholder& p) { return !p.influence; });
    const bool unknown_support = std::any_of(people.begin(), people.end(), [](const Stakeholder& p) { return !p.support; });
    if (unknown_influence)
        rows.push_back(std::nullopt);
    if (unknown_support)
        columns.push_back(std::nullopt);

    const std::string separator(label(Label::ListSeparator, language));
    Table table;
    TableRow header{TableCell::of(label(Label::InfluenceBySupport, language))};
    for (const auto& s : columns)
        header.push_back(TableCell::of(support_label(s, language)));
    table.push_back(std::move(header));
    for (const auto& influence : rows) {
        TableRow row{TableCell::of(influence_label(influence, language))};
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
    flag_people(RedFlagKind::EconomicBuyerNoGap, Severity::High, [](const Stakeholder& p) {
        return p.role == BuyingRole::Economic && (p.mode == FeedbackMode::EvenKeel || p.mode == FeedbackMode::Overconfident);
    });
    flag_people(RedFlagKind::HighInfluenceUncovered, Severity::Medium, [](const Stakeholder& p) {
        return p.influence == Influence::High && (!p.contact || p.contact == Contact::None) && p.counterpart.empty();
    });
    flag_people(RedFlagKind::CoachOverconfident, Severity::Medium,
                [](const Stakeholder& p) { return p.role == BuyingRole::Coach && p.mode == FeedbackMode::Overconfident; });
    flag_people(RedFlagKind::HighInfluenceNoWin, Severity::Medium, [](const Stakeholder& p) {
        return p.influence == Influence::High && p.personal_win && p.personal_win->empty();
    });
    if (!holds(BuyingRole::User))
        flags.push_back({RedFlagKind::NoUserBuyer, Severity::Medium, {}});

    std::stable_sort(flags.begin(), flags.end(),
                     [](const RedFlag& a, const RedFlag& b) { return static_cast<int>(a.severity) < static_cast<int>(b.severity); });
    return flags;
}

std::string red_flag_text(const RedFlag& flag, Language language)
{
    const Label text = [&] {
        switch (flag.kind) {
        case RedFlagKind::NoCoach: return Label::FlagNoCoach;
        case RedFlagKind::NoEconomicBuyer: return Label::FlagEconomicBuyerUnknown;
        case RedFlagKind::TechnicalBuyerOpposed: return Label::FlagTechnicalVeto;
        case RedFlagKind::EconomicBuyerNotSupportive: return Label::FlagEconomicBuyerNotSupportive;
        case RedFlagKind::EconomicBuyerUncontacted: return Label::FlagEconomicBuyerUncontacted;
        case RedFlagKind::OpposedHighInfluence: return Label::FlagOpposedHighInfluence;
        case RedFlagKind::HighInfluenceUncovered: return Label::FlagHighInfluenceUncovered;
        case RedFlagKind::EconomicBuyerNoGap: return Label::FlagEconomicBuyerNoGap;
        case RedFlagKind::CoachOverconfident: return Label::FlagCoachOverconfident;
        case RedFlagKind::HighInfluenceNoWin: return Label::FlagHighInfluenceNoWin;
        case RedFlagKind::NoUserBuyer: break;
        }
        return Label::FlagUsersIgnored;
    }();
    return format_label(text, language, {flag.person});
}

std::vector<Strength> strengths(const std::vector<Stakeholder>& people)
{
    std::vector<Strength> found;
    std::set<std::size_t> counted;
    const auto count = [&](StrengthKind kind, auto&& applies) {
        for (std::size_t i = 0; i < people.size(); ++i)
            if (!counted.count(i) && applies(people[i])) {
                found.push_back({kind, people[i].name});
                counted.insert(i);
            }
    };
    count(StrengthKind::SupportiveEconomicBuyer,
          [](const Stakeholder& p) { return p.role == BuyingRole::Economic && p.support == Support::Support; });
    count(StrengthKind::SeniorCoach,
          [](const Stakeholder& p) { return p.role == BuyingRole::Coach && p.influence == Influence::High; });
    count(StrengthKind::SupportiveHighInfluenceClose, [](const Stakeholder& p) {
        return p.influence == Influence::High && p.support == Support::Support && p.contact == Contact::Frequent;
    });
    return found;
}

std::string strength_text(const Strength& strength, Language language)
{
    const Label text = strength.kind == StrengthKind::SupportiveEconomicBuyer ? Label::StrengthEconomicBuyer
                     : strength.kind == StrengthKind::SeniorCoach             ? Label::StrengthSeniorCoach
                                                                              : Label::StrengthCloseSupporter;
    return format_label(text, language, {strength.person});
}

Table strength_table(const std::vector<Strength>& found, Language language)
{
    Table table;
    if (found.empty())
        table.push_back({TableCell::of(label(Label::NoStrengths, language)), TableCell::empty()});
    for (const Strength& s : found)
        table.push_back({TableCell::of(strength_text(s, language)), TableCell::of(s.person)});
    return table;
}

Table red_flag_table(const std::vector<RedFlag>& flags, Language language)
{
    Table table;
    if (flags.empty()) {
        table.push_back({TableCell::of(label(Label::NoRedFlags, language)), TableCell::empty(), TableCell::empty()});
        return table;
    }
    for (const RedFlag& flag : flags) {
        std::string_view severity;
        switch (flag.severity) {
        case Severity::Critical: severity = label(Label::SeverityCritical, language); break;
        case Severity::High: severity = label(Label::SeverityHigh, language); break;
        case Severity::Medium: severity = label(Label::SeverityMedium, language); break;
        }
        table.push_back({TableCell::of(red_flag_text(flag, language)), TableCell::of(severity),
                         flag.person.empty() ? TableCell::empty() : TableCell::of(flag.person)});
    }
    return table;
}

std::vector<std::pair<std::string, std::vector<Stakeholder>>> people_by_deal(const std::vector<Stakeholder>& people,
                                                                             const Column& deals)
{
    std::vector<std::pair<std::string, std::vector<Stakeholder>>> groups;
    std::unordered_map<std::string, std::size_t> by_key;
    for (const Stakeholder& person : people) {
        const std::string deal = person.row < deals.size() ? cell_text(deals[person.row]) : std::string();
        const auto [at, added] = by_key.emplace(fold_key(deal), groups.size());
        if (added)
            groups.emplace_back(deal, std::vector<Stakeholder>());
        groups[at->second].second.push_back(person);
    }
    return groups;
}

Table role_coverage_by_deal(const std::vector<Stakeholder>& people, const Column& deals, Language language)
{
    Table table;
    table.push_back({TableCell::of(label(Label::Deal, language)), TableCell::of(label(Label::RoleCoverageHeading, language))});
    for (const auto& [deal, members] : people_by_deal(people, deals))
        table.push_back({TableCell::of(deal.empty() ? std::string(label(Label::Blank, language)) : deal),
                         TableCell::of(role_coverage(members))});
    return table;
}

Table red_flags_by_deal(const std::vector<Stakeholder>& people, const Column& deals, Language language)
{
    Table table;
    table.push_back({TableCell::of(label(Label::Deal, language)), TableCell::of(label(Label::RedFlagHeading, language)),
                     TableCell::of(label(Label::SeverityHeading, language)), TableCell::of(label(Label::PersonHeading, language))});
    for (const auto& [deal, members] : people_by_deal(people, deals)) {
        const TableCell name = TableCell::of(deal.empty() ? std::string(label(Label::Blank, language)) : deal);
        for (TableRow row : red_flag_table(red_flags(members), language)) {
            row.insert(row.begin(), name);
            table.push_back(std::move(row));
        }
    }
    return table;
}

} // namespace kat
