// PIPELINE.* sheet functions that read a deal table: convert the arguments, call
// core/pipeline, return the result. No rule lives here.
#include "addin.hxx"
#include "cell_convert.hxx"
#include "deal_ranges.hxx"
#include "guard.hxx"
#include "model_argument.hxx"
#include "pipeline/breakdown.hpp"
#include "pipeline/calibration.hpp"
#include "pipeline/commit_forecast.hpp"
#include "pipeline/efficiency.hpp"
#include "pipeline/funnel.hpp"
#include "pipeline/weighted_forecast.hpp"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

uno::Any stage_probability(const Cell& stage, const StageModel& model)
{
    if (stage.is_empty())
        return uno::Any(); // an empty cell in an array answer stays empty
    if (stage.kind != Cell::Kind::Text)
        return error_any(stage.kind == Cell::Kind::Number ? ErrorKind::NotFound : ErrorKind::BadValue);
    const std::optional<StageIndex> index = model.find(stage.text);
    if (!index)
        return error_any(ErrorKind::NotFound);
    return uno::Any(model.stage(*index).probability);
}

// Resolves the model, reads the deals, and hands both to `rule`; errors become Calc errors.
template <class Rule>
uno::Any with_deals(const uno::Any& model, const DealRanges& ranges, Rule&& rule)
{
    const Result<ModelArgument> resolved = ModelArgument::from_any(model);
    if (!resolved.ok())
        return error_any(resolved.error().kind);
    const StageModel& stage_model = resolved.value().model();
    const Result<DealSet> deals = ranges.read(stage_model);
    if (!deals.ok())
        return error_any(deals.error().kind);
    return rule(deals.value(), stage_model);
}

} // namespace

uno::Any KeyAccountAddIn::pipelineStageProb(const uno::Any& stage, const uno::Any& model)
{
    return guarded([&]() -> uno::Any {
        const Result<ModelArgument> resolved = ModelArgument::from_any(model);
        if (!resolved.ok())
            return error_any(resolved.error().kind);
        const StageModel& stage_model = resolved.value().model();

        AnyRange range;
        if (!(stage >>= range)) {
            const Cell cell = cell_from_any(stage);
            if (cell.is_empty())
                return error_any(ErrorKind::NotFound);
            return stage_probability(cell, stage_model);
        }
        // A range of stages (array formula): one probability per cell, same shape.
        const Column cells = column_from_range(range);
        return shaped_like(range, cells, [&](const Cell& cell) { return stage_probability(cell, stage_model); });
    });
}

uno::Any KeyAccountAddIn::pipelineWeighted(const AnyRange& amounts, const AnyRange& stages,
                                           const uno::Any& probabilities, const uno::Any& model)
{
    return guarded([&] {
        return with_deals(model, DealRanges().amounts(amounts).stages(stages).probabilities(probabilities),
                          [](const DealSet& set, const StageModel& m) { return number_or_error(weighted_forecast(set.deals, m)); });
    });
}

uno::Any KeyAccountAddIn::pipelineTable(const AnyRange& stages, const AnyRange& amounts,
                                        const uno::Any& probabilities, const uno::Any& model)
{
    return guarded([&]() -> uno::Any {
        // One pass over the columns that keeps no deals (the funnel only adds up).
        const Result<ModelArgument> resolved = ModelArgument::from_any(model);
        if (!resolved.ok())
            return error_any(resolved.error().kind);
        const StageModel& m = resolved.value().model();
        DealRanges ranges;
        ranges.stages(stages).amounts(amounts).probabilities(probabilities).stage_required();
        const Result<Funnel> funnel = funnel_of(ranges.columns(), m);
        if (!funnel.ok())
            return error_any(funnel.error().kind);
        return table_any(funnel_table(funnel.value(), m, ui_language()));
    });
}

uno::Any KeyAccountAddIn::pipelineConversion(const AnyRange& stages, const uno::Any& model)
{
    return guarded([&] {
        return with_deals(model, DealRanges().stages(stages).stage_required(), [&](const DealSet& set, const StageModel& m) {
            return table_any(conversion_table(build_funnel(set.deals, m), m, ui_language()));
        });
    });
}

uno::Any KeyAccountAddIn::pipelineForecast(const AnyRange& amounts, const AnyRange& stages, const uno::Any& categories,
                                           const uno::Any& probabilities, const uno::Any& model)
{
    return guarded([&] {
        // "" (or any blank value, not a range) for categories: every deal takes its stage's.
        DealRanges ranges;
        ranges.amounts(amounts).stages(stages).probabilities(probabilities);
        AnyRange category_range;
        if (categories >>= category_range)
            ranges.categories(category_range);
        else if (!cell_from_any(categories).is_empty())
            return error_any(ErrorKind::BadArgument);
        return with_deals(model, ranges,
                          [&](const DealSet& set, const StageModel& m) {
                              const Result<CommitForecast> forecast = commit_forecast(set.deals, m);
                              return forecast.ok() ? table_any(forecast_table(forecast.value(), ui_language()))
                                                   : error_any(forecast.error().kind);
                          });
    });
}

uno::Any KeyAccountAddIn::pipelineCoverage(const AnyRange& amounts, const uno::Any& target, const uno::Any& stages,
                                           const uno::Any& model)
{
    return guarded([&]() -> uno::Any {
        const NumberReading goal = read_number_argument(target);
        if (!goal.is_value())
            return error_any(ErrorKind::BadValue);
        return with_deals(model, DealRanges().amounts(amounts).stages(stages), [&](const DealSet& set, const StageModel& m) {
            return number_or_error(pipeline_coverage(open_pipeline(set.deals, m), goal.value));
        });
    });
}

uno::Any KeyAccountAddIn::pipelineByGroup(const AnyRange& groups, const AnyRange& amounts, const AnyRange& stages,
                                          const uno::Any& probabilities, const uno::Any& model)
{
    return guarded([&] {
        return with_deals(model, DealRanges().groups(groups).amounts(amounts).stages(stages).probabilities(probabilities),
                          [&](const DealSet& set, const StageModel& m) {
                              return table_any(breakdown_table(set, m, ui_language()));
                          });
    });
}

uno::Any KeyAccountAddIn::pipelineCalibrate(const AnyRange& stages_history, const AnyRange& outcomes, const uno::Any& model)
{
    return guarded([&]() -> uno::Any {
        const Result<ModelArgument> resolved = ModelArgument::from_any(model);
        if (!resolved.ok())
            return error_any(resolved.error().kind);
        return table_or_error(calibration_table(column_from_range(stages_history), column_from_range(outcomes),
                                                resolved.value().model(), ui_language()));
    });
}

} // namespace kat::addin
