// Breakdown by any grouping column — region, product line, owner (seed 003 §4.2–4.3).
#pragma once

#include <vector>

#include "i18n/labels.hpp"
#include "pipeline/deal.hpp"
#include "table.hpp"

namespace kat {

// PIPELINE.BYGROUP: Group | Deals | Amount | Weighted | Won | Win rate, one row per group
// in order of first appearance, then Total. Won is the won amount; win rate counts deals,
// won ÷ (won + lost), #DIV/0! for a group with nothing closed.
Table breakdown_table(const DealSet& set, const StageModel& model, Language language);

} // namespace kat
