#include "stakeholders/stakeholder.hpp"
#include "values/side_by_side.hpp"

#include <utility>

#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

template <class Value, std::size_t N>
std::optional<Value> named(const std::string& text, const std::pair<std::string_view, Value> (&names)[N])
{
    const std::string key = fold_key(text);
    for (const auto& [name, value] : names)
        if (key == name)
            return value;
    return std::nullopt;
}

Error unreadable(const char* what) { return make_error(ErrorKind::BadValue, std::string(what) + " cannot be read"); }

} // namespace

Result<std::optional<Influence>> read_influence(const Cell& cell)
{
    static const std::pair<std::string_view, Influence> names[] = {
        {"high", Influence::High},     {"h", Influence::High},     {"高", Influence::High},   {"很高", Influence::High},
        {"大", Influence::High},       {"强", Influence::High},    {"medium", Influence::Medium},
        {"med", Influence::Medium},    {"m", Influence::Medium},   {"中", Influence::Medium}, {"一般", Influence::Medium},
        {"low", Influence::Low},       {"l", Influence::Low},      {"低", Influence::Low},    {"小", Influence::Low},
        {"弱", Influence::Low},
    };
    if (cell.is_empty() || (cell.kind == Cell::Kind::Text && trim(cell.text).empty()))
        return std::optional<Influence>();
    if (cell.kind == Cell::Kind::Text)
        if (auto value = named(cell.text, names))
            return std::optional<Influence>(value);
    return unreadable("influence");
}

Result<std::optional<Support>> read_support(const Cell& cell)
{
    static const std::pair<std::string_view, Support> names[] = {
        {"support", Support::Support}, {"supportive", Support::Support}, {"supporter", Support::Support},
        {"for", Support::Support},     {"支持", Support::Support},       {"支持者", Support::Support},
        {"+", Support::Support},       {"neutral", Support::Neutral},    {"中立", Support::Neutral},
        {"中性", Support::Neutral},     {"观望", Support::Neutral},       {"oppose", Support::Oppose},
        {"opposed", Support::Oppose},  {"against", Support::Oppose},     {"opponent", Support::Oppose},
        {"反对", Support::Oppose},      {"反对者", Support::Oppose},       {"抵触", Support::Oppose},
    };
    if (cell.is_empty() || (cell.kind == Cell::Kind::Text && trim(cell.text).empty()))
        return std::optional<Support>();
    if (cell.kind == Cell::Kind::Text)
        if (auto value = named(cell.text, names))
            return std::optional<Support>(value);
    // A −5…+5 rating, as a number or as numeric text ("+3").
    const NumberReading rating = read_number(cell);
    if (rating.is_value() && !rating.had_percent_sign && rating.value >= -5.0 && rating.value <= 5.0)
        return std::optional<Support>(rating.value > 0 ? Support::Support : rating.value < 0 ? Support::Oppose : Support::Neutral);
    return unreadable("support");
}

Result<std::optional<Contact>> read_contact(const Cell& cell)
{
    static const std::pair<std::string_view, Contact> names[] = {
        {"frequent", Contact::Frequent}, {"often", Contact::Frequent},  {"close", Contact::Frequent},
        {"high", Contact::Frequent},     {"经常", Contact::Frequent},    {"频繁", Contact::Frequent},
        {"密切", Contact::Frequent},      {"多", Contact::Frequent},      {"高", Contact::Frequent},
        {"some", Contact::Some},         {"occasional", Contact::Some},  {"sometimes", Contact::Some},
        {"medium", Contact::Some},       {"偶尔", Contact::Some},         {"一般", Contact::Some},
        {"有", Contact::Some},           {"少", Contact::Some},           {"中", Contact::Some},
        {"none", Contact::None},         {"never", Contact::None},       {"no", Contact::None},
        {"无", Contact::None},           {"没有", Contact::None},         {"未接触", Contact::None},
        {"从未", Contact::None},          {"低", Contact::None},
    };
    if (cell.is_empty() || (cell.kind == Cell::Kind::Text && trim(cell.text).empty()))
        return std::optional<Contact>();
    if (cell.kind == Cell::Kind::Text)
        if (auto value = named(cell.text, names))
            return std::optional<Contact>(value);
    return unreadable("contact");
}

Result<std::vector<Stakeholder>> read_stakeholders(const StakeholderColumns& c)
{
    const SideBySide table{c.names, c.roles, c.influence, c.support, c.contact, c.counterparts};
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
        people.push_back(std::move(person));
    }
    return people;
}

} // namespace kat
