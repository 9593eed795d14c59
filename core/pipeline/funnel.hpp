// The funnel of seed 003: deals, amounts and weighted amounts per stage, and how many
// deals reached each stage. A deal in a later stage has passed the earlier ones (SPEC §4);
// a lost deal is only known to have entered the funnel, so it counts as having reached
// the first stage — the sheet does not say where it was lost.
#pragma once

#include <cstddef>
#include <vector>

#include "i18n/labels.hpp"
#include "pipeline/deal.hpp"
#include "table.hpp"

namespace kat {

struct FunnelStage {
    std::size_t deals = 0;    // deals now in this stage
    double amount = 0.0;
    double weighted = 0.0;
    std::size_t reached = 0;  // deals now in this stage or a later one
};

struct Funnel {
    std::vector<FunnelStage> stages; // one per model stage, same order (lost last)
    std::size_t deals = 0;
    double amount = 0.0;
    double weighted = 0.0;
    std::size_t won = 0;
    std::size_t lost = 0;
    std::vector<std::string> stage_spellings; // how the data names each stage (see DealNames)
};

// Deals must all have a stage (read with DealColumns::stage_required).
Funnel build_funnel(const std::vector<Deal>& deals, const StageModel& model);
// The same funnel straight from the columns, in one pass that keeps no deals.
Result<Funnel> funnel_of(const DealColumns& columns, const StageModel& model);

// PIPELINE.TABLE: Stage | Deals | Amount | Weighted | Win probability | Conversion from
// previous stage; the funnel stages, then Lost, then Total (win probability = weighted ÷
// amount, conversion = won ÷ all deals).
Table funnel_table(const Funnel& funnel, const StageModel& model, Language language);

// PIPELINE.CONVERSION: Stage | Reached | Conversion from previous stage | Cumulative
// conversion, for the funnel stages (lost deals count in the first stage's reach).
Table conversion_table(const Funnel& funnel, const StageModel& model, Language language);


} // namespace kat
