// The user's table under the current cell: read in one block, detected or mapped as the
// document remembers, and the mapping written back to the document's properties so it
// survives save and reload (.ods and .xlsx keep custom properties).
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include "reports/report_sheet.hpp"
#include "tables/table_mapping.hpp"

namespace kat::addin {

struct SourceTable {
    Grid grid;
    DetectedTable table;
    SourcePlace place;
};

// The block of cells around the current cell of the active sheet (what Ctrl+* selects).
struct SheetRegion {
    ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet> sheet;
    std::string sheet_name;
    ::com::sun::star::table::CellRangeAddress address;

    bool same_place(const SheetRegion& other) const;
};
std::optional<SheetRegion> region_around(const ::com::sun::star::uno::Reference<::com::sun::star::sheet::XSpreadsheet>& sheet,
                                         sal_Int32 column, sal_Int32 row);
std::optional<SheetRegion> region_under_cursor(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model);

// The table in a region, for a kind of table: read in one block; a mapping the document
// keeps for the same place is used as it is, otherwise the header row is detected. Only
// when `remember` is set is a detected mapping written to the document (a report build
// does; the sidebar browsing the sheet must not touch the document).
Result<SourceTable> table_in_region(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                                    const SheetRegion& region, TableKind kind, bool remember);

// table_in_region of region_under_cursor, remembering the mapping. The error says what
// was wrong, in plain words.
Result<SourceTable> table_under_cursor(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                                       TableKind kind);

// A stakeholder table whose people say which deal they belong to (a 商机 / Deal column
// beside the role): the table around A1 of the first sheet that has one, for the funnel
// report's forecast-hygiene block. Reads, never writes, the document.
std::optional<SourceTable> stakeholders_with_deals(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model);

// The table of that kind around A1 of the first sheet whose header maps all those fields
// (e.g. an opportunity table with a campaign column, for the event report). Reads only.
std::optional<SourceTable> first_table_with(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                                            TableKind kind, std::initializer_list<Field> fields);

// The sheet row of the current cell of the active sheet; none without a spreadsheet view.
std::optional<sal_Int32> cursor_row(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model);

// The account's fit to the ideal customer, from the first sheet that rates accounts as
// core's fit_in_grid reads them (the table around its A1); none when no sheet does.
std::optional<double> account_fit_in_workbook(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                                              const std::string& account);

// Keeps a mapping the user fixed for a table's place.
void store_mapping(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model, TableKind kind,
                   const SourcePlace& place, std::size_t header_row, const ColumnMapping& mapping);

// Document properties the extension keeps ("KeyAccount.…"): "" when absent.
rtl::OUString stored_setting(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                             const rtl::OUString& name);
void store_setting(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XModel>& model,
                   const rtl::OUString& name, const rtl::OUString& value);

} // namespace kat::addin
