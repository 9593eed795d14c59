#include "pipeline/commit_forecast.hpp"

#include <string>

#include "values/exact_sum.hpp"

namespace kat {

Result<CommitForecast> commit_forecast(const std::vector<Deal>& deals, const StageModel& model)
{
    ExactSum closed, commit, best_case, pipeline, omitted, weighted_rest;
    for (const Deal& deal : deals) {
        if (!deal.amount)
            continue;
        const double amount = *deal.amount;
        switch (category_of(deal, model)) {
        case ForecastCategory::Closed: closed.add(amount); break;
        case ForecastCategory::Commit: commit.add(amount); break;
        case ForecastCategory::Omitted: omitted.add(amount); break;
        case ForecastCategory::BestCase:
        case ForecastCategory::Pipeline: {
            (category_of(deal, model) == ForecastCategory::BestCase ? best_case : pipeline).add(amount);
            const std::optional<double> p = win_probability(deal, model);
            if (!p)
                return make_error(ErrorKind::NotFound,
                                  "row " + std::to_string(deal.row + 1) + " has an amount but no stage or probability",
                                  deal.row);
            weighted_rest.add(amount * *p);
            break;
        }
        }
    }
    return CommitForecast{closed.value(), commit.value(), best_case.value(),
                          pipeline.value(), omitted.value(), weighted_rest.value()};
}

Table forecast_table(const CommitForecast& f, Language language)
{
    auto line = [&](Label which, double value) { return TableRow{TableCell::of(label(which, language)), TableCell::of(value)}; };
    return {
        {TableCell::of(label(Label::Category, language)), TableCell::of(label(Label::Amount, language))},
        line(Label::Closed, f.closed),
        line(Label::Commit, f.commit),
        line(Label::BestCase, f.best_case),
        line(Label::Pipeline, f.pipeline),
        line(Label::Omitted, f.omitted),
        line(Label::CommitForecast, f.commit_forecast()),
        line(Label::BestCaseForecast, f.best_case_forecast()),
        line(Label::Expected, f.expected()),
    };
}

} // namespace kat
