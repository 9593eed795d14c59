// Cells (UNO anys) ⇄ core types, and core errors → Calc error values. The only place
// that knows how Calc hands ranges to an add-in and how it reads errors back.
#pragma once

#include <vector>

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include "result.hpp"
#include "values/cell.hpp"

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

} // namespace kat::addin
