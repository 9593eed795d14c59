// Forecast hygiene (SPEC §4, last rule): a probability is only as good as the stakeholder
// work behind it. The key-people method says a deal reaches 30 % only once the rep has
// found a supporter inside who endorses us — without a coach the chance is slim — and that
// reps claim 80 % where the evidence says under 30 %. Per open deal, with its claimed
// probability (the row's own, else the stage's):
//   claimed ≥ 30 % and no supportive coach linked     → capped below 30 % (the model's
//                                                        highest open probability under it)
//   claimed ≥ 50 % and no economic buyer linked       → capped below 50 %
//   a linked technical buyer opposed                  → flagged (veto risk), no cap
//   a row probability over 20 points above its stage  → flagged
//   no amount, or a close date already past           → flagged
// Won deals count 100 %, lost 0 %; neither is flagged.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n/labels.hpp"
#include "pipeline/stage_model.hpp"
#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"

namespace kat {

enum class HygieneFlag { NoSupportiveCoach, EconomicBuyerUnknown, TechnicalVeto, ClaimedAboveStage, AmountMissing, ClosePassed };

struct HygieneColumns {
    const Column* deals = nullptr;          // the deal's name, as the stakeholder table writes it
    const Column* stages = nullptr;
    const Column* amounts = nullptr;
    const Column* probabilities = nullptr;  // optional
    const Column* people_deals = nullptr;   // which deal each person belongs to
    const Column* people_roles = nullptr;
    const Column* people_support = nullptr; // optional: without it nobody counts as supportive
    const Column* close_dates = nullptr;    // optional, with `today`: an open deal past its close date is flagged
    std::optional<double> today;            // Calc serial day
};

struct DealHygiene {
    std::size_t row = 0;              // in the deal columns
    std::string deal;
    std::optional<StageIndex> stage;
    std::optional<double> amount;
    double claimed = 0.0;
    double supported = 0.0;
    std::vector<HygieneFlag> flags;
};

struct ForecastHygiene {
    std::vector<DealHygiene> flagged;   // in the deals' order
    double claimed_forecast = 0.0;      // Σ amount × claimed, open and won deals
    double supported_forecast = 0.0;    // Σ amount × supported
    std::vector<std::string> stage_spellings;
};

// The highest probability of the model's open stages below `limit` (customer7: 15 % below
// 30 %, 30 % below 50 %; action5: 10 % below 30 %); 0 when none is.
double highest_open_probability_below(const StageModel& model, double limit);

Result<ForecastHygiene> forecast_hygiene(const HygieneColumns& columns, const StageModel& model);

// "no supportive coach; economic buyer unknown": a flagged deal's reasons, in the language.
std::string hygiene_reasons(const DealHygiene& deal, Language language);

// PIPELINE.HYGIENE: Deal | Stage | Amount | Claimed | Supported | Reasons, one row per
// flagged deal, then Total with the claimed and the supported weighted forecasts.
Table hygiene_table(const ForecastHygiene& hygiene, const StageModel& model, Language language);

} // namespace kat
