// The one generic adapter between Calc and the function registry (core/functions): UNO
// arguments → grids of cells, the registry's call, its answer → what Calc reads (a number,
// a text, an array, or a Calc error value). Every sheet function goes through here.
#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "addin.hxx"
#include "cell_convert.hxx"
#include "functions/registry.hpp"
#include "guard.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

uno::Any answer_any(const functions::Answer& answer)
{
    switch (answer.kind) {
    case functions::Answer::Kind::Number: return uno::Any(answer.number);
    case functions::Answer::Kind::Text: return uno::Any(from_utf8(answer.text));
    case functions::Answer::Kind::Array: break;
    }
    return table_any(answer.table);
}

// KAT_TEST_FAIL_FUNCTION names a function that throws inside the adapter: the robustness
// test proves a failure becomes #VALUE! and a line in the log, not a crash.
bool failure_injected(std::string_view programmatic)
{
    const char* name = std::getenv("KAT_TEST_FAIL_FUNCTION");
    return name && programmatic == name;
}

} // namespace

functions::Grid KeyAccountAddIn::grid_of(const AnyRange& range)
{
    std::size_t columns = 0;
    for (const auto& row : range)
        columns = std::max(columns, static_cast<std::size_t>(row.getLength()));
    Column cells;
    cells.reserve(static_cast<std::size_t>(range.getLength()) * columns);
    for (const auto& row : range) {
        for (const uno::Any& value : row)
            cells.push_back(cell_from_any(value));
        for (sal_Int32 c = row.getLength(); static_cast<std::size_t>(c) < columns; ++c)
            cells.push_back(Cell::empty()); // a ragged inline array: short rows padded
    }
    return functions::Grid::range(static_cast<std::size_t>(range.getLength()), columns, std::move(cells));
}

functions::Grid KeyAccountAddIn::grid_of(const uno::Any& value)
{
    if (!value.hasValue())
        return functions::Grid::left_out();
    AnyRange range;
    if (value >>= range)
        return grid_of(range);
    return functions::Grid::value(cell_from_any(value));
}

uno::Any KeyAccountAddIn::invoke(std::string_view programmatic, std::vector<functions::Grid> arguments) noexcept
{
    return guarded(context_, programmatic, [&]() -> uno::Any {
        const functions::Function* function = functions::by_programmatic(programmatic);
        if (!function)
            throw std::logic_error("no registry entry");
        if (failure_injected(programmatic))
            throw std::runtime_error("failure injected by KAT_TEST_FAIL_FUNCTION");
        const Result<functions::Answer> answer = functions::call(*function, std::move(arguments), ui_language());
        return answer.ok() ? answer_any(answer.value()) : error_any(answer.error().kind);
    });
}

} // namespace kat::addin
