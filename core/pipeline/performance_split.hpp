// Performance split (业绩拆分, seed 003): each team member is credited amount × win
// probability × share. "100万, 70/30, at 10% → 7万 / 3万; at 100% → 70万 / 30万".
// Shares need not add up to 1 (overlay credit), but none may be negative.
#pragma once

#include <optional>
#include <vector>

#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

// One credited amount per share cell; a blank share gives no credit (nullopt).
Result<std::vector<std::optional<double>>> performance_split(const Cell& amount, const Cell& probability,
                                                             const std::vector<Cell>& shares);

} // namespace kat
