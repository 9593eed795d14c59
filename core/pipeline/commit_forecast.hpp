// Commit forecast (承诺预测, seed 003): what is closed and committed counts in full, the
// rest is weighted. "600万 committed + 2000万 pipeline weighted → at most 1200万".
#pragma once

#include <vector>

#include "i18n/labels.hpp"
#include "pipeline/deal.hpp"
#include "result.hpp"
#include "table.hpp"

namespace kat {

struct CommitForecast {
    double closed = 0.0;
    double commit = 0.0;
    double best_case = 0.0;
    double pipeline = 0.0;
    double omitted = 0.0;
    double weighted_rest = 0.0; // Σ amount × probability over Best case and Pipeline deals

    double commit_forecast() const { return commit + closed; }
    double best_case_forecast() const { return best_case + commit + closed; }
    double expected() const { return closed + commit + weighted_rest; }
};

// A Best case or Pipeline deal with an amount but no stage and no probability cannot be
// weighted: NotFound, naming its row.
Result<CommitForecast> commit_forecast(const std::vector<Deal>& deals, const StageModel& model);

// PIPELINE.FORECAST: Forecast category | Amount; Closed, Commit, Best case, Pipeline,
// Omitted, Commit forecast, Best-case forecast, Expected.
Table forecast_table(const CommitForecast& forecast, Language language);

} // namespace kat
