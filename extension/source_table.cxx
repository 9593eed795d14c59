#include "source_table.hxx"

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
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "cell_convert.hxx"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

const char* kind_key(TableKind kind)
{
    switch (kind) {
    case TableKind::Opportunities: return "KeyAccount.Mapping.Opportunities";
    case TableKind::PartnerLedger: return "KeyAccount.Mapping.PartnerLedger";
    case TableKind::Stakeholders: break;
    }
    return "KeyAccount.Mapping.Stakeholders";
}

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

// "Sheet|row,column|header_row|mapping": where a mapping applies and what it is.
std::string place_key(const SourcePlace& place)
{
    return place.sheet + "|" + std::to_string(place.first_row) + "," + std::to_string(place.first_column);
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

Result<SourceTable> table_under_cursor(const uno::Reference<frame::XModel>& model, TableKind kind)
{
    uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(), uno::UNO_QUERY);
    if (!view.is())
        return make_error(ErrorKind::BadArgument, "no spreadsheet view");
    uno::Reference<sheet::XSpreadsheet> sheet = view->getActiveSheet();
    uno::Reference<sheet::XCellRangeAddressable> sheet_address(sheet, uno::UNO_QUERY);
    const table::CellAddress cell = current_cell(model->getCurrentController(), sheet_address->getRangeAddress().Sheet);

    // The current region around the cell: the block Calc itself would select with Ctrl+*.
    uno::Reference<sheet::XSheetCellRange> start(sheet->getCellRangeByPosition(cell.Column, cell.Row, cell.Column, cell.Row),
                                                 uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursorByRange(start);
    cursor->collapseToCurrentRegion();
    const table::CellRangeAddress region = uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress();
    const uno::Sequence<uno::Sequence<uno::Any>> data =
        uno::Reference<sheet::XCellRangeData>(cursor, uno::UNO_QUERY_THROW)->getDataArray();

    SourceTable source;
    source.grid.reserve(static_cast<std::size_t>(data.getLength()));
    for (const uno::Sequence<uno::Any>& row : data) {
        std::vector<Cell> cells;
        cells.reserve(static_cast<std::size_t>(row.getLength()));
        for (const uno::Any& value : row)
            cells.push_back(cell_from_any(value));
        source.grid.push_back(std::move(cells));
    }
    source.place.sheet = to_utf8(uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName());
    source.place.first_row = static_cast<std::size_t>(region.StartRow);
    source.place.first_column = static_cast<std::size_t>(region.StartColumn);

    // A mapping the document keeps for this very place wins over detection.
    const rtl::OUString key = rtl::OUString::createFromAscii(kind_key(kind));
    const std::string stored = to_utf8(stored_setting(model, key));
    const std::string here = place_key(source.place) + "|";
    if (stored.rfind(here, 0) == 0) {
        const std::string rest = stored.substr(here.size());
        const std::size_t bar = rest.find('|');
        if (bar != std::string::npos) {
            const std::size_t header_row = static_cast<std::size_t>(std::stoul("0" + rest.substr(0, bar)));
            ColumnMapping mapping = mapping_from_text(rest.substr(bar + 1));
            if (header_row < source.grid.size() && !mapping.columns.empty()) {
                source.table = table_with_mapping(source.grid, kind, header_row, std::move(mapping));
                return source;
            }
        }
    }
    Result<DetectedTable> detected = detect_table(source.grid, kind);
    if (!detected.ok())
        return detected.error();
    source.table = std::move(detected.value());
    store_setting(model, key,
                  from_utf8(here + std::to_string(source.table.header_row) + "|" + mapping_to_text(source.table.mapping)));
    return source;
}

} // namespace kat::addin
