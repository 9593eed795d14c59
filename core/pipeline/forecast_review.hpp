// The manager's forecast review (SPEC §4): for one period, per rep or region, the target,
// what is won, committed, weighted, the gap still to win and whether the open pipeline
// covers it (the 3× rule applies to the gap); and split credit — amount × probability ×
// share per team member (the 70/30 performance split).
#pragma once

#include <optional>
#include <vector>

#include "i18n/labels.hpp"
#include "pipeline/stage_model.hpp"
#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"

namespace kat {

struct ReviewColumns {
    const Column* groups = nullptr;
    const Column* amounts = nullptr;
    const Column* stages = nullptr;
    const Column* close_dates = nullptr;
    const Column* categories = nullptr;    // optional
    const Column* probabilities = nullptr; // optional
};

// Both bounds inclusive, Calc serial days; none = unbounded. A deal counts when its close
// date is within; with a bound, a deal without a close date does not.
struct ReviewPeriod {
    std::optional<double> from, to;
};

// PIPELINE.REVIEW: Group | Target | Won | Commit forecast | Best-case forecast | Weighted |
// Gap | Open pipeline | Gap coverage | Attainment; one row per group of the targets (in
// their order), then groups with deals but no target, then Total. Targets: rows of
// (group, target), a header row allowed; a group with a blank target is listed without one.
Result<Table> forecast_review_table(const ReviewColumns& columns, const std::vector<std::vector<Cell>>& targets,
                                    const ReviewPeriod& period, const StageModel& model, Language language);

struct CreditColumns {
    const Column* deals = nullptr;
    const Column* amounts = nullptr;
    const Column* stages = nullptr;
    const Column* probabilities = nullptr; // optional
    const Column* split_deals = nullptr;
    const Column* split_members = nullptr;
    const Column* split_shares = nullptr;  // 0.7, 70 or "70%"
};

// PIPELINE.CREDIT: Member | Credited pipeline | Credited weighted | Credited won, per member
// in order of first appearance, then Total, then one line per deal whose shares do not add
// up to 100 % (its credit is still given as split).
Result<Table> split_credit_table(const CreditColumns& columns, const StageModel& model, Language language);

} // namespace kat
