// The partner rebate policy of seeds 000 and 002 (交互式合作营销), every figure configurable:
// single-deal rebate 5 % of collected direct sales; per period, a volume base of collected
// direct sales + 40 % of indirect (referred) sales; once the base reaches 100,000, a further
// 1 % of the whole base. Beyond the seed: volume tiers, a cap, the period length.
#pragma once

#include <optional>
#include <vector>

#include "icm/money.hpp"
#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

enum class RebatePeriod { HalfYear, Year, Quarter, Month };

struct VolumeTier {
    Cents from_base = 0; // the tier applies once the base reaches this
    Rate rate;
};

struct RebatePolicy {
    Rate single_rate = Rate::from_fraction(0.05);
    Rate indirect_weight = Rate::from_fraction(0.40);
    // Ascending by from_base; the highest tier reached applies to the whole base.
    std::vector<VolumeTier> volume_tiers = {VolumeTier{10000000 /* 100,000.00 */, Rate::from_fraction(0.01)}};
    RebatePeriod period = RebatePeriod::HalfYear;
    std::optional<Cents> cap; // most a partner is paid per period (single + volume)
};

// Reads a policy range of named settings, in English or Chinese, two columns (name,
// value): rate/单笔返点率, threshold/门槛, volume_rate/总量返点率, indirect_weight/间接权重,
// period/周期 (half-year/半年, year/年, quarter/季度, month/月), cap/上限. A third column
// makes a tier: tier/档位 | from base | rate (tiers replace threshold and volume_rate).
// Unknown names and unreadable values are BadArgument — a policy is never half read.
// A settlement period's name (half-year / 半年, year / 年度, quarter / 季度, month / 月 …).
std::optional<RebatePeriod> period_named(const Cell& cell);

Result<RebatePolicy> rebate_policy_from_rows(const std::vector<std::vector<Cell>>& rows);

// Volume tiers from a two-column table (from base, rate), as ICM.VOLUME's threshold.
Result<std::vector<VolumeTier>> volume_tiers_from_rows(const std::vector<std::vector<Cell>>& rows);

// ICM.VOLUME's schedule: `threshold` is one number — the base from which `volume_rate` (or
// the default 1 %) applies — or a two-column tier table, which carries its own rates (then a
// rate as well is a BadArgument). No threshold rows: the default 100,000.
Result<std::vector<VolumeTier>> volume_schedule(const std::vector<std::vector<Cell>>& threshold,
                                                std::optional<Rate> volume_rate);

// Rates as users type them: 0.05, 5 or "5%".
std::optional<Rate> read_rate(const Cell& cell);

} // namespace kat
