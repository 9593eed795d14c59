// PIPELINE.* sheet functions: read the arguments, call core/pipeline, return the result.
#include "addin.hxx"
#include "cell_convert.hxx"
#include "guard.hxx"
#include "model_argument.hxx"
#include "pipeline/deal.hpp"
#include "pipeline/weighted_forecast.hpp"
#include "values/read_number.hpp"

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
        AnyRange result(range.getLength());
        for (sal_Int32 r = 0; r < range.getLength(); ++r) {
            result[r].realloc(range[r].getLength());
            for (sal_Int32 c = 0; c < range[r].getLength(); ++c)
                result[r][c] = stage_probability(cell_from_any(range[r][c]), stage_model);
        }
        return uno::Any(result);
    });
}

uno::Any KeyAccountAddIn::pipelineWeighted(const AnyRange& amounts, const AnyRange& stages,
                                           const uno::Any& probabilities, const uno::Any& model)
{
    return guarded([&]() -> uno::Any {
        const Result<ModelArgument> resolved = ModelArgument::from_any(model);
        if (!resolved.ok())
            return error_any(resolved.error().kind);

        const Column amount_column = column_from_range(amounts);
        const Column stage_column = column_from_range(stages);
        Column probability_column;
        DealColumns columns{&amount_column, &stage_column, nullptr};
        if (!is_omitted(probabilities)) {
            probability_column = column_from_range(range_from_any(probabilities));
            columns.probabilities = &probability_column;
        }

        const Result<std::vector<Deal>> deals = read_deals(columns, resolved.value().model());
        if (!deals.ok())
            return error_any(deals.error().kind);
        return number_or_error(weighted_forecast(deals.value(), resolved.value().model()));
    });
}

} // namespace kat::addin
