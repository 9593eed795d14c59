// Deals read from the user's columns, once, before any rule looks at them.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "i18n/labels.hpp"
#include "pipeline/stage_model.hpp"
#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

struct Deal {
    std::size_t row = 0;                     // 0-based row in the user's range
    std::optional<double> amount;            // blank = unknown ("amount missing"), not zero
    std::optional<StageIndex> stage;         // blank stage cell = unknown
    std::optional<double> probability;       // explicit probability cell, overrides the stage
    std::optional<ForecastCategory> category; // explicit forecast category cell
    std::optional<double> created;           // Calc serial days
    std::optional<double> closed;
    std::size_t group = 0;                   // index into DealSet::groups when groups were given
};

// The columns of an opportunity table that a rule reads. Optional columns are nullptr.
// All given columns must have the same length.
struct DealColumns {
    const Column* amounts = nullptr;
    const Column* stages = nullptr;
    const Column* probabilities = nullptr;
    const Column* categories = nullptr;
    const Column* created = nullptr;
    const Column* closed = nullptr;
    const Column* groups = nullptr;
    // Rules that place each deal in a stage (funnel table, win rate) need one per row;
    // the weighted forecast can use an explicit probability instead.
    bool stage_required = false;
};

// What reading the deals learns besides the deals themselves.
struct DealNames {
    std::vector<std::string> groups;          // distinct groups in order of first appearance (display text)
    std::vector<std::string> stage_spellings; // per model stage, the first spelling the data uses; "" if none
};

struct DealSet : DealNames {
    std::vector<Deal> deals;
};

// Reads every row once, skipping rows whose given cells are all blank. Fails on the first
// cell it cannot read (text in an amount column, an error cell, an unknown stage or
// category, an impossible date): a wrong number is worse than an error the user can fix.
Result<DealSet> read_deals(const DealColumns& columns, const StageModel& model);

// The same reading, one deal at a time, without keeping them: for engines that only add
// up (the funnel table), a pass over a million rows need not hold a million deals.
// Same errors as read_deals; returns the groups and the stage spellings.
Result<DealNames> visit_deals(const DealColumns& columns, const StageModel& model,
                              const std::function<void(const Deal&)>& visit);

// How a result labels a stage: as the data wrote it, else the model's name in the UI language.
std::string stage_display(const std::vector<std::string>& spellings, const StageModel& model, StageIndex stage,
                          Language language);

// The probability a deal is weighted with: its own cell when filled, else its stage's.
// Lost deals count 0 whatever their probability cell says; won deals count 1.
std::optional<double> win_probability(const Deal& deal, const StageModel& model);

StageOutcome outcome_of(const Deal& deal, const StageModel& model);

// The forecast category a deal counts in: won → Closed, lost → Omitted, else its own
// category cell, else its stage's default category. Deals without either are Pipeline.
ForecastCategory category_of(const Deal& deal, const StageModel& model);

} // namespace kat
