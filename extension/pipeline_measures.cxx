// PIPELINE.* efficiency measures: split, win rate, cycle, stalled deals.
#include "addin.hxx"
#include "cell_convert.hxx"
#include "deal_ranges.hxx"
#include "guard.hxx"
#include "model_argument.hxx"
#include "pipeline/efficiency.hpp"
#include "pipeline/performance_split.hpp"
#include "pipeline/stalled_deals.hpp"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

// A scalar argument as a cell (a one-cell range is that cell).
Cell cell_argument(const uno::Any& value)
{
    AnyRange range;
    if (value >>= range)
        return (range.getLength() == 1 && range[0].getLength() == 1) ? cell_from_any(range[0][0]) : Cell::error();
    return cell_from_any(value);
}

uno::Any measure(const uno::Any& model, const DealRanges& ranges,
                 Result<double> (*rule)(const std::vector<Deal>&, const StageModel&))
{
    const Result<ModelArgument> resolved = ModelArgument::from_any(model);
    if (!resolved.ok())
        return error_any(resolved.error().kind);
    const Result<DealSet> deals = ranges.read(resolved.value().model());
    if (!deals.ok())
        return error_any(deals.error().kind);
    return number_or_error(rule(deals.value().deals, resolved.value().model()));
}

} // namespace

uno::Any KeyAccountAddIn::pipelineSplit(const uno::Any& amount, const uno::Any& probability, const AnyRange& shares)
{
    return guarded([&]() -> uno::Any {
        const Result<std::vector<std::optional<double>>> credit =
            performance_split(cell_argument(amount), cell_argument(probability), column_from_range(shares));
        if (!credit.ok())
            return error_any(credit.error().kind);
        return shaped_like(shares, credit.value(),
                           [](const std::optional<double>& v) { return v ? uno::Any(*v) : uno::Any(); });
    });
}

uno::Any KeyAccountAddIn::pipelineWinRate(const AnyRange& stages, const uno::Any& model)
{
    return guarded([&] { return measure(model, DealRanges().stages(stages).stage_required(), win_rate); });
}

uno::Any KeyAccountAddIn::pipelineCycle(const AnyRange& created, const AnyRange& closed, const AnyRange& stages,
                                        const uno::Any& model)
{
    return guarded([&] {
        return measure(model, DealRanges().created(created).closed(closed).stages(stages), average_sales_cycle);
    });
}

uno::Any KeyAccountAddIn::pipelineStalled(const AnyRange& stages, const AnyRange& entered, const uno::Any& today,
                                          const uno::Any& limits)
{
    return guarded([&]() -> uno::Any {
        std::vector<std::vector<Cell>> limit_rows;
        if (!is_omitted(limits))
            limit_rows = rows_from_range(range_from_any(limits));
        const Result<std::size_t> stalled = count_stalled_deals(
            column_from_range(stages), column_from_range(entered), cell_argument(today),
            is_omitted(limits) ? nullptr : &limit_rows);
        if (!stalled.ok())
            return error_any(stalled.error().kind);
        return uno::Any(static_cast<double>(stalled.value()));
    });
}

} // namespace kat::addin
