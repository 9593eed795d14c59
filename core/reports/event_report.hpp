// The customer-cluster event report (seed 001 客户集成销售; seed 003 市场活动): the plan
// (name, purpose, format, date, target headcount, budget, expected pipeline) as cells the
// rep fills in and a rebuild keeps; the invitation funnel live over the invitee list, with
// a chart; the backups to call; the cost by category and per attendee against the budget;
// the feedback counts; and the pipeline and won amount of the deals the event sourced.
#pragma once

#include <optional>
#include <vector>

#include "reports/funnel_report.hpp"
#include "reports/report_sheet.hpp"

namespace kat {

struct EventReportOptions {
    std::vector<Cell> kept_plan;                // the plan's values as last typed, in order (event_plan_rows)
    std::vector<std::vector<Cell>> kept_costs;  // (category, amount) rows as last typed
    std::optional<StakeholderSource> deals;     // an opportunity table with a campaign column, when the workbook has one
};

inline constexpr std::size_t event_plan_rows = 7;  // name, purpose, format, date, headcount, budget, expected pipeline
inline constexpr std::size_t event_cost_rows = 6;

ReportSheet event_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                         const EventReportOptions& options, Language language);

// yes / 是 / 有意向 … → true, no / 否 / 无 … → false; none otherwise (blank, unknown).
std::optional<bool> read_interest(const Cell& cell);

} // namespace kat
