// Cells (UNO anys) ⇄ core types, and core errors → Calc error values. The only place
// that knows how Calc hands ranges to an add-in and how it reads errors back.
#pragma once

#include <vector>

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include "result.hpp"
#include "table.hpp"
#include "values/cell.hpp"
#include "uno_text.hxx"

namespace kat::addin {

using AnyRange = ::com::sun::star::uno::Sequence<::com::sun::star::uno::Sequence<::com::sun::star::uno::Any>>;

Cell cell_from_any(const ::com::sun::star::uno::Any& value);

// Calc reads a NaN whose low bits hold an error code as that error (#N/A, #VALUE!, …).
double calc_error_value(ErrorKind kind);
::com::sun::star::uno::Any error_any(ErrorKind kind);

// An array result: numbers, text, empty cells and per-cell errors.
::com::sun::star::uno::Any table_any(const Table& table);

// Today as Calc counts days (serial since 1899-12-30), in the machine's local time zone.
double today_serial();

} // namespace kat::addin
