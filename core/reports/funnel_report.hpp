// The funnel report sheet (SPEC §9): the funnel table as live PIPELINE formulas over the
// user's range, a funnel chart, the forecast block with coverage against an editable
// target (the 3× rule of seed 003), and the deals stalled in their stage.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model_choice.hpp"
#include "pipeline/stage_model.hpp"
#include "pipeline/stage_model_text.hpp"
#include "reports/report_sheet.hpp"

namespace kat {

// A stakeholder table whose people say which deal they belong to (any sheet of the workbook).
struct StakeholderSource {
    Grid grid;
    DetectedTable table;
    SourcePlace place;
};

struct FunnelReportOptions {
    std::string model;            // "customer7", "action5", "custom"; "" = the built-in model that knows most stages
    std::vector<std::vector<Cell>> custom_model_rows; // model "custom": (stage, probability) rows, written on the sheet
    std::optional<double> target; // the sales target; kept from the last build when the user set one
    double today = 0.0;           // Calc serial day for the stalled-deal list
    std::optional<StakeholderSource> people; // for the forecast-hygiene block
};

// The built-in model the column's stages call for; "" when none fits and the report uses
// a model made of the data's own stages (model_choice.hpp).
std::string best_stage_model(const Column& stages);


// The model a workbook's choice means: a built-in one by name, the one the stages call for
// when the name is "" (a built-in match or the data's own), or the custom rows when it is
// "custom".
Result<StageModel> chosen_stage_model(std::string_view name, const std::vector<std::vector<Cell>>& custom_rows,
                                      const Column& stages);

ReportSheet funnel_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                          const FunnelReportOptions& options, Language language);

// Where the target sits on a funnel report, so a rebuild can keep the user's figure.
struct FunnelReportCells {
    std::size_t target_row = 0, target_column = 1;
};
FunnelReportCells funnel_report_cells(const ReportSheet& sheet);

} // namespace kat
