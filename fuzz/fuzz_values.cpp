// Value reading: numbers, probabilities, dates, display text and name folding on any text.
#include "fuzz_input.hpp"
#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/display.hpp"
#include "values/read_date.hpp"
#include "values/read_number.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kat;
    for (const auto& row : fuzz::grid_of(data, size))
        for (const Cell& cell : row) {
            const NumberReading n = read_number(cell);
            if (n.is_value())
                (void)display_amount(n.value), (void)display_percent(n.value), (void)display_multiple(n.value);
            (void)read_probability(cell);
            (void)read_date(cell);
            (void)cell_text(cell);
            if (cell.kind == Cell::Kind::Text)
                (void)fold_key(cell.text), (void)trim(cell.text);
        }
    return 0;
}
