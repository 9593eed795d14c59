// The pipeline engines on columns: amounts, stages, probabilities, categories, created,
// closed, groups (columns 0…6), with the built-in model and, when it reads, one made of
// the same rows.
#include "fuzz_input.hpp"
#include "panels/table_summary.hpp"
#include "pipeline/commit_forecast.hpp"
#include "pipeline/efficiency.hpp"
#include "pipeline/funnel.hpp"
#include "pipeline/weighted_forecast.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kat;
    const Grid grid = fuzz::grid_of(data, size);
    Column c[7];
    for (std::size_t i = 0; i < 7; ++i)
        c[i] = fuzz::column_of(grid, i);
    DealColumns columns;
    columns.amounts = &c[0];
    columns.stages = &c[1];
    columns.probabilities = &c[2];
    columns.categories = &c[3];
    columns.created = &c[4];
    columns.closed = &c[5];
    columns.groups = &c[6];
    for (const StageModel* model : {&StageModel::customer7(), &StageModel::action5()}) {
        if (const Result<Funnel> f = funnel_of(columns, *model); f.ok())
            (void)funnel_table(f.value(), *model, Language::Chinese), (void)conversion_table(f.value(), *model, Language::English);
        const Result<DealSet> deals = read_deals(columns, *model);
        if (!deals.ok())
            continue;
        (void)weighted_forecast(deals.value().deals, *model);
        if (const auto forecast = commit_forecast(deals.value().deals, *model); forecast.ok())
            (void)forecast_table(forecast.value(), Language::Chinese);
        (void)win_rate(deals.value().deals, *model);
        (void)average_sales_cycle(deals.value().deals, *model);
        (void)pipeline_coverage(open_pipeline(deals.value().deals, *model), c[0].empty() ? 0.0 : c[0][0].number);
    }
    if (const Result<DetectedTable> table = detect_table(fuzz::rectangular(grid), TableKind::Opportunities); table.ok())
        (void)funnel_summary(fuzz::rectangular(grid), table.value(), StageModel::customer7(), 1000.0);
    return 0;
}
