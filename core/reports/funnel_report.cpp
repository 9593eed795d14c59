#include "reports/funnel_report.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <boost/algorithm/string/classification.hpp>
#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "functions/registry.hpp"
#include "pipeline/efficiency.hpp"
#include "pipeline/forecast_hygiene.hpp"
#include "pipeline/stage_model.hpp"
#include "pipeline/stage_history.hpp"
#include "pipeline/stalled_deals.hpp"
#include "values/cell_text.hpp"
#include "values/read_date.hpp"

namespace kat {

using functions::formula_call;

namespace {


} // namespace

std::string best_stage_model(const Column& stages) { return choose_stage_model(stages).name; }

Result<StageModel> chosen_stage_model(std::string_view name, const std::vector<std::vector<Cell>>& custom_rows,
                                      const Column& stages)
{
    if (name == "custom")
        return StageModel::from_rows(custom_rows);
    if (name.empty())
        return *choose_stage_model(stages).model;
    const std::string model_name(name);
    const StageModel* built_in = StageModel::built_in(model_name);
    if (!built_in)
        return make_error(ErrorKind::BadArgument, "unknown stage model '" + model_name + "'");
    return *built_in;
}

ReportSheet funnel_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                          const FunnelReportOptions& options, Language language)
{
    ReportSheet sheet;
    sheet.name = label_text(Label::FunnelReport, language);
    sheet.page.landscape = true;
    ReportWriter w{sheet};
    const Column stage_column = field_column(grid, table, Field::Stage);
    // A custom model that does not read falls back to the best built-in one, and says so.
    Result<StageModel> custom = options.model == "custom" ? StageModel::from_rows(options.custom_model_rows)
                                                          : Result<StageModel>(make_error(ErrorKind::BadArgument, ""));
    const bool use_custom = custom.ok();
    // No model chosen (or an unusable custom one): the model the data's stages call for —
    // a built-in one, or one made of the data's own stages, written on the sheet to edit.
    const bool choosing = !use_custom && (options.model.empty() || options.model == "custom");
    const ModelChoice choice = choosing ? choose_stage_model(stage_column) : ModelChoice{};
    const bool use_data = choosing && choice.from_data();
    const std::string model_name = use_custom ? label_text(Label::CustomModelName, language)
        : use_data                           ? label_text(Label::DataModelName, language)
        : choosing                           ? choice.name : options.model;
    const StageModel* built_in = StageModel::built_in(model_name);
    const StageModel& model = use_custom ? custom.value() : use_data ? *choice.model : built_in ? *built_in : StageModel::customer7();

    std::size_t row = add_report_header(sheet, label_text(Label::SalesFunnelReport, language), grid, table, place, language);
    w.text(1, 4, label_text(Label::StageModel, language), CellStyle::Note);
    w.text(1, 5, model_name, CellStyle::Note);

    const std::string stages = data_range(place, table, Field::Stage);
    const std::string amounts = data_range(place, table, Field::Amount);
    const std::string probabilities = table.mapping.has(Field::Probability) ? data_range(place, table, Field::Probability) : "";
    std::string model_arg = formula_string(model_name);
    if (use_custom || use_data) {
        // The user's model (or the data's own) on the sheet, right of the chart: the
        // formulas read it, so editing a probability here re-weighs the report at once.
        const std::size_t model_column = 18, model_top = 4;
        w.text(model_top - 1, model_column,
               label_text(use_custom ? Label::CustomStageModelEditMe : Label::DataStageModelEditMe, language), CellStyle::Heading);
        w.text(model_top, model_column, label_text(Label::Stage, language), CellStyle::TableHeader);
        w.text(model_top, model_column + 1, label_text(Label::Probability, language), CellStyle::TableHeader);
        std::size_t r = model_top + 1;
        for (const Stage& stage : model.stages()) {
            // The data's own model names the lost stage only when the data does.
            const auto data_names = [&](const std::string& name) {
                return std::any_of(stage_column.begin(), stage_column.end(),
                                   [&](const Cell& cell) { return cell_text(cell) == name; });
            };
            const bool typed = use_data ? (stage.outcome != StageOutcome::Lost || data_names(stage.name)) : std::any_of(options.custom_model_rows.begin(), options.custom_model_rows.end(),
                                                       [&](const std::vector<Cell>& row) {
                                                           return !row.empty() && cell_text(row[0]) == stage.name;
                                                       });
            if (!typed)
                continue; // the Lost stage the model adds by itself
            w.text(r, model_column, stage.name, CellStyle::Input);
            w.number(r++, model_column + 1, stage.probability, CellStyle::Input, NumberFormat::Percent);
        }
        model_arg = cell_name(model_top, model_column, true) + ":" + cell_name(r - 1, model_column + 1, true);
    } else if (options.model == "custom") {
        w.text(1, 6, (label_text(Label::CustomModelNotUsed, language)) + custom.error().message, CellStyle::Warning);
    }

    // Funnel table: header, the model's stages, Lost, Total.
    w.text(row++, 0, label_text(Label::Funnel, language), CellStyle::Heading);
    const std::size_t funnel_top = row;
    const std::size_t funnel_stages = model.stages().size() - 1; // the last is Lost
    const std::size_t funnel_rows = funnel_stages + 3;
    w.array(funnel_top, 0, funnel_rows, 6,
            "=" + formula_call("PIPELINE.TABLE", {stages, amounts, probabilities, model_arg}),
            {NumberFormat::General, NumberFormat::Integer, NumberFormat::Money, NumberFormat::Money,
             NumberFormat::Percent, NumberFormat::Percent});

    // Chart data beside it: stage, an invisible offset that centres the bar, and the deals
    // that reached the stage — those in it or any later stage, lost deals counting for the
    // first — so the bars never widen down the funnel.
    const std::size_t chart_column = 7;
    w.text(funnel_top, chart_column, label_text(Label::Stage, language), CellStyle::TableHeader);
    w.text(funnel_top, chart_column + 1, label_text(Label::Offset, language), CellStyle::TableHeader);
    w.text(funnel_top, chart_column + 2, label_text(Label::Reached, language), CellStyle::TableHeader);
    const std::size_t last_stage_row = funnel_top + funnel_stages, lost_row = last_stage_row + 1;
    const std::string widest = cell_name(funnel_top + 1, chart_column + 2, true);
    for (std::size_t i = 1; i <= funnel_stages; ++i) {
        const std::size_t r = funnel_top + i;
        std::string reached = "SUM(" + cell_name(r, 1, true) + ":" + cell_name(last_stage_row, 1, true) + ")";
        if (i == 1)
            reached += "+" + cell_name(lost_row, 1, true);
        w.formula(r, chart_column, "=" + cell_name(r, 0));
        w.formula(r, chart_column + 1, "=(" + widest + "-" + cell_name(r, chart_column + 2) + ")/2", NumberFormat::Integer);
        w.formula(r, chart_column + 2, "=" + reached, NumberFormat::Integer);
    }
    ChartSpec chart;
    chart.name = "KeyAccountFunnel";
    chart.title = label_text(Label::FunnelChartTitle, language);
    chart.first_row = funnel_top;
    chart.first_column = chart_column;
    chart.last_row = funnel_top + funnel_stages;
    chart.last_column = chart_column + 2;
    chart.anchor_row = funnel_top;
    chart.anchor_column = chart_column + 3; // the helper columns are hidden: right beside the table
    chart.funnel = true;
    sheet.charts.push_back(chart);
    sheet.hidden_columns = {chart_column, chart_column + 1, chart_column + 2};
    row = funnel_top + funnel_rows;
    // What the columns mean, under the table: the chart's title and the Total row rely on it.
    for (Label note : {Label::FunnelNoteConversion, Label::FunnelNoteProbability, Label::FunnelNoteTotal})
        w.note(row++, 0, 6, label_text(note, language));
    ++row;

    // Forecast block: categories and roll-ups, then weighted, win rate, coverage vs target.
    w.text(row++, 0, label_text(Label::Forecast, language), CellStyle::Heading);
    const std::string categories = table.mapping.has(Field::ForecastCategory) ? data_range(place, table, Field::ForecastCategory) : "\"\"";
    w.array(row, 0, 9, 2,
            "=" + formula_call("PIPELINE.FORECAST", {amounts, stages, categories, probabilities, model_arg}),
            {NumberFormat::General, NumberFormat::Money});
    row += 10;
    w.text(row, 0, label_text(Label::WeightedForecast, language));
    w.formula(row++, 1, "=" + formula_call("PIPELINE.WEIGHTED", {amounts, stages, probabilities, model_arg}), NumberFormat::Money);
    w.text(row, 0, label_text(Label::WinRate, language));
    w.formula(row++, 1, "=" + formula_call("PIPELINE.WINRATE", {stages, model_arg}), NumberFormat::Percent);
    const std::size_t target_row = row;
    sheet.target_cell = std::make_pair(target_row, std::size_t(1));
    w.text(row, 0, label_text(Label::SalesTargetEditMe, language));
    if (options.target)
        w.number(row, 1, *options.target, CellStyle::Input, NumberFormat::Money);
    else
        w.text(row, 1, "", CellStyle::Input);
    ++row;
    const std::string target = cell_name(target_row, 1, true);
    w.text(row, 0, label_text(Label::PipelineCoverage, language));
    w.formula(row, 1, "=IF(N(" + target + ")>0;" + formula_call("PIPELINE.COVERAGE", {amounts, target, stages, model_arg}) + ";\"\")",
              NumberFormat::Multiple);
    const std::string coverage = cell_name(row, 1, true);
    ++row;
    w.text(row, 0, label_text(Label::ThreeTimesRule, language));
    w.formula(row++, 1, "=IF(" + coverage + "=\"\";" + formula_string(label_text(Label::EnterTarget, language)) + ";IF(" + coverage +
                            ">=" + std::to_string(static_cast<int>(healthy_coverage)) + ";" +
                            formula_string(label_text(Label::CoverageOk, language)) + ";" +
                            formula_string(label_text(Label::CoverageShort, language)) + "))");
    ++row;

    // Forecast hygiene: the deals the key people do not support, live, beside the claim.
    w.text(row++, 0, label_text(Label::ForecastHygieneHeading, language), CellStyle::Heading);
    const bool people_usable = options.people && options.people->table.mapping.has(Field::DealName) &&
                               options.people->table.mapping.has(Field::Role);
    if (!people_usable) {
        w.text(row++, 0, label_text(Label::HygieneHowTo, language), CellStyle::Note);
    } else if (!table.mapping.has(Field::DealName)) {
        w.text(row++, 0, label_text(Label::HygieneNeedsDealNames, language), CellStyle::Warning);
    } else {
        const StakeholderSource& people = *options.people;
        const auto people_range = [&](Field f) { return data_range(people.place, people.table, f); };
        const std::string support = people.table.mapping.has(Field::Support) ? people_range(Field::Support) : "\"\"";
        w.text(row++, 0, format_label(Label::HygieneSource, language,
                                      {table_range(people.place, people.table, people.grid.empty() ? 1 : people.grid[people.table.header_row].size())}),
               CellStyle::Note);
        // Sized by what it finds now; the formula stays live.
        const Column names = field_column(grid, table, Field::DealName);
        const Column amounts_now = field_column(grid, table, Field::Amount);
        const Column probabilities_now = field_column(grid, table, Field::Probability);
        const Column people_deals = field_column(people.grid, people.table, Field::DealName);
        const Column people_roles = field_column(people.grid, people.table, Field::Role);
        const Column people_support = field_column(people.grid, people.table, Field::Support);
        const Column closes_now = field_column(grid, table, Field::CloseDate);
        HygieneColumns columns{&names, &stage_column, &amounts_now,
                               table.mapping.has(Field::Probability) ? &probabilities_now : nullptr,
                               &people_deals, &people_roles,
                               people.table.mapping.has(Field::Support) ? &people_support : nullptr};
        std::vector<std::string> hygiene_args = {data_range(place, table, Field::DealName), stages, amounts,
                                                 probabilities.empty() ? "\"\"" : probabilities,
                                                 people_range(Field::DealName), people_range(Field::Role), support, model_arg};
        if (table.mapping.has(Field::CloseDate)) { // deals past their close date too, as of today
            columns.close_dates = &closes_now;
            columns.today = options.today;
            hygiene_args.push_back(data_range(place, table, Field::CloseDate));
            hygiene_args.push_back("TODAY()");
        }
        const Result<ForecastHygiene> now = forecast_hygiene(columns, model);
        const std::size_t rows = (now.ok() ? now.value().flagged.size() : 0) + 2;
        w.array(row, 0, rows, 6,
                "=" + formula_call("PIPELINE.HYGIENE", hygiene_args),
                {NumberFormat::General, NumberFormat::General, NumberFormat::Money, NumberFormat::Percent,
                 NumberFormat::Percent, NumberFormat::General});
        // The Total row holds the claimed and the supported weighted forecasts: amounts.
        sheet.items.back().last_row_formats = {NumberFormat::General, NumberFormat::General, NumberFormat::General,
                                               NumberFormat::Money, NumberFormat::Money};
        row += rows;
    }
    ++row;

    // Stalled deals: each stage's limit learned from the deals that moved past it (editable),
    // a live count, and the list as of the build.
    w.text(row++, 0, label_text(Label::StalledDealsHeading, language), CellStyle::Heading);
    if (!table.mapping.has(Field::StageEntered)) {
        w.text(row++, 0, label_text(Label::NotListedStageEnteredDate, language), CellStyle::Warning);
    } else {
        const std::string entered = data_range(place, table, Field::StageEntered);
        const Column entered_column = field_column(grid, table, Field::StageEntered);
        std::vector<LearnedLimit> learned;
        if (table.mapping.has(Field::Created))
            learned = stage_limits_from_history(stage_column, field_column(grid, table, Field::Created), entered_column, model);
        std::vector<std::string> stalled_args = {stages, entered, "TODAY()"};
        if (!learned.empty()) {
            w.text(row++, 0, label_text(Label::LearnedLimitsHeading, language), CellStyle::Note);
            const std::size_t limits_top = row;
            w.text(row, 0, label_text(Label::Stage, language), CellStyle::TableHeader);
            w.text(row, 1, label_text(Label::DaysAllowed, language), CellStyle::TableHeader);
            w.text(row++, 2, label_text(Label::LearnedFromDeals, language), CellStyle::TableHeader);
            for (const LearnedLimit& limit : learned) {
                w.text(row, 0, limit.stage);
                w.number(row, 1, limit.days, CellStyle::Input, NumberFormat::Integer);
                w.number(row++, 2, static_cast<double>(limit.deals), CellStyle::Plain, NumberFormat::Integer);
            }
            stalled_args.push_back(cell_name(limits_top, 0, true) + ":" + cell_name(row - 1, 1, true));
        }
        const std::size_t open_stages = static_cast<std::size_t>(std::count_if(
            model.stages().begin(), model.stages().end(), [](const Stage& s) { return s.outcome == StageOutcome::Open; }));
        if (!table.mapping.has(Field::Created))
            w.text(row++, 0, label_text(Label::NoLearnedLimits, language), CellStyle::Note);
        else if (learned.size() < open_stages)
            w.text(row++, 0, label_text(Label::OtherStagesDefault, language), CellStyle::Note);
        w.text(row, 0, label_text(Label::StalledNowLive, language));
        w.formula(row++, 1, "=" + formula_call("PIPELINE.STALLED", stalled_args), NumberFormat::Integer);
        const std::vector<std::vector<Cell>> limits = limit_rows(learned);
        const Result<std::vector<std::size_t>> stalled =
            stalled_deal_rows(stage_column, entered_column, Cell::of(options.today), learned.empty() ? nullptr : &limits);
        if (!stalled.ok()) {
            w.text(row++, 0, (label_text(Label::CannotList, language)) + stalled.error().message, CellStyle::Warning);
        } else {
            // The account last: its long names run on into the empty columns to the right
            // instead of under the next column (the columns are sized for the funnel above).
            const std::vector<Field> shown = {Field::DealName, Field::Owner, Field::Stage, Field::Amount};
            std::vector<Column> shown_columns;
            Table list(1);
            for (Field f : shown) {
                list[0].push_back(TableCell::of(field_title(f, language)));
                shown_columns.push_back(field_column(grid, table, f));
            }
            list[0].push_back(TableCell::of(label_text(Label::DaysStage, language)));
            list[0].push_back(TableCell::of(field_title(Field::Account, language)));
            const Column accounts = field_column(grid, table, Field::Account);
            const auto as_cell = [](const Cell& cell) {
                return cell.kind == Cell::Kind::Number ? TableCell::of(cell.number) : TableCell::of(cell_text(cell));
            };
            for (std::size_t deal : stalled.value()) {
                TableRow line;
                for (const Column& column : shown_columns)
                    line.push_back(as_cell(column[deal]));
                line.push_back(TableCell::of(std::floor(options.today - read_date(entered_column[deal]).value)));
                line.push_back(as_cell(accounts[deal]));
                list.push_back(std::move(line));
            }
            const std::size_t listed = list.size();
            if (!stalled.value().empty())
                w.block(row, 0, std::move(list),
                        {NumberFormat::General, NumberFormat::General, NumberFormat::General, NumberFormat::Money,
                         NumberFormat::Integer, NumberFormat::General});
            row += stalled.value().empty() ? 0 : listed;
            if (stalled.value().empty())
                w.text(row++, 0, label_text(Label::NoStalledDeals, language));
        }
    }
    sheet.column_widths = {5200, 3000, 3400, 3400, 2800, 3200, 800, 2600, 2200, 2200};
    if (use_custom) {
        sheet.column_widths.resize(19, 0);
        sheet.column_widths[18] = 4200; // the custom model's stage names
    }
    return sheet;
}

FunnelReportCells funnel_report_cells(const ReportSheet& sheet)
{
    // Where the plan put the target — not the first input cell: a custom model's stages are
    // input cells too, and come first.
    if (!sheet.target_cell)
        return {};
    return {sheet.target_cell->first, sheet.target_cell->second};
}

} // namespace kat
