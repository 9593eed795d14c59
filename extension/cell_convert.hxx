// Cells (UNO anys) ⇄ core types, and core errors → Calc error values. The only place
// that knows how Calc hands ranges to an add-in and how it reads errors back.
#pragma once

#include <vector>

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"
#include "values/read_number.hpp"
#include "uno_text.hxx"

namespace kat::addin {

using AnyRange = ::com::sun::star::uno::Sequence<::com::sun::star::uno::Sequence<::com::sun::star::uno::Any>>;

Cell cell_from_any(const ::com::sun::star::uno::Any& value);

// A whole range read row by row into one column (a single row or column as it is).
Column column_from_range(const AnyRange& range);

// A range kept as rows (for a model or a settings table).
std::vector<std::vector<Cell>> rows_from_range(const AnyRange& range);

// An optional argument: void (omitted) stays absent; a scalar becomes a 1×1 range.
bool is_omitted(const ::com::sun::star::uno::Any& value);
AnyRange range_from_any(const ::com::sun::star::uno::Any& value);

// Calc reads a NaN whose low bits hold an error code as that error (#N/A, #VALUE!, …).
double calc_error_value(ErrorKind kind);
::com::sun::star::uno::Any error_any(ErrorKind kind);
::com::sun::star::uno::Any number_or_error(const Result<double>& result);

// An array result: numbers, text, empty cells and per-cell errors.
::com::sun::star::uno::Any table_any(const Table& table);
::com::sun::star::uno::Any table_or_error(const Result<Table>& table);

// One value per input cell, in the input's shape (a row stays a row, a column a column).
template <class Value, class ToAny>
::com::sun::star::uno::Any shaped_like(const AnyRange& input, const std::vector<Value>& values, ToAny&& to_any)
{
    AnyRange out(input.getLength());
    std::size_t i = 0;
    for (sal_Int32 r = 0; r < input.getLength(); ++r) {
        out[r].realloc(input[r].getLength());
        for (sal_Int32 c = 0; c < input[r].getLength(); ++c)
            out[r][c] = i < values.size() ? to_any(values[i++]) : ::com::sun::star::uno::Any();
    }
    return ::com::sun::star::uno::Any(out);
}

// A number argument given as a scalar or one cell: Blank when omitted or empty.
NumberReading read_number_argument(const ::com::sun::star::uno::Any& value);

} // namespace kat::addin
