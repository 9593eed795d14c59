// ABC classes of accounts by revenue — the 80/20 rule of seed 000. Accounts sorted by
// revenue, largest first: A while the revenue of the larger accounts before it is under
// a_share of the total (so the account that crosses 80 % is still A), B up to b_share,
// C after. Ties keep the input order.
#pragma once

#include <optional>
#include <vector>

#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

// One class per cell, aligned with the input; blank revenue → no class (nullopt).
// Negative or unreadable revenue is BadValue; shares must satisfy 0 < a ≤ b ≤ 1.
Result<std::vector<std::optional<char>>> abc_classes(const Column& revenues, double a_share = 0.8,
                                                     double b_share = 0.95);

} // namespace kat
