// Deals read from the user's columns, once, before any rule looks at them.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "pipeline/stage_model.hpp"
#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

struct Deal {
    std::size_t row = 0;                     // 0-based row in the user's range
    std::optional<double> amount;            // blank = unknown ("amount missing"), not zero
    std::optional<StageIndex> stage;         // blank stage cell = unknown
    std::optional<double> probability;       // explicit probability cell, overrides the stage
};

// The columns of an opportunity table that the pipeline rules read. Optional columns
// are nullptr. All given columns must have the same length.
struct DealColumns {
    const Column* amounts = nullptr;
    const Column* stages = nullptr;
    const Column* probabilities = nullptr;
};

// Reads every row, skipping rows whose given cells are all blank. Fails on the first cell
// it cannot read (text in an amount column, an error cell, a stage the model does not
// know): a wrong number is worse than an error the user can see and fix.
Result<std::vector<Deal>> read_deals(const DealColumns& columns, const StageModel& model);

// The probability a deal is weighted with: its own cell when filled, else its stage's.
// Lost deals count 0 whatever their probability cell says.
std::optional<double> win_probability(const Deal& deal, const StageModel& model);

} // namespace kat
