// How long deals usually stay in each stage, learned from the sheet itself (seed 003 §4.4:
// "商机在销售漏斗中各个阶段的滞留时长"). A snapshot sheet holds, per deal, when it was created
// and when it entered its current stage: the days between are the time it took to pass
// the stages before, shared evenly over them. A stage's usual stay is the median of that
// over the deals that have moved past it; the stalled-deal limit follows from it instead
// of one flat 30 days for every stage.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pipeline/stage_model.hpp"
#include "values/cell.hpp"

namespace kat {

// Fewer deals than this past a stage say too little: that stage keeps the default limit.
inline constexpr std::size_t deals_for_learned_limit = 3;

struct LearnedLimit {
    std::string stage;   // as the data spells it (the model's name when no deal is in it now)
    double days = 0.0;   // whole days, at least 1
    std::size_t deals = 0; // how many deals it was learned from
};

// One entry per open stage of the model that at least deals_for_learned_limit deals have
// passed, in funnel order. Rows without both dates, with an unknown or lost stage, or
// still in the first stage teach nothing.
std::vector<LearnedLimit> stage_limits_from_history(const Column& stages, const Column& created, const Column& entered,
                                                    const StageModel& model);

// The same as (stage, days) rows, the shape PIPELINE.STALLED's limits take.
std::vector<std::vector<Cell>> limit_rows(const std::vector<LearnedLimit>& limits);

} // namespace kat
