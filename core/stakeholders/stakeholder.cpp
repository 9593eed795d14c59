#include "stakeholders/stakeholder.hpp"
#include "values/side_by_side.hpp"

#include <unordered_map>
#include <utility>

#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

// Words for a rating, matched whatever the script, case, width or spacing ("Very high",
// "接觸很少"): each word folded once, when the table is first used.
template <class Value>
class WordTable {
public:
    WordTable(std::initializer_list<std::pair<std::string_view, Value>> words)
    {
        for (const auto& [word, value] : words)
            by_key_.emplace(fold_key(word), value);
    }
    std::optional<Value> find(const std::string& text) const
    {
        const auto it = by_key_.find(fold_key(text));
        return it == by_key_.end() ? std::nullopt : std::optional<Value>(it->second);
    }

private:
    std::unordered_map<std::string, Value> by_key_;
};

Error unreadable(const char* what) { return make_error(ErrorKind::BadValue, std::string(what) + " cannot be read"); }

} // namespace

Result<std::optional<Influence>> read_influence(const Cell& cell)
{
    static const WordTable<Influence> names{
        {"high", Influence::High},     {"h", Influence::High},     {"高", Influence::High},   {"很高", Influence::High},
        {"大", Influence::High},       {"强", Influence::High},    {"medium", Influence::Medium},
        {"med", Influence::Medium},    {"m", Influence::Medium},   {"中", Influence::Medium}, {"一般", Influence::Medium},
        {"low", Influence::Low},       {"l", Influence::Low},      {"低", Influence::Low},    {"小", Influence::Low},
        {"弱", Influence::Low},
        {"very high", Influence::High}, {"key", Influence::High}, {"critical", Influence::High}, {"核心", Influence::High}, {"关键", Influence::High}, {"高影响力", Influence::High}, {"影响力高", Influence::High}, {"moderate", Influence::Medium}, {"average", Influence::Medium}, {"中等", Influence::Medium}, {"较高", Influence::Medium}, {"影响力一般", Influence::Medium}, {"minor", Influence::Low}, {"little", Influence::Low}, {"较低", Influence::Low}, {"影响力低", Influence::Low}, {"很低", Influence::Low},
    };
    if (cell.is_empty() || (cell.kind == Cell::Kind::Text && trim(cell.text).empty()))
        return std::optional<Influence>();
    if (cell.kind == Cell::Kind::Text)
        if (auto value = names.find(cell.text))
            return std::optional<Influence>(value);
    return unreadable("influence");
}

Result<std::optional<Support>> read_support(const Cell& cell)
{
    static const WordTable<Support> names{
        {"support", Support::Support}, {"supportive", Support::Support}, {"supporter", Support::Support},
        {"for", Support::Support},     {"支持", Support::Support},       {"支持者", Support::Support},
        {"+", Support::Support},       {"neutral", Support::Neutral},    {"中立", Support::Neutral},
        {"中性", Support::Neutral},     {"观望", Support::Neutral},       {"oppose", Support::Oppose},
        {"opposed", Support::Oppose},  {"against", Support::Oppose},     {"opponent", Support::Oppose},
        {"反对", Support::Oppose},      {"反对者", Support::Oppose},       {"抵触", Support::Oppose},
        {"champion", Support::Support}, {"ally", Support::Support}, {"positive", Support::Support}, {"favourable", Support::Support}, {"favorable", Support::Support}, {"强烈支持", Support::Support}, {"支持我们", Support::Support}, {"积极", Support::Support}, {"友好", Support::Support}, {"倾向我们", Support::Support}, {"undecided", Support::Neutral}, {"indifferent", Support::Neutral}, {"不表态", Support::Neutral}, {"无所谓", Support::Neutral}, {"一般", Support::Neutral}, {"negative", Support::Oppose}, {"hostile", Support::Oppose}, {"blocker", Support::Oppose}, {"不支持", Support::Oppose}, {"敌对", Support::Oppose}, {"阻挠", Support::Oppose},
    };
    if (cell.is_empty() || (cell.kind == Cell::Kind::Text && trim(cell.text).empty()))
        return std::optional<Support>();
    if (cell.kind == Cell::Kind::Text)
        if (auto value = names.find(cell.text))
            return std::optional<Support>(value);
    // A −5…+5 rating, as a number or as numeric text ("+3").
    const NumberReading rating = read_number(cell);
    if (rating.is_value() && !rating.had_percent_sign && rating.value >= -5.0 && rating.value <= 5.0)
        return std::optional<Support>(rating.value > 0 ? Support::Support : rating.value < 0 ? Support::Oppose : Support::Neutral);
    return unreadable("support");
}

