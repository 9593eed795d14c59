// Stage models: a user's model from rows and from typed text, and stage lookup.
#include "fuzz_input.hpp"
#include "reports/funnel_report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kat;
    const Grid grid = fuzz::grid_of(data, size);
    const Result<StageModel> model = StageModel::from_rows(grid);
    const auto typed = stage_rows_from_text(std::string_view(reinterpret_cast<const char*>(data), size));
    const Result<StageModel> from_text = chosen_stage_model("custom", typed, fuzz::column_of(grid, 0));
    for (const auto& row : grid)
        for (const Cell& cell : row)
            if (cell.kind == Cell::Kind::Text) {
                (void)StageModel::customer7().find(cell.text);
                if (model.ok())
                    (void)model.value().find(cell.text);
                if (from_text.ok())
                    (void)from_text.value().find(cell.text);
            }
    (void)best_stage_model(fuzz::column_of(grid, 0));
    return 0;
}
