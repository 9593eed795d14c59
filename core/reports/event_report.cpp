#include "reports/event_report.hpp"

#include <unordered_map>

#include "events/event_funnel.hpp"
#include "functions/registry.hpp"
#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/read_number.hpp"

namespace kat {

using functions::formula_call;

namespace {

void put_kept(ReportWriter& w, std::size_t row, std::size_t column, const Cell* kept, NumberFormat format)
{
    if (kept && kept->kind == Cell::Kind::Number)
        w.number(row, column, kept->number, CellStyle::Input, format);
    else
        w.text(row, column, kept ? cell_text(*kept) : std::string(), CellStyle::Input);
}

} // namespace

std::optional<bool> read_interest(const Cell& cell)
{
    static const std::unordered_map<std::string, bool> words = [] {
        std::unordered_map<std::string, bool> w;
        for (const char* yes : {"yes", "y", "interested", "是", "有", "有意向", "感兴趣", "意向强"})
            w.emplace(fold_key(yes), true);
        for (const char* no : {"no", "n", "not interested", "否", "无", "没有", "无意向", "不感兴趣"})
            w.emplace(fold_key(no), false);
        return w;
    }();
    const auto found = words.find(fold_key(cell_text(cell)));
    return found == words.end() ? std::nullopt : std::optional<bool>(found->second);
}

ReportSheet event_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                         const EventReportOptions& options, Language language)
{
    ReportSheet sheet;
    sheet.name = label_text(Label::EventReport, language);
    sheet.page.landscape = true;
    sheet.page.pages_tall = 1; // the event on one page, as it goes to the manager
    ReportWriter w{sheet};
    std::size_t row = add_report_header(sheet, label_text(Label::EventReport, language), grid, table, place, language);
    const auto range = [&](Field f) { return data_range(place, table, f); };

    // The plan, typed in by the rep and kept on a rebuild.
    w.text(row++, 0, label_text(Label::EventPlan, language), CellStyle::Heading);
    const Label plan_labels[event_plan_rows] = {Label::EventName, Label::EventPurpose, Label::EventFormat, Label::EventDate,
                                                Label::TargetHeadcount, Label::Budget, Label::ExpectedPipeline};
    const NumberFormat plan_formats[event_plan_rows] = {NumberFormat::General, NumberFormat::General, NumberFormat::General,
                                                        NumberFormat::Date, NumberFormat::Integer, NumberFormat::Money,
                                                        NumberFormat::Money};
    const std::size_t plan_top = row;
    for (std::size_t i = 0; i < event_plan_rows; ++i, ++row) {
        w.text(row, 0, label_text(plan_labels[i], language));
        Cell fallback = i == 0 ? Cell::of(place.sheet) : Cell::empty(); // the event is named as its list's sheet
        const Cell* kept = i < options.kept_plan.size() && !options.kept_plan[i].is_empty() ? &options.kept_plan[i] : &fallback;
        put_kept(w, row, 1, kept, plan_formats[i]);
    }
    sheet.inputs.push_back(InputArea{"plan", plan_top, 1, event_plan_rows, 1});
    w.note(row++, 0, 4, label_text(Label::EventFormats, language));
    const std::string name_cell = cell_name(plan_top, 1, true), headcount = cell_name(plan_top + 4, 1, true),
                      budget = cell_name(plan_top + 5, 1, true);
    ++row;

    // The invitation funnel, live, and its chart beside.
    w.text(row++, 0, label_text(Label::InvitationFunnel, language), CellStyle::Heading);
    const std::size_t funnel_top = row;
    w.array(funnel_top, 0, 8, 4, "=" + formula_call("EVENT.FUNNEL", {range(Field::InviteStatus)}),
            {NumberFormat::General, NumberFormat::Integer, NumberFormat::Percent, NumberFormat::Percent});
    const std::string attended = cell_name(funnel_top + 5, 1, true); // Reached at "attended"
    ChartSpec chart;
    chart.name = "KeyAccountInvitations";
    chart.title = label_text(Label::InvitationChartTitle, language);
    chart.first_row = funnel_top;
    chart.last_row = funnel_top + 6;
    chart.first_column = 0;
    chart.last_column = 1;
    chart.anchor_row = plan_top - 1;
    chart.anchor_column = 5;
    chart.width = 14000;
    chart.height = 7500;
    chart.colours = {0x2E75B6};
    sheet.charts.push_back(chart);
    row = funnel_top + 9;

    // Who to call when the confirmed main list falls short of the headcount.
    w.text(row++, 0, label_text(Label::BackupsToCall, language), CellStyle::Heading);
    if (!table.mapping.has(Field::InviteList)) {
        w.note(row++, 0, 4, label_text(Label::BackupsHowTo, language));
    } else {
        double target = 0.0;
        if (options.kept_plan.size() > 4)
            if (const NumberReading t = read_number(options.kept_plan[4]); t.is_value())
                target = t.value;
        const Result<std::vector<std::size_t>> now =
            backups_to_call(field_column(grid, table, Field::InviteStatus), field_column(grid, table, Field::InviteList), target);
        // Sized to today's answer (a larger area would repeat a single name); a rebuild resizes it.
        const std::size_t rows = std::max<std::size_t>(1, now.ok() ? now.value().size() : 1);
        w.array(row, 0, rows, 1,
                "=" + formula_call("EVENT.BACKUPS", {range(Field::PersonName), range(Field::InviteStatus), range(Field::InviteList),
                                                     "N(" + headcount + ")"}),
                {}, CellStyle::Plain);
        // A blank answer under the heading would read as a fault: say, live, that nobody
        // needs calling.
        w.formula(row, 1,
                  "=IF(" + cell_name(row, 0) + "=\"\";" + formula_string(label_text(Label::NoBackupsNeeded, language)) + ";\"\")",
                  NumberFormat::General, CellStyle::Note);
        row += rows;
    }
    ++row;

    // The cost lines (typed in, kept), the cost by category and per attendee, the budget.
    w.text(row++, 0, label_text(Label::EventCosts, language), CellStyle::Heading);
    const std::size_t costs_top = row;
    w.text(row, 0, label_text(Label::CostCategoryHeading, language), CellStyle::TableHeader);
    w.text(row++, 1, label_text(Label::Cost, language), CellStyle::TableHeader);
    const Label defaults[event_cost_rows] = {Label::CostVenue, Label::CostLabour, Label::CostMaterials, Label::CostLogistics,
                                             Label::CostOther, Label::CostOther};
    for (std::size_t i = 0; i < event_cost_rows; ++i, ++row) {
        const std::vector<Cell>* kept = i < options.kept_costs.size() ? &options.kept_costs[i] : nullptr;
        const Cell category = kept && !kept->empty() && !kept->at(0).is_empty() ? kept->at(0) : Cell::of(label_text(defaults[i], language));
        put_kept(w, row, 0, i + 1 < event_cost_rows || kept ? &category : nullptr, NumberFormat::General);
        put_kept(w, row, 1, kept && kept->size() > 1 ? &kept->at(1) : nullptr, NumberFormat::Money);
    }
    sheet.inputs.push_back(InputArea{"costs", costs_top + 1, 0, event_cost_rows, 2});
    const std::string categories = cell_name(costs_top + 1, 0, true) + ":" + cell_name(costs_top + event_cost_rows, 0, true);
    const std::string amounts = cell_name(costs_top + 1, 1, true) + ":" + cell_name(costs_top + event_cost_rows, 1, true);
    const std::size_t cost_table = costs_top;
    w.array(cost_table, 3, 8, 2, "=" + formula_call("EVENT.COST", {categories, amounts, "N(" + attended + ")"}),
            {NumberFormat::General, NumberFormat::Money});
    const std::string total_cost = cell_name(cost_table + 6, 4, true);
    row = std::max(row, cost_table + 8) + 1;
    w.text(row, 0, label_text(Label::BudgetLeft, language));
    w.formula(row++, 1, "=IF(" + budget + "=\"\";\"\";" + budget + "-" + total_cost + ")", NumberFormat::Money);
    ++row;

    // Feedback, as of the build.
    w.text(row++, 0, label_text(Label::EventFeedback, language), CellStyle::Heading);
    if (!table.mapping.has(Field::Interest) && !table.mapping.has(Field::Satisfaction)) {
        w.note(row++, 0, 4, label_text(Label::FeedbackHowTo, language));
    } else {
        if (table.mapping.has(Field::Interest)) {
            std::size_t yes = 0, no = 0;
            for (const Cell& cell : field_column(grid, table, Field::Interest))
                if (const std::optional<bool> i = read_interest(cell))
                    (*i ? yes : no) += 1;
            w.text(row, 0, label_text(Label::InterestYes, language));
            w.number(row++, 1, static_cast<double>(yes), CellStyle::Plain, NumberFormat::Integer);
            w.text(row, 0, label_text(Label::InterestNo, language));
            w.number(row++, 1, static_cast<double>(no), CellStyle::Plain, NumberFormat::Integer);
        }
        if (table.mapping.has(Field::Satisfaction)) {
            w.text(row, 0, label_text(Label::AverageSatisfaction, language));
            w.formula(row++, 1, "=IFERROR(AVERAGE(" + range(Field::Satisfaction) + ");\"\")", NumberFormat::General);
        }
    }
    ++row;

    // What the event brought into the funnel: deals whose campaign column names it.
    w.text(row++, 0, label_text(Label::EventPipeline, language), CellStyle::Heading);
    if (!options.deals || !options.deals->table.mapping.has(Field::Campaign)) {
        w.note(row++, 0, 4, label_text(Label::EventPipelineHowTo, language));
    } else {
        const StakeholderSource& deals = *options.deals;
        const std::string roi = formula_call(
            "CAMPAIGN.ROI", {name_cell, total_cost, "N(" + attended + ")", data_range(deals.place, deals.table, Field::Campaign),
                             data_range(deals.place, deals.table, Field::Amount), data_range(deals.place, deals.table, Field::Stage)});
        const std::pair<Label, int> figures[] = {{Label::Deals, 5}, {Label::OpenPipeline, 6}, {Label::Weighted, 7}, {Label::Won, 8}, {Label::Roi, 9}};
        const std::size_t pipeline_row = row + 1; // the second figure
        for (const auto& [what, column] : figures) {
            w.text(row, 0, label_text(what, language));
            const std::string figure = "INDEX(" + roi + ";2;" + std::to_string(column) + ")";
            // ROI needs a cost: blank until the cost lines are typed in.
            w.formula(row++, 1, what == Label::Roi ? "=IF(N(" + total_cost + ")>0;" + figure + ";\"\")" : "=" + figure,
                      what == Label::Deals ? NumberFormat::Integer : what == Label::Roi ? NumberFormat::Percent : NumberFormat::Money);
        }
        const std::string expected = cell_name(plan_top + 6, 1, true);
        w.text(row, 0, label_text(Label::AgainstExpected, language));
        w.formula(row, 1, "=IF(N(" + expected + ")>0;" + cell_name(pipeline_row, 1, true) + "/" + expected + ";\"\")",
                  NumberFormat::Percent);
        ++row;
    }
    sheet.column_widths = {4600, 3200, 3400, 3400, 3200};
    return sheet;
}

} // namespace kat
