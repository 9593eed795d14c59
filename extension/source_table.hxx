// The user's table under the current cell: read in one block, detected or mapped as the
// document remembers, and the mapping written back to the document's properties so it
// survives save and reload (.ods and .xlsx keep custom properties).
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "reports/report_sheet.hpp"
#include "tables/table_mapping.hpp"

namespace kat::addin {

struct SourceTable {
    Grid grid;
    DetectedTable table;
    SourcePlace place;
};

// The table around the current cell of the active sheet, for a kind of table. A stored
// mapping for the same place is used as it is; otherwise the header row is detected and
// the result stored. The error says what was wrong, in plain words.
Result<SourceTable> table_under_cursor(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                                       TableKind kind);

// Document properties the extension keeps ("KeyAccount.…"): "" when absent.
rtl::OUString stored_setting(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                             const rtl::OUString& name);
void store_setting(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                   const rtl::OUString& name, const rtl::OUString& value);

} // namespace kat::addin
