#include "source_table.hxx"

#include "accounts/account_fit.hpp"

#include <algorithm>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "cell_convert.hxx"
#include "tables/saved_mapping.hpp"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

// The current cell: the selection's first cell (a range, a multi-selection), else A1.
table::CellAddress current_cell(const uno::Reference<frame::XController>& controller, sal_Int16 sheet)
{
    table::CellAddress cell(sheet, 0, 0);
    uno::Reference<view::XSelectionSupplier> selection(controller, uno::UNO_QUERY);
    if (!selection.is())
        return cell;
    const uno::Any selected = selection->getSelection();
    uno::Reference<sheet::XCellRangeAddressable> range(selected, uno::UNO_QUERY);
    if (!range.is()) {
        uno::Reference<sheet::XSheetCellRanges> ranges(selected, uno::UNO_QUERY);
        if (ranges.is() && ranges->getCount() > 0)
            range.set(ranges->getByIndex(0), uno::UNO_QUERY);
    }
    if (range.is()) {
        const table::CellRangeAddress address = range->getRangeAddress();
        if (address.Sheet == sheet) {
            cell.Column = address.StartColumn;
            cell.Row = address.StartRow;
        }
    }
    return cell;
}

} // namespace

rtl::OUString stored_setting(const uno::Reference<frame::XModel>& model, const rtl::OUString& name)
{
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(model, uno::UNO_QUERY);
    if (!supplier.is())
        return {};
    uno::Reference<beans::XPropertySet> properties(supplier->getDocumentProperties()->getUserDefinedProperties(), uno::UNO_QUERY);
    rtl::OUString value;
    if (properties.is() && properties->getPropertySetInfo()->hasPropertyByName(name))
        properties->getPropertyValue(name) >>= value;
    return value;
}

void store_setting(const uno::Reference<frame::XModel>& model, const rtl::OUString& name, const rtl::OUString& value)
{
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(model, uno::UNO_QUERY);
    if (!supplier.is())
        return;
    uno::Reference<beans::XPropertyContainer> container = supplier->getDocumentProperties()->getUserDefinedProperties();
    uno::Reference<beans::XPropertySet> properties(container, uno::UNO_QUERY);
    if (properties->getPropertySetInfo()->hasPropertyByName(name))
        properties->setPropertyValue(name, uno::Any(value));
    else
        container->addProperty(name, beans::PropertyAttribute::REMOVABLE, uno::Any(value));
}

bool SheetRegion::same_place(const SheetRegion& other) const
{
    return sheet_name == other.sheet_name && address.Sheet == other.address.Sheet && address.StartRow == other.address.StartRow &&
           address.StartColumn == other.address.StartColumn && address.EndRow == other.address.EndRow &&
           address.EndColumn == other.address.EndColumn;
}

std::optional<SheetRegion> region_around(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row)
{
    if (!sheet.is())
        return std::nullopt;
    SheetRegion region;
    region.sheet = sheet;
    uno::Reference<sheet::XSheetCellRange> start(sheet->getCellRangeByPosition(column, row, column, row), uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursorByRange(start);
    cursor->collapseToCurrentRegion();
    region.address = uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress();
    region.sheet_name = to_utf8(uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName());
    return region;
}

std::optional<SheetRegion> region_under_cursor(const uno::Reference<frame::XModel>& model)
{
    uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(), uno::UNO_QUERY);
    if (!view.is())
        return std::nullopt;
    const uno::Reference<sheet::XSpreadsheet> sheet = view->getActiveSheet();
    if (!sheet.is())
        return std::nullopt;
    uno::Reference<sheet::XCellRangeAddressable> sheet_address(sheet, uno::UNO_QUERY_THROW);
    const table::CellAddress cell = current_cell(model->getCurrentController(), sheet_address->getRangeAddress().Sheet);
    return region_around(sheet, cell.Column, cell.Row);
}

void store_mapping(const uno::Reference<frame::XModel>& model, TableKind kind, const SourcePlace& place,
                   std::size_t header_row, const ColumnMapping& mapping)
{
    store_setting(model, from_utf8(saved_mapping_key(kind)), from_utf8(saved_mapping_text(place, header_row, mapping)));
}

