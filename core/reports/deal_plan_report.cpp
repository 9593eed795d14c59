#include "reports/deal_plan_report.hpp"

#include "pipeline/forecast_hygiene.hpp"
#include "pipeline/model_choice.hpp"
#include "stakeholders/role_map.hpp"
#include "tables/table_readers.hpp"
#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/read_number.hpp"

#include <algorithm>

namespace kat {
namespace {

constexpr std::size_t right = 5;      // the right half of the page: fit, hygiene, strengths
constexpr std::size_t next_actions = 6; // empty lines for the rep to fill in

} // namespace

std::optional<std::size_t> deal_row_named(const Grid& grid, const DetectedTable& table, const std::string& deal)
{
    if (!table.mapping.has(Field::DealName))
        return std::nullopt;
    const std::string wanted = fold_key(deal);
    const Column names = field_column(grid, table, Field::DealName);
    for (std::size_t r = 0; r < names.size(); ++r)
        if (fold_key(cell_text(names[r])) == wanted)
            return r;
    return std::nullopt;
}

ReportSheet deal_plan_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                             const DealPlanOptions& options, Language language)
{
    ReportSheet sheet;
    sheet.name = label_text(Label::DealPlan, language);
    sheet.page.landscape = true;
    sheet.page.pages_wide = 1;
    sheet.page.pages_tall = 1; // the plan is one page: the rep takes it to the meeting
    ReportWriter w{sheet};
    const std::size_t r0 = options.deal_row;
    const auto value_of = [&](Field f) { return table.mapping.has(f) ? cell_text(field_column(grid, table, f).at(r0)) : std::string(); };
    const std::string deal = value_of(Field::DealName);
    add_report_header(sheet, format_label(Label::DealPlanTitle, language, {deal.empty() ? label_text(Label::Blank, language) : deal}),
                      grid, table, place, language);

    // 1. The single sales objective, live from the deal's row.
    std::size_t row = 4;
    w.text(row++, 0, label_text(Label::SingleSalesObjective, language), CellStyle::Heading);
    for (Field f : {Field::DealName, Field::Account, Field::Amount, Field::CloseDate, Field::Stage, Field::Probability, Field::Owner}) {
        if (!table.mapping.has(f))
            continue;
        w.text(row, 0, field_title(f, language));
        w.formula(row++, 1, "=" + data_cell(place, table, f, r0),
                  f == Field::Amount ? NumberFormat::Money : f == Field::CloseDate ? NumberFormat::Date
                  : f == Field::Probability ? NumberFormat::Percent : NumberFormat::General);
    }
    const std::size_t objective_end = row;

    // The key people linked to this deal (a person on two deals is on both plans).
    std::vector<Stakeholder> linked;
    const bool have_people = options.people && options.people->table.mapping.has(Field::DealName);
    if (have_people && !deal.empty()) {
        const StakeholderSource& people = *options.people;
        const Result<std::vector<Stakeholder>> all = stakeholders_in(people.grid, people.table);
        const Column deals = field_column(people.grid, people.table, Field::DealName);
        if (all.ok())
            for (const Stakeholder& p : all.value())
                if (fold_key(cell_text(deals.at(p.row))) == fold_key(deal))
                    linked.push_back(p);
    }

    // 6. The account's fit to the ideal customer, and the hygiene verdict, on the right.
    row = 4;
    w.text(row++, right, label_text(Label::IdealCustomerFit, language), CellStyle::Heading);
    if (options.fit)
        w.number(row++, right, *options.fit, CellStyle::Plain, NumberFormat::Percent);
    else
        w.note(row++, right, 3, label_text(Label::FitHowTo, language));
    ++row;
    w.text(row++, right, label_text(Label::ForecastHygieneHeading, language), CellStyle::Heading);
    {
        // The deal alone through the hygiene rules, against its linked people.
        const StageModel model = *choose_stage_model(field_column(grid, table, Field::Stage)).model;
        const auto one = [&](Field f) { return table.mapping.has(f) ? Column{field_column(grid, table, f).at(r0)} : Column{}; };
        const Column names{Cell::of(deal)}, stages = one(Field::Stage), amounts = one(Field::Amount),
                     probabilities = one(Field::Probability), closes = one(Field::CloseDate);
        Column people_deals, people_roles, people_support;
        if (have_people) {
            people_deals = field_column(options.people->grid, options.people->table, Field::DealName);
            people_roles = field_column(options.people->grid, options.people->table, Field::Role);
            people_support = field_column(options.people->grid, options.people->table, Field::Support);
        }
        HygieneColumns columns;
        columns.deals = &names;
        columns.stages = &stages;
        columns.amounts = &amounts;
        columns.probabilities = table.mapping.has(Field::Probability) ? &probabilities : nullptr;
        columns.people_deals = &people_deals;
        columns.people_roles = &people_roles;
        columns.people_support = have_people && options.people->table.mapping.has(Field::Support) ? &people_support : nullptr;
        if (table.mapping.has(Field::CloseDate)) {
            columns.close_dates = &closes;
            columns.today = options.today;
        }
        const Result<ForecastHygiene> verdict =
            have_people && options.people->table.mapping.has(Field::Role) && table.mapping.has(Field::Amount)
                ? forecast_hygiene(columns, model)
                : Result<ForecastHygiene>(make_error(ErrorKind::NotFound, ""));
        if (!verdict.ok()) {
            w.note(row++, right, 3, label_text(Label::HygieneHowTo, language));
        } else if (verdict.value().flagged.empty()) {
            const double amount = read_number(amounts.empty() ? Cell::empty() : amounts[0]).value;
            w.text(row, right, label_text(Label::Claimed, language));
            if (amount > 0.0)
                w.number(row, right + 1, verdict.value().claimed_forecast / amount, CellStyle::Plain, NumberFormat::Percent);
            ++row;
            w.text(row++, right, label_text(Label::HygieneSupported, language), CellStyle::Note);
        } else {
            const DealHygiene& d = verdict.value().flagged.front();
            w.text(row, right, label_text(Label::Claimed, language));
            w.number(row++, right + 1, d.claimed, CellStyle::Plain, NumberFormat::Percent);
            w.text(row, right, label_text(Label::Supported, language));
            w.number(row++, right + 1, d.supported, CellStyle::Warning, NumberFormat::Percent);
            w.note(row++, right, 3, hygiene_reasons(d, language));
        }
    }
    row = std::max(row, objective_end) + 1;

    // 2. Who the buying influences are: the linked people's own cells, live.
    w.text(row++, 0, label_text(Label::BuyingInfluences, language), CellStyle::Heading);
    if (linked.empty()) {
        w.note(row++, 0, 8, label_text(have_people ? Label::NoPeopleLinked : Label::DealPlanPeopleHowTo, language));
    } else {
        const StakeholderSource& people = *options.people;
        std::vector<Field> shown;
        for (Field f : {Field::PersonName, Field::Title, Field::Role, Field::Influence, Field::Support, Field::FeedbackMode,
                        Field::PersonalWin, Field::Contact, Field::Counterpart})
            if (people.table.mapping.has(f))
                shown.push_back(f);
        for (std::size_t c = 0; c < shown.size(); ++c)
            w.text(row, c, field_title(shown[c], language), CellStyle::TableHeader);
        ++row;
        for (const Stakeholder& p : linked) {
            for (std::size_t c = 0; c < shown.size(); ++c)
                w.formula(row, c, "=" + data_cell(people.place, people.table, shown[c], p.row) + "&\"\"");
            ++row;
        }
    }
    ++row;

    // 3. Red flags beside strengths (as of this build: they are the rules' reading of the people above).
    w.text(row, 0, label_text(Label::RedFlags, language), CellStyle::Heading);
    w.text(row++, right, label_text(Label::Strengths, language), CellStyle::Heading);
    const std::size_t lists_top = row;
    std::size_t left_row = row, right_row = row;
    if (linked.empty()) {
        w.text(left_row++, 0, "", CellStyle::Note);
    } else {
        for (const RedFlag& flag : red_flags(linked))
            w.text(left_row++, 0, red_flag_text(flag, language), flag.severity == Severity::Critical ? CellStyle::Warning : CellStyle::Plain);
        const std::vector<Strength> found = strengths(linked);
        if (found.empty())
            w.text(right_row++, right, label_text(Label::NoStrengths, language), CellStyle::Note);
        for (const Strength& s : found)
            w.text(right_row++, right, strength_text(s, language));
    }
    row = std::max({left_row, right_row, lists_top + 1}) + 1;

    // The next actions the rep writes in.
    w.text(row++, 0, label_text(Label::NextActions, language), CellStyle::Heading);
    w.text(row, 0, label_text(Label::NextAction, language), CellStyle::TableHeader);
    w.text(row, 3, label_text(Label::Who, language), CellStyle::TableHeader);
    w.text(row, 4, label_text(Label::ByWhen, language), CellStyle::TableHeader);
    w.text(row++, 5, label_text(Label::Done, language), CellStyle::TableHeader);
    for (std::size_t i = 0; i < next_actions; ++i, ++row)
        for (std::size_t c : {std::size_t(0), std::size_t(1), std::size_t(2), std::size_t(3), std::size_t(4), std::size_t(5)})
            w.text(row, c, "", CellStyle::Input);
    sheet.inputs.push_back(InputArea{"next_actions", row - next_actions, 0, next_actions, 6});
    sheet.column_widths = {3800, 3400, 3000, 3000, 3000, 3400, 3400, 3000, 3000};
    return sheet;
}

} // namespace kat