Result<std::optional<Contact>> read_contact(const Cell& cell)
{
    static const WordTable<Contact> names{
        {"frequent", Contact::Frequent}, {"often", Contact::Frequent},  {"close", Contact::Frequent},
        {"high", Contact::Frequent},     {"经常", Contact::Frequent},    {"频繁", Contact::Frequent},
        {"密切", Contact::Frequent},      {"多", Contact::Frequent},      {"高", Contact::Frequent},
        {"some", Contact::Some},         {"occasional", Contact::Some},  {"sometimes", Contact::Some},
        {"medium", Contact::Some},       {"偶尔", Contact::Some},         {"一般", Contact::Some},
        {"有", Contact::Some},           {"少", Contact::Some},           {"中", Contact::Some},
        {"none", Contact::None},         {"never", Contact::None},       {"no", Contact::None},
        {"无", Contact::None},           {"没有", Contact::None},         {"未接触", Contact::None},
        {"从未", Contact::None},          {"低", Contact::None},
        {"经常接触", Contact::Frequent}, {"频繁接触", Contact::Frequent}, {"密切接触", Contact::Frequent}, {"常联系", Contact::Frequent}, {"接触很多", Contact::Frequent}, {"regular", Contact::Frequent}, {"regularly", Contact::Frequent}, {"weekly", Contact::Frequent}, {"daily", Contact::Frequent}, {"接触很少", Contact::Some}, {"很少", Contact::Some}, {"偶尔接触", Contact::Some}, {"有时", Contact::Some}, {"有接触", Contact::Some}, {"rare", Contact::Some}, {"rarely", Contact::Some}, {"seldom", Contact::Some}, {"little", Contact::Some}, {"从来没有接触", Contact::None}, {"从未接触", Contact::None}, {"没有接触", Contact::None}, {"没接触", Contact::None}, {"无接触", Contact::None}, {"尚未接触", Contact::None}, {"不认识", Contact::None}, {"not yet", Contact::None}, {"never met", Contact::None},
    };
    if (cell.is_empty() || (cell.kind == Cell::Kind::Text && trim(cell.text).empty()))
        return std::optional<Contact>();
    if (cell.kind == Cell::Kind::Text)
        if (auto value = names.find(cell.text))
            return std::optional<Contact>(value);
    return unreadable("contact");
}

Result<std::optional<FeedbackMode>> read_feedback_mode(const Cell& cell)
{
    static const WordTable<FeedbackMode> names{
        {"growth", FeedbackMode::Growth},         {"成长", FeedbackMode::Growth},       {"增长", FeedbackMode::Growth},
        {"发展", FeedbackMode::Growth},           {"成长型", FeedbackMode::Growth},
        {"trouble", FeedbackMode::Trouble},       {"困境", FeedbackMode::Trouble},      {"麻烦", FeedbackMode::Trouble},
        {"问题", FeedbackMode::Trouble},          {"困难", FeedbackMode::Trouble},      {"困境型", FeedbackMode::Trouble},
        {"even keel", FeedbackMode::EvenKeel},    {"evenkeel", FeedbackMode::EvenKeel}, {"even", FeedbackMode::EvenKeel},
        {"平稳", FeedbackMode::EvenKeel},         {"平衡", FeedbackMode::EvenKeel},     {"稳定", FeedbackMode::EvenKeel},
        {"安于现状", FeedbackMode::EvenKeel},     {"平稳型", FeedbackMode::EvenKeel},
        {"overconfident", FeedbackMode::Overconfident}, {"over confident", FeedbackMode::Overconfident},
        {"过度自信", FeedbackMode::Overconfident}, {"自满", FeedbackMode::Overconfident}, {"过于自信", FeedbackMode::Overconfident},
        {"自信过度", FeedbackMode::Overconfident},
    };
    if (cell.is_empty() || (cell.kind == Cell::Kind::Text && trim(cell.text).empty()))
        return std::optional<FeedbackMode>();
    if (cell.kind == Cell::Kind::Text)
        if (auto value = names.find(cell.text))
            return std::optional<FeedbackMode>(value);
    return unreadable("feedback mode");
}

Result<std::vector<Stakeholder>> read_stakeholders(const StakeholderColumns& c)
{
    const SideBySide table{c.names, c.roles, c.influence, c.support, c.contact, c.counterparts, c.modes, c.wins, c.results};
    const Result<std::size_t> length = table.rows("the stakeholder ranges");
    if (!length.ok())
        return length.error();
    const std::size_t rows = length.value();

    std::vector<Stakeholder> people;
    for (std::size_t r = 0; r < rows; ++r) {
        if (table.blank_row(r))
            continue;
        const std::string where = " in row " + std::to_string(r + 1);
        Stakeholder person;
        person.row = r;
        if (c.names) {
            const Cell& name = (*c.names)[r];
            if (name.kind == Cell::Kind::Error || cell_text(name).empty())
                return make_error(ErrorKind::BadValue, "no name" + where, r);
            person.name = cell_text(name);
        }
        if (c.roles && (*c.roles)[r].kind == Cell::Kind::Text)
            person.role = buying_role_named((*c.roles)[r].text);
        if (c.influence) {
            auto value = read_influence((*c.influence)[r]);
            if (!value.ok())
                return make_error(ErrorKind::BadValue, "influence" + where + " is not high, medium or low", r);
            person.influence = value.value();
        }
        if (c.support) {
            auto value = read_support((*c.support)[r]);
            if (!value.ok())
                return make_error(ErrorKind::BadValue, "support" + where + " is not support/neutral/oppose or −5…+5", r);
            person.support = value.value();
        }
        if (c.contact) {
            auto value = read_contact((*c.contact)[r]);
            if (!value.ok())
                return make_error(ErrorKind::BadValue, "contact" + where + " is not frequent, some or none", r);
            person.contact = value.value();
        }
        if (c.counterparts)
            person.counterpart = cell_text((*c.counterparts)[r]);
        if (c.modes) {
            auto value = read_feedback_mode((*c.modes)[r]);
            if (!value.ok())
                return make_error(ErrorKind::BadValue, "feedback mode" + where + " is not growth, trouble, even keel or overconfident", r);
            person.mode = value.value();
        }
        if (c.wins)
            person.personal_win = std::string(trim(cell_text((*c.wins)[r])));
        if (c.results)
            person.business_result = std::string(trim(cell_text((*c.results)[r])));
        people.push_back(std::move(person));
    }
    return people;
}

} // namespace kat