Result<SourceTable> table_in_region(const uno::Reference<frame::XModel>& model, const SheetRegion& region, TableKind kind,
                                    bool remember)
{
    const table::CellRangeAddress& a = region.address;
    const uno::Sequence<uno::Sequence<uno::Any>> data =
        uno::Reference<sheet::XCellRangeData>(region.sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow),
                                              uno::UNO_QUERY_THROW)
            ->getDataArray();

    SourceTable source;
    source.grid.reserve(static_cast<std::size_t>(data.getLength()));
    for (const uno::Sequence<uno::Any>& row : data) {
        std::vector<Cell> cells;
        cells.reserve(static_cast<std::size_t>(row.getLength()));
        for (const uno::Any& value : row)
            cells.push_back(cell_from_any(value));
        source.grid.push_back(std::move(cells));
    }
    source.place.sheet = region.sheet_name;
    source.place.first_row = static_cast<std::size_t>(a.StartRow);
    source.place.first_column = static_cast<std::size_t>(a.StartColumn);

    // A mapping the document keeps for this very place wins over detection.
    if (std::optional<DetectedTable> saved =
            saved_mapping_table(to_utf8(stored_setting(model, from_utf8(saved_mapping_key(kind)))), source.place, source.grid, kind)) {
        source.table = std::move(*saved);
        return source;
    }
    Result<DetectedTable> detected = detect_table(source.grid, kind);
    if (!detected.ok())
        return detected.error();
    source.table = std::move(detected.value());
    if (remember)
        store_mapping(model, kind, source.place, source.table.header_row, source.table.mapping);
    return source;
}

namespace {

// The block around A1 of every sheet, in sheet order: where the workbook-wide lookups look
// (the key-people sheet, the accounts' ratings, the deals with a campaign column).
std::vector<SheetRegion> regions_at_top(const uno::Reference<frame::XModel>& model)
{
    std::vector<SheetRegion> regions;
    uno::Reference<sheet::XSpreadsheetDocument> document(model, uno::UNO_QUERY);
    if (!document.is())
        return regions;
    uno::Reference<container::XIndexAccess> sheets(document->getSheets(), uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        if (std::optional<SheetRegion> region = region_around(uno::Reference<sheet::XSpreadsheet>(sheets->getByIndex(i), uno::UNO_QUERY), 0, 0))
            regions.push_back(std::move(*region));
    return regions;
}

} // namespace

std::optional<SourceTable> first_table_with(const uno::Reference<frame::XModel>& model, TableKind kind,
                                            std::initializer_list<Field> fields)
{
    const auto has_all = [&](const SourceTable& t) {
        return std::all_of(fields.begin(), fields.end(), [&](Field f) { return t.table.mapping.has(f); });
    };
    for (const SheetRegion& found : regions_at_top(model)) {
        const std::optional<SheetRegion> region = found;
        // The header is among the first rows: look there before reading a whole table (the
        // deals sheet itself may hold 10⁵ rows; the sidebar asks on every refresh).
        SheetRegion top = *region;
        top.address.EndRow = std::min(top.address.EndRow, top.address.StartRow + 19);
        const Result<SourceTable> head = table_in_region(model, top, kind, false);
        if (!head.ok() || !has_all(head.value()))
            continue;
        Result<SourceTable> whole = table_in_region(model, *region, kind, false);
        if (whole.ok() && has_all(whole.value()))
            return std::move(whole.value());
    }
    return std::nullopt;
}

std::optional<SourceTable> stakeholders_with_deals(const uno::Reference<frame::XModel>& model)
{
    return first_table_with(model, TableKind::Stakeholders, {Field::DealName, Field::Role});
}

std::optional<sal_Int32> cursor_row(const uno::Reference<frame::XModel>& model)
{
    uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(), uno::UNO_QUERY);
    if (!view.is() || !view->getActiveSheet().is())
        return std::nullopt;
    uno::Reference<sheet::XCellRangeAddressable> sheet_address(view->getActiveSheet(), uno::UNO_QUERY_THROW);
    return current_cell(model->getCurrentController(), sheet_address->getRangeAddress().Sheet).Row;
}

std::optional<double> account_fit_in_workbook(const uno::Reference<frame::XModel>& model, const std::string& account)
{
    if (account.empty())
        return std::nullopt;
    for (const SheetRegion& found : regions_at_top(model)) {
        const std::optional<SheetRegion> region = found;
        // A rating sheet lists accounts, not deals: a few thousand rows at most are read.
        table::CellRangeAddress a = region->address;
        a.EndRow = std::min(a.EndRow, a.StartRow + 5000);
        const uno::Sequence<uno::Sequence<uno::Any>> data =
            uno::Reference<sheet::XCellRangeData>(region->sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow),
                                                  uno::UNO_QUERY_THROW)
                ->getDataArray();
        Grid grid;
        grid.reserve(static_cast<std::size_t>(data.getLength()));
        for (const uno::Sequence<uno::Any>& row : data) {
            std::vector<Cell> cells;
            for (const uno::Any& value : row)
                cells.push_back(cell_from_any(value));
            grid.push_back(std::move(cells));
        }
        if (const std::optional<double> fit = fit_in_grid(grid, account))
            return fit;
    }
    return std::nullopt;
}

Result<SourceTable> table_under_cursor(const uno::Reference<frame::XModel>& model, TableKind kind)
{
    const std::optional<SheetRegion> region = region_under_cursor(model);
    if (!region)
        return make_error(ErrorKind::BadArgument, "no spreadsheet view");
    return table_in_region(model, *region, kind, true);
}

} // namespace kat::addin
