// Stalled deals (seed 003 §4.4 "商机在销售漏斗中各个阶段的滞留时长"): open deals that have
// sat in their stage longer than that stage's limit.
#pragma once

#include <cstddef>
#include <vector>

#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

inline constexpr double default_stage_limit_days = 30.0;

// stages and entered are the deal columns (same length); today a date; limit_rows an
// optional table of (stage, days). Stages not in the table get the default limit. A deal
// is open unless its stage names a won or lost stage of any built-in model (Won, 赢单,
// 成交客户, Lost, 输单 …). Deals without an entry date are not counted (unknown).
Result<std::size_t> count_stalled_deals(const Column& stages, const Column& entered, const Cell& today,
                                        const std::vector<std::vector<Cell>>* limit_rows);

// The same rule for one deal list, for reports: the 0-based rows of the stalled deals.
Result<std::vector<std::size_t>> stalled_deal_rows(const Column& stages, const Column& entered, const Cell& today,
                                                   const std::vector<std::vector<Cell>>* limit_rows);

} // namespace kat
