// Every sheet function through the registry, as Calc calls it: the first byte picks the
// function and which optional arguments are left out; column i of the grid is argument i,
// passed as a range (or as its first cell for single-value kinds, as Calc passes them).
// Covers the generic adapter's reading: header rows, ranges cut after their last filled
// row, models chosen from the data, rates, shares, flags and settings tables.
#include "functions/registry.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kat;
    using namespace kat::functions;
    if (size < 2)
        return 0;
    const std::vector<Function>& functions = all();
    const Function& f = functions[data[0] % functions.size()];
    const std::uint8_t omit = data[1];
    const Grid grid = fuzz::grid_of(data + 2, size - 2);
    std::vector<Passed> arguments;
    for (std::size_t i = 0; i < f.arguments.size(); ++i) {
        const Argument& a = f.arguments[i];
        if (a.optional && (omit >> (i % 8) & 1)) {
            arguments.push_back(Passed::left_out());
            continue;
        }
        Column cells = fuzz::column_of(grid, i);
        // Trailing empties dropped, as the adapter does with a whole column.
        const std::size_t rows = cells.size() + (omit & 1 ? 5 : 0);
        while (!cells.empty() && cells.back().is_empty())
            cells.pop_back();
        if (a.passed_as_range() || (omit & 2))
            arguments.push_back(Passed::range(rows, 1, std::move(cells)));
        else
            arguments.push_back(Passed::value(cells.empty() ? Cell::empty() : cells.front()));
    }
    (void)call(f, std::move(arguments), (omit & 4) ? Language::Chinese : Language::English);
    return 0;
}
