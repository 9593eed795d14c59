// The deal plan (seed 004's six elements of strategic selling, on one landscape page per
// deal): the single sales objective, the buying influences linked to the deal with their
// feedback mode and personal win, red flags beside strengths, the forecast-hygiene verdict
// on its probability, the account's fit to the ideal customer, and empty next actions.
#pragma once

#include <optional>
#include <string>

#include "reports/funnel_report.hpp"
#include "reports/report_sheet.hpp"

namespace kat {

struct DealPlanOptions {
    std::size_t deal_row = 0;                // 0-based data row of the deal in the opportunity table
    std::optional<StakeholderSource> people; // the key-people table with a deal column, when the workbook has one
    std::optional<double> fit;               // the account's fit (fit_in_grid), when the workbook rates accounts
    double today = 0.0;                      // Calc serial day: a close date already past is flagged
};

// The data row of the deal the opportunity table names so (folded match); none if absent.
std::optional<std::size_t> deal_row_named(const Grid& grid, const DetectedTable& table, const std::string& deal);

ReportSheet deal_plan_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                             const DealPlanOptions& options, Language language);

} // namespace kat
