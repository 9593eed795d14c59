#include "reports/forecast_review_report.hpp"

#include <unordered_map>

#include "functions/registry.hpp"
#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/read_date.hpp"

#include <algorithm>

namespace kat {

using functions::formula_call;

namespace {

// The review's columns (PIPELINE.REVIEW): Group, Target, Won, Commit, Best case, Weighted,
// Gap, Open pipeline, Gap coverage, Attainment.
constexpr std::size_t review_columns = 10;
constexpr std::size_t target_column = 1, won_column = 2, weighted_column = 5;
// The chart's data: group, target, won, weighted, hidden right of the review.
constexpr std::size_t chart_data_column = 12;

// The groups to set targets for: the data's (in order of first appearance), then those
// kept from the last build that have no deal now.
std::vector<std::pair<std::string, std::optional<double>>> target_rows(const Column& groups,
                                                                       const std::vector<std::pair<std::string, double>>& kept)
{
    std::unordered_map<std::string, double> kept_by_key;
    for (const auto& [name, target] : kept)
        kept_by_key.emplace(fold_key(name), target);
    std::vector<std::pair<std::string, std::optional<double>>> rows;
    std::unordered_map<std::string, bool> seen;
    const auto add = [&](const std::string& name) {
        if (name.empty() || !seen.emplace(fold_key(name), true).second)
            return;
        const auto target = kept_by_key.find(fold_key(name));
        rows.emplace_back(name, target == kept_by_key.end() ? std::nullopt : std::optional<double>(target->second));
    };
    for (const Cell& cell : groups)
        add(cell_text(cell));
    for (const auto& [name, target] : kept)
        add(name);
    return rows;
}

} // namespace

std::optional<Field> review_group_field(const DetectedTable& table)
{
    for (Field f : {Field::Owner, Field::Region})
        if (table.mapping.has(f))
            return f;
    return std::nullopt;
}

ReportSheet forecast_review_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                                   const ForecastReviewOptions& options, Language language)
{
    ReportSheet sheet;
    sheet.name = label_text(Label::ForecastReviewReport, language);
    sheet.page.landscape = true;
    sheet.page.pages_tall = 1; // a handful of groups: the review and its chart on one page
    ReportWriter w{sheet};
    std::size_t row = add_report_header(sheet, label_text(Label::ForecastReviewReport, language), grid, table, place, language);

    // The period: its name and its first and last day, editable.
    const ReviewPeriod bounds = period_bounds(options.period, options.today);
    w.text(row, 0, label_text(Label::Period, language), CellStyle::Heading);
    w.text(row++, 1, period_name(options.period, options.today, language), CellStyle::Heading);
    const std::size_t from_row = row;
    for (const auto& [bound, name] : {std::make_pair(bounds.from, Label::PeriodFrom), std::make_pair(bounds.to, Label::PeriodTo)}) {
        w.text(row, 0, label_text(name, language));
        if (bound)
            w.number(row, 1, *bound, CellStyle::Input, NumberFormat::Date);
        else
            w.text(row, 1, "", CellStyle::Input);
        ++row;
    }
    sheet.inputs.push_back(InputArea{"period", from_row, 1, 2, 1});
    w.note(row++, 0, review_columns, label_text(Label::PeriodEditNote, language));
    ++row;

    const std::optional<Field> group_field = review_group_field(table);
    if (!group_field || !table.mapping.has(Field::CloseDate)) {
        w.text(row++, 0, label_text(group_field ? Label::ReviewNeedsCloseDates : Label::ReviewNeedsGroups, language),
               CellStyle::Warning);
        sheet.column_widths = {5200, 3400};
        return sheet;
    }

    // A period none of the deals closes in (an old export, a period in the future) is said
    // outright, with the dates the data does cover, rather than left as a table of zeros.
    {
        std::optional<double> first, last;
        bool any_inside = false;
        for (const Cell& cell : field_column(grid, table, Field::CloseDate)) {
            const NumberReading day = read_date(cell);
            if (!day.is_value())
                continue;
            first = first ? std::min(*first, day.value) : day.value;
            last = last ? std::max(*last, day.value) : day.value;
            any_inside = any_inside || ((!bounds.from || day.value >= *bounds.from) && (!bounds.to || day.value <= *bounds.to));
        }
        if (first && !any_inside) {
            const ChosenPeriod data_span{PeriodChoice::Custom, ReviewPeriod{first, last}};
            w.note(row++, 0, review_columns,
                   format_label(Label::NoDealInPeriod, language, {period_name(options.period, options.today, language),
                                                                  period_name(data_span, options.today, language)}));
            sheet.items.back().style = CellStyle::Warning;
        }
    }

    // Targets, one row per group: yellow cells the manager fills in.
    w.text(row++, 0, label_text(Label::TargetsEditMe, language), CellStyle::Heading);
    const std::size_t targets_header = row;
    const std::vector<std::pair<std::string, std::optional<double>>> targets =
        target_rows(field_column(grid, table, *group_field), options.targets);
    w.text(row, 0, field_title(*group_field, language), CellStyle::TableHeader);
    w.text(row++, 1, label_text(Label::Target, language), CellStyle::TableHeader);
    for (const auto& [name, target] : targets) {
        w.text(row, 0, name);
        if (target)
            w.number(row, 1, *target, CellStyle::Input, NumberFormat::Money);
        else
            w.text(row, 1, "", CellStyle::Input);
        ++row;
    }
    sheet.inputs.push_back(InputArea{"targets", targets_header + 1, 0, targets.size(), 2});
    const std::string targets_range =
        cell_name(targets_header, 0, true) + ":" + cell_name(targets_header + std::max<std::size_t>(targets.size(), 1), 1, true);
    ++row;

    // The review: one live array over the user's range, reading the cells above.
    w.text(row++, 0, label_text(Label::ReviewHeading, language), CellStyle::Heading);
    const std::size_t review_top = row;
    const std::size_t review_rows = targets.size() + 2; // header, groups, Total
    const auto range = [&](Field f) { return data_range(place, table, f); };
    const std::string model = options.model.empty() ? std::string() : formula_string(options.model);
    w.array(review_top, 0, review_rows, review_columns,
            "=" + formula_call("PIPELINE.REVIEW",
                               {range(*group_field), range(Field::Amount), range(Field::Stage), range(Field::CloseDate),
                                targets_range, cell_name(from_row, 1, true), cell_name(from_row + 1, 1, true),
                                table.mapping.has(Field::ForecastCategory) ? range(Field::ForecastCategory) : "",
                                table.mapping.has(Field::Probability) ? range(Field::Probability) : "", model}),
            {NumberFormat::General, NumberFormat::Money, NumberFormat::Money, NumberFormat::Money, NumberFormat::Money,
             NumberFormat::Money, NumberFormat::Money, NumberFormat::Money, NumberFormat::Multiple, NumberFormat::Percent});
    row = review_top + review_rows;
    for (Label note : {Label::ReviewNoteGap, Label::ReviewNoteCoverage, Label::ReviewNoteWeighted, Label::ReviewNoteForecasts})
        w.note(row++, 0, review_columns, label_text(note, language));
    ++row;

    // The chart's data (hidden): the groups' target, won and weighted, from the review.
    const std::size_t d = chart_data_column;
    w.text(review_top, d, label_text(Label::Group, language), CellStyle::TableHeader);
    w.text(review_top, d + 1, label_text(Label::Target, language), CellStyle::TableHeader);
    w.text(review_top, d + 2, label_text(Label::Won, language), CellStyle::TableHeader);
    w.text(review_top, d + 3, label_text(Label::Weighted, language), CellStyle::TableHeader);
    for (std::size_t i = 1; i + 1 < review_rows; ++i) {
        const std::size_t r = review_top + i;
        w.formula(r, d, "=" + cell_name(r, 0));
        w.formula(r, d + 1, "=N(" + cell_name(r, target_column) + ")", NumberFormat::Money);
        w.formula(r, d + 2, "=N(" + cell_name(r, won_column) + ")", NumberFormat::Money);
        w.formula(r, d + 3, "=N(" + cell_name(r, weighted_column) + ")", NumberFormat::Money);
    }
    sheet.hidden_columns = {d, d + 1, d + 2, d + 3};
    if (!targets.empty()) {
        ChartSpec chart;
        chart.name = "KeyAccountReview";
        chart.title = label_text(Label::ReviewChartTitle, language);
        chart.first_row = review_top;
        chart.first_column = d;
        chart.last_row = review_top + review_rows - 2;
        chart.last_column = d + 3;
        chart.anchor_row = row;
        chart.anchor_column = 0;
        chart.width = 24000;
        chart.height = 9000;
        chart.colours = {0xA6A6A6, 0x548235, 0x2E75B6};
        sheet.charts.push_back(chart);
    }
    sheet.column_widths = {3800, 3200, 3200, 3200, 3200, 3200, 3200, 3200, 2600, 2600};
    return sheet;
}

ForecastReviewCells forecast_review_cells(const ReportSheet& sheet)
{
    ForecastReviewCells cells;
    if (const InputArea* period = sheet.input("period")) {
        cells.from_row = period->row;
        cells.to_row = period->row + 1;
        cells.date_column = period->column;
    }
    if (const InputArea* targets = sheet.input("targets")) {
        cells.targets_top = targets->row;
        cells.targets_rows = targets->rows;
    }
    return cells;
}

} // namespace kat
