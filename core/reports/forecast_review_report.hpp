// The forecast review sheet (SPEC §4, seed 003): the period's bounds and the targets per
// rep or region as editable cells, PIPELINE.REVIEW over the user's range as one live
// array formula reading them, what its columns mean, and a chart of won and weighted
// against target per group. Editing a target or a date re-computes the review at once.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/review_period.hpp"
#include "reports/report_sheet.hpp"

namespace kat {

struct ForecastReviewOptions {
    ChosenPeriod period;
    double today = 0.0;
    // Targets kept from the last build (group, target): a rebuild never loses what the
    // manager typed. Groups with no deal now stay listed.
    std::vector<std::pair<std::string, double>> targets;
    std::string model; // a built-in model's name; "" = the one the stages call for
};

// Where the editable cells are, so a rebuild can read them back.
struct ForecastReviewCells {
    std::size_t from_row = 0, to_row = 0, date_column = 1;
    std::size_t targets_top = 0, targets_rows = 0; // the data rows below the header, columns A:B
};

ReportSheet forecast_review_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                                   const ForecastReviewOptions& options, Language language);

// The cells of a plan made by forecast_review_report (from its layout, not by searching).
ForecastReviewCells forecast_review_cells(const ReportSheet& sheet);

// The field a review groups by: the owner, else the region; none when neither is mapped.
std::optional<Field> review_group_field(const DetectedTable& table);

} // namespace kat
