// Weighted forecast (seed 003): "每个商机阶段的销售金额乘以每个商机阶段的赢率加权".
#pragma once

#include <vector>

#include "pipeline/deal.hpp"
#include "result.hpp"

namespace kat {

// Σ amount × win probability over the deals. Deals with no amount contribute nothing
// (unknown, not zero). A deal with an amount but neither a stage nor a probability
// cannot be weighted: NotFound, naming its row.
Result<double> weighted_forecast(const std::vector<Deal>& deals, const StageModel& model);

} // namespace kat
