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

bool is_blank(const uno::Any& value)
{
    switch (value.getValueTypeClass()) {
    case uno::TypeClass_VOID: return true;
    case uno::TypeClass_STRING: return static_cast<const rtl::OUString*>(value.getValue())->isEmpty();
    default: return false;
    }
}

// KAT_TEST_FAIL_FUNCTION names a function that throws inside the adapter: the robustness
// test proves a failure becomes #VALUE! and a line in the log, not a crash.
bool failure_injected(std::string_view programmatic)
{
    const char* name = std::getenv("KAT_TEST_FAIL_FUNCTION");
    return name && programmatic == name;
}

} // namespace

functions::Passed KeyAccountAddIn::passed_of(const AnyRange& range)
{
    std::size_t columns = 0;
    for (const auto& row : range)
        columns = std::max(columns, static_cast<std::size_t>(row.getLength()));
    // Only up to the last row holding anything: a whole column (A:A) comes as a million
    // rows, nearly all empty, and converting them would cost more than the data.
    sal_Int32 used = range.getLength();
    while (used > 0 && std::all_of(range[used - 1].begin(), range[used - 1].end(), is_blank))
        --used;
    Column cells;
    cells.reserve(static_cast<std::size_t>(used) * columns);
    for (sal_Int32 r = 0; r < used; ++r) {
        for (const uno::Any& value : range[r])
            cells.push_back(cell_from_any(value));
        for (sal_Int32 c = range[r].getLength(); static_cast<std::size_t>(c) < columns; ++c)
            cells.push_back(Cell::empty()); // a ragged inline array: short rows padded
    }
    return functions::Passed::range(static_cast<std::size_t>(range.getLength()), columns, std::move(cells));
}

functions::Passed KeyAccountAddIn::passed_of(const uno::Any& value)
{
    if (!value.hasValue())
        return functions::Passed::left_out();
    AnyRange range;
    if (value >>= range)
        return passed_of(range);
    return functions::Passed::value(cell_from_any(value));
}

uno::Any KeyAccountAddIn::invoke(std::string_view programmatic, std::vector<functions::Passed> arguments) noexcept
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
