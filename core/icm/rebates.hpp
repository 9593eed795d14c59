// The ICM rebate rules of seeds 000 and 002, on columns of amounts, in exact cents.
#pragma once

#include <vector>

#include "icm/money.hpp"
#include "icm/rebate_policy.hpp"
#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

// A column of money cells in cents; blank cells are 0. Text that is not an amount is
// BadValue naming its row.
Result<std::vector<Cents>> read_money_column(const Column& cells, bool allow_negative);

// ICM.REBATE: Σ collected × rate, each entry rounded to the cent. A negative collected
// entry (a refund) claws its rebate back.
Result<Cents> single_deal_rebate(const Column& collected, Rate rate);

// ICM.PENDING: Σ (amount − collected) × rate over the sales not yet fully collected —
// held until the customer pays. Collected above the amount is BadValue, not a negative
// pending; refund rows (negative collected) hold nothing back.
Result<Cents> pending_rebate(const Column& amounts, const Column& collected, Rate rate);

// ICM.BASE: Σ direct collected + indirect weight × Σ indirect amounts.
Result<Cents> volume_base(const Column& direct_collected, const Column& indirect_amounts, Rate indirect_weight);

// ICM.VOLUME: base × the rate of the highest tier the base reaches (0 below the first).
Cents volume_rebate(Cents base, const std::vector<VolumeTier>& tiers);

} // namespace kat
