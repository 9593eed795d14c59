// The headline numbers the sidebar shows for the table under the cursor (SPEC §9): what a
// rep wants to see before building any report. Computed by the same engines as the sheet
// functions, so the panel and a PIPELINE / ICM / ROLE formula never disagree.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "i18n/labels.hpp"
#include "icm/money.hpp"
#include "pipeline/stage_model.hpp"
#include "result.hpp"
#include "tables/table_mapping.hpp"

namespace kat {

struct FunnelSummary {
    std::size_t deals = 0;       // rows with a stage or an amount
    std::size_t open_deals = 0;
    double pipeline = 0.0;       // open amount
    std::optional<double> weighted;  // Σ amount × probability, as PIPELINE.WEIGHTED; none when it
                                     // refuses the table (an amount without a stage)
    std::optional<Error> problem;    // why the weighted forecast is missing, with the row
    std::optional<double> win_rate;  // none until a deal is closed
    std::optional<double> coverage;  // pipeline ÷ target, when there is a target
};

// BadValue names the first row that cannot be read (an amount that is not a number); a
// table the weighted forecast refuses still gets the other numbers, and the reason.
Result<FunnelSummary> funnel_summary(const Grid& grid, const DetectedTable& table, const StageModel& model,
                                     std::optional<double> target);

// The Funnel panel's hygiene line: how many open deals claim more than their key people
// support, and the forecast they do support (PIPELINE.HYGIENE's numbers). NotFound when
// either table lacks what linking needs (deal names; the people's deal and role).
struct HygieneSummary {
    std::size_t over_claimed = 0;
    double claimed = 0.0;
    double supported = 0.0;
};

Result<HygieneSummary> hygiene_summary(const Grid& deals, const DetectedTable& deal_table, const Grid& people,
                                       const DetectedTable& people_table, const StageModel& model);

struct RebateSummary {
    std::size_t partners = 0;
    std::size_t statements = 0;  // partner × period lines
    Cents payable = 0;           // total payable now, all statements
    Cents pending = 0;           // single-deal rebates held until collection
};

Result<RebateSummary> rebate_summary(const Grid& grid, const DetectedTable& table,
                                     const std::vector<std::vector<Cell>>& policy_rows, Language language);

struct StakeholderSummary {
    std::size_t people = 0;
    double coverage = 0.0;              // ROLE.COVERAGE, 0…1
    std::size_t red_flags = 0;
    std::vector<std::string> top_flags; // the most severe first, at most `shown`
    std::size_t deals = 0;              // distinct deals the people belong to (a deal column)
    std::string deal;                   // the deal's name when they all belong to one
};

Result<StakeholderSummary> stakeholder_summary(const Grid& grid, const DetectedTable& table, Language language,
                                               std::size_t shown = 3);

} // namespace kat
