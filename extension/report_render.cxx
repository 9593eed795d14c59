#include "report_render.hxx"

#include <chrono>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartDataCaption.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/ConnectorType.hpp>
#include <com/sun/star/drawing/FillStyle.hpp>
#include <com/sun/star/drawing/LineStyle.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/drawing/XShapes.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include "cell_convert.hxx"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

constexpr float box_font_points = 9.0f;

class NumberFormats {
public:
    explicit NumberFormats(const uno::Reference<frame::XModel>& model)
        : formats_(uno::Reference<util::XNumberFormatsSupplier>(model, uno::UNO_QUERY_THROW)->getNumberFormats())
    {
    }

    sal_Int32 key(NumberFormat format)
    {
        const char* code = nullptr;
        switch (format) {
        case NumberFormat::General: return 0;
        case NumberFormat::Integer: code = "#,##0"; break;
        case NumberFormat::Money: code = "#,##0.00"; break;
        case NumberFormat::Percent: code = "0.0%"; break;
        case NumberFormat::Multiple: code = "0.00\"×\""; break;
        case NumberFormat::Date: code = "YYYY-MM-DD"; break;
        }
        const rtl::OUString text = from_utf8(code);
        const lang::Locale locale("en", "US", rtl::OUString());
        sal_Int32 found = formats_->queryKey(text, locale, false);
        return found >= 0 ? found : formats_->addNew(text, locale);
    }

private:
    uno::Reference<util::XNumberFormats> formats_;
};

void set(const uno::Reference<uno::XInterface>& object, const char* name, const uno::Any& value)
{
    uno::Reference<beans::XPropertySet>(object, uno::UNO_QUERY_THROW)->setPropertyValue(rtl::OUString::createFromAscii(name), value);
}

// Looks only: a missing property on some version must not stop a report.
void set_look(const uno::Reference<uno::XInterface>& object, const char* name, const uno::Any& value)
{
    try {
        set(object, name, value);
    } catch (const uno::Exception&) {
    }
}

// Bold and size for Latin and Asian text alike: a Chinese title is set in the Asian font.
void set_weight(const uno::Reference<table::XCellRange>& range, float weight)
{
    for (const char* name : {"CharWeight", "CharWeightAsian", "CharWeightComplex"})
        set_look(range, name, uno::Any(weight));
}

void set_height(const uno::Reference<table::XCellRange>& range, float points)
{
    for (const char* name : {"CharHeight", "CharHeightAsian", "CharHeightComplex"})
        set_look(range, name, uno::Any(points));
}

void style_range(const uno::Reference<table::XCellRange>& range, CellStyle style)
{
    switch (style) {
    case CellStyle::Plain: break;
    case CellStyle::Title:
        set_weight(range, awt::FontWeight::BOLD);
        set_height(range, 16.0f);
        break;
    case CellStyle::Heading:
        set_weight(range, awt::FontWeight::BOLD);
        set_height(range, 12.0f);
        set_look(range, "CharColor", uno::Any(sal_Int32(0x1F4E79)));
        break;
    case CellStyle::TableHeader:
        set_weight(range, awt::FontWeight::BOLD);
        set_look(range, "IsTextWrapped", uno::Any(true)); // long headers stay in their column
        set_look(range, "CellBackColor", uno::Any(sal_Int32(0xDDEBF7)));
        break;
    case CellStyle::Note: set_look(range, "CharColor", uno::Any(sal_Int32(0x595959))); break;
    case CellStyle::Input: set_look(range, "CellBackColor", uno::Any(sal_Int32(0xFFF2CC))); break;
    case CellStyle::Warning: set_look(range, "CharColor", uno::Any(sal_Int32(0xC00000))); break;
    }
}

void put_item(const uno::Reference<sheet::XSpreadsheet>& sheet, const ReportItem& item, NumberFormats& formats)
{
    const sal_Int32 column = static_cast<sal_Int32>(item.column), row = static_cast<sal_Int32>(item.row);
    const sal_Int32 last_column = column + static_cast<sal_Int32>(item.columns) - 1;
    const sal_Int32 last_row = row + static_cast<sal_Int32>(item.rows) - 1;
    uno::Reference<table::XCellRange> whole = sheet->getCellRangeByPosition(column, row, last_column, last_row);
    switch (item.kind) {
    case ReportItem::Kind::Text:
        uno::Reference<text::XText>(sheet->getCellByPosition(column, row), uno::UNO_QUERY_THROW)->setString(from_utf8(item.text));
        if (item.span > 1) {
            uno::Reference<table::XCellRange> spanned =
                sheet->getCellRangeByPosition(column, row, column + static_cast<sal_Int32>(item.span) - 1, row);
            uno::Reference<util::XMergeable>(spanned, uno::UNO_QUERY_THROW)->merge(true);
            set_look(spanned, "IsTextWrapped", uno::Any(true));
            set_look(spanned, "VertJustify", uno::Any(table::CellVertJustify2::TOP));
        }
        break;
    case ReportItem::Kind::Number: sheet->getCellByPosition(column, row)->setValue(item.number); break;
    case ReportItem::Kind::Formula: sheet->getCellByPosition(column, row)->setFormula(from_utf8(item.text)); break;
    case ReportItem::Kind::ArrayFormula:
        uno::Reference<sheet::XArrayFormulaRange>(whole, uno::UNO_QUERY_THROW)->setArrayFormula(from_utf8(item.text));
        break;
    case ReportItem::Kind::Formulas: {
        uno::Sequence<uno::Sequence<rtl::OUString>> texts(static_cast<sal_Int32>(item.block.size()));
        for (std::size_t r = 0; r < item.block.size(); ++r) {
            uno::Sequence<rtl::OUString>& out = texts[static_cast<sal_Int32>(r)];
            out.realloc(static_cast<sal_Int32>(item.columns));
            for (std::size_t c = 0; c < item.columns && c < item.block[r].size(); ++c)
                out[static_cast<sal_Int32>(c)] = from_utf8(item.block[r][c].text);
        }
        uno::Reference<sheet::XCellRangeFormula>(whole, uno::UNO_QUERY_THROW)->setFormulaArray(texts);
        break;
    }
    case ReportItem::Kind::Block: {
        AnyRange rows(static_cast<sal_Int32>(item.block.size()));
        for (std::size_t r = 0; r < item.block.size(); ++r) {
            uno::Sequence<uno::Any>& out = rows[static_cast<sal_Int32>(r)];
            out.realloc(static_cast<sal_Int32>(item.columns));
            for (std::size_t c = 0; c < item.columns; ++c) {
                const TableCell cell = c < item.block[r].size() ? item.block[r][c] : TableCell::empty();
                if (cell.kind == TableCell::Kind::Number)
                    out[static_cast<sal_Int32>(c)] <<= cell.number;
                else
                    out[static_cast<sal_Int32>(c)] <<= from_utf8(cell.text);
            }
        }
        uno::Reference<sheet::XCellRangeData>(whole, uno::UNO_QUERY_THROW)->setDataArray(rows);
        break;
    }
    }
    // The first row carries the style (an array's header row); formats go per column.
    style_range(sheet->getCellRangeByPosition(column, row, last_column, row), item.style);
    for (std::size_t c = 0; c < item.formats.size() && c < item.columns; ++c)
        if (item.formats[c] != NumberFormat::General)
            set_look(sheet->getCellRangeByPosition(column + static_cast<sal_Int32>(c), row, column + static_cast<sal_Int32>(c), last_row),
                     "NumberFormat", uno::Any(formats.key(item.formats[c])));
    // A total row that holds other measures than the columns above it (amounts under rates).
    for (std::size_t c = 0; c < item.last_row_formats.size() && c < item.columns && item.rows > 1; ++c)
        if (item.last_row_formats[c] != NumberFormat::General)
            set_look(sheet->getCellByPosition(column + static_cast<sal_Int32>(c), last_row), "NumberFormat",
                     uno::Any(formats.key(item.last_row_formats[c])));
}

awt::Point cell_position(const uno::Reference<sheet::XSpreadsheet>& sheet, std::size_t row, std::size_t column)
{
    awt::Point at;
    uno::Reference<beans::XPropertySet>(sheet->getCellByPosition(static_cast<sal_Int32>(column), static_cast<sal_Int32>(row)),
                                        uno::UNO_QUERY_THROW)
        ->getPropertyValue("Position") >>= at;
    return at;
}

// LibreOffice 7.4 has no funnel type: stacked horizontal bars whose first series, the
// offset, is invisible, so each bar is centred; stages run top to bottom.
void add_chart(const uno::Reference<sheet::XSpreadsheet>& sheet, const ChartSpec& spec)
{
    uno::Reference<table::XTableCharts> charts =
        uno::Reference<table::XTableChartsSupplier>(sheet, uno::UNO_QUERY_THROW)->getCharts();
    // Chart names are unique in the whole document, and the previous report (with its
    // chart) is still there while this one is drawn.
    const rtl::OUString name = from_utf8(
        spec.name + "_" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    const awt::Point at = cell_position(sheet, spec.anchor_row, spec.anchor_column);
    const sal_Int16 sheet_index =
        uno::Reference<sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)->getRangeAddress().Sheet;
    uno::Sequence<table::CellRangeAddress> ranges(1);
    ranges[0] = table::CellRangeAddress(sheet_index, static_cast<sal_Int32>(spec.first_column), static_cast<sal_Int32>(spec.first_row),
                                        static_cast<sal_Int32>(spec.last_column), static_cast<sal_Int32>(spec.last_row));
    charts->addNewByName(name, awt::Rectangle(at.X, at.Y, static_cast<sal_Int32>(spec.width), static_cast<sal_Int32>(spec.height)),
                         ranges, true, true);

    uno::Reference<document::XEmbeddedObjectSupplier> embedded(charts->getByName(name), uno::UNO_QUERY_THROW);
    uno::Reference<chart::XChartDocument> chart(embedded->getEmbeddedObject(), uno::UNO_QUERY_THROW);
    uno::Reference<lang::XMultiServiceFactory> factory(chart, uno::UNO_QUERY_THROW);
    uno::Reference<chart::XDiagram> diagram(factory->createInstance("com.sun.star.chart.BarDiagram"), uno::UNO_QUERY_THROW);
    chart->setDiagram(diagram);
    set_look(chart, "HasMainTitle", uno::Any(true));
    set_look(chart->getTitle(), "String", uno::Any(from_utf8(spec.title)));
    set_look(chart, "HasLegend", uno::Any(!spec.funnel));
    // The chart's data sits in hidden helper columns: plot them all the same.
    set_look(diagram, "IncludeHiddenCells", uno::Any(true));
    if (!spec.funnel) {
        for (std::size_t i = 0; i < spec.colours.size(); ++i)
            set_look(diagram->getDataRowProperties(static_cast<sal_Int32>(i)), "FillColor",
                     uno::Any(static_cast<sal_Int32>(spec.colours[i])));
        return;
    }
    set_look(diagram, "Vertical", uno::Any(true)); // bars run horizontally
    set_look(diagram, "Stacked", uno::Any(true));
    uno::Reference<beans::XPropertySet> offset = diagram->getDataRowProperties(0);
    set_look(offset, "FillStyle", uno::Any(drawing::FillStyle_NONE));
    set_look(offset, "LineStyle", uno::Any(drawing::LineStyle_NONE));
    uno::Reference<beans::XPropertySet> deals = diagram->getDataRowProperties(1);
    set_look(deals, "FillColor", uno::Any(sal_Int32(0x2E75B6)));
    set_look(deals, "DataCaption", uno::Any(chart::ChartDataCaption::VALUE));
    if (uno::Reference<chart::XAxisXSupplier> axes{diagram, uno::UNO_QUERY}; axes.is())
        set_look(axes->getXAxis(), "ReverseDirection", uno::Any(true)); // first stage on top
    set_look(diagram, "HasYAxis", uno::Any(false));
}

} // namespace

void render_report(const uno::Reference<frame::XModel>& model, const uno::Reference<sheet::XSpreadsheet>& sheet,
                   const ReportSheet& report)
{
    NumberFormats formats(model);
    for (const ReportItem& item : report.items)
        put_item(sheet, item, formats);
    uno::Reference<container::XIndexAccess> columns(
        uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns(), uno::UNO_QUERY_THROW);
    for (std::size_t c = 0; c < report.column_widths.size(); ++c)
        if (report.column_widths[c] > 0)
            set_look(uno::Reference<uno::XInterface>(columns->getByIndex(static_cast<sal_Int32>(c)), uno::UNO_QUERY), "Width",
                     uno::Any(static_cast<sal_Int32>(report.column_widths[c])));
    for (const CellFill& fill : report.fills) {
        uno::Reference<table::XCellRange> area = sheet->getCellRangeByPosition(
            static_cast<sal_Int32>(fill.column), static_cast<sal_Int32>(fill.row),
            static_cast<sal_Int32>(fill.column + fill.columns - 1), static_cast<sal_Int32>(fill.row + fill.rows - 1));
        set_look(area, "CellBackColor", uno::Any(static_cast<sal_Int32>(fill.colour)));
        set_look(area, "IsTextWrapped", uno::Any(true));
        set_look(area, "VertJustify", uno::Any(table::CellVertJustify2::CENTER));
    }
    uno::Reference<container::XIndexAccess> rows(
        uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getRows(), uno::UNO_QUERY_THROW);
    for (const auto& [row, height] : report.row_heights)
        set_look(uno::Reference<uno::XInterface>(rows->getByIndex(static_cast<sal_Int32>(row)), uno::UNO_QUERY), "Height",
                 uno::Any(static_cast<sal_Int32>(height)));
    for (std::size_t c : report.hidden_columns)
        set_look(uno::Reference<uno::XInterface>(columns->getByIndex(static_cast<sal_Int32>(c)), uno::UNO_QUERY), "IsVisible",
                 uno::Any(false));
}

void render_charts(const uno::Reference<sheet::XSpreadsheet>& sheet, const ReportSheet& report)
{
    for (const ChartSpec& chart : report.charts)
        add_chart(sheet, chart);
}

MeasureText text_measure(const uno::Reference<frame::XModel>& model, const uno::Reference<sheet::XSpreadsheet>& sheet)
{
    uno::Reference<lang::XMultiServiceFactory> factory(model, uno::UNO_QUERY_THROW);
    uno::Reference<drawing::XShapes> page(uno::Reference<drawing::XDrawPageSupplier>(sheet, uno::UNO_QUERY_THROW)->getDrawPage(),
                                          uno::UNO_QUERY_THROW);
    return [factory, page](const std::string& text) {
        // A text frame that grows to its text, at the boxes' font size, measured and removed.
        uno::Reference<drawing::XShape> probe(factory->createInstance("com.sun.star.drawing.TextShape"), uno::UNO_QUERY_THROW);
        probe->setSize(awt::Size(100, 100));
        page->add(probe);
        BoxSize size;
        try {
            set(probe, "TextAutoGrowWidth", uno::Any(true));
            set(probe, "TextAutoGrowHeight", uno::Any(true));
            set_look(probe, "TextWordWrap", uno::Any(false));
            for (const char* name : {"TextLeftDistance", "TextRightDistance", "TextUpperDistance", "TextLowerDistance"})
                set_look(probe, name, uno::Any(sal_Int32(0)));
            for (const char* name : {"CharHeight", "CharHeightAsian", "CharHeightComplex"})
                set_look(probe, name, uno::Any(box_font_points));
            uno::Reference<text::XText>(probe, uno::UNO_QUERY_THROW)->setString(from_utf8(text));
            const awt::Size grown = probe->getSize();
            size.width = grown.Width;
            size.height = grown.Height;
        } catch (...) {
            page->remove(probe);
            throw;
        }
        page->remove(probe);
        return size;
    };
}

void render_org_chart(const uno::Reference<frame::XModel>& model, const uno::Reference<sheet::XSpreadsheet>& sheet,
                      const OrgChart& chart)
{
    uno::Reference<lang::XMultiServiceFactory> factory(model, uno::UNO_QUERY_THROW);
    uno::Reference<drawing::XShapes> page(uno::Reference<drawing::XDrawPageSupplier>(sheet, uno::UNO_QUERY_THROW)->getDrawPage(),
                                          uno::UNO_QUERY_THROW);
    // Below the sheet's text, wherever its rows (titles, wrapped problems) put that.
    const sal_Int32 top = cell_position(sheet, chart.drawing_row, 0).Y;
    std::vector<uno::Reference<drawing::XShape>> boxes;
    boxes.reserve(chart.boxes.size());
    for (const OrgChartBox& person : chart.boxes) {
        uno::Reference<drawing::XShape> box(factory->createInstance("com.sun.star.drawing.RectangleShape"), uno::UNO_QUERY_THROW);
        box->setPosition(awt::Point(static_cast<sal_Int32>(person.box.x), top + static_cast<sal_Int32>(person.box.y)));
        box->setSize(awt::Size(static_cast<sal_Int32>(person.box.width), static_cast<sal_Int32>(person.box.height)));
        page->add(box);
        set_look(box, "FillStyle", uno::Any(drawing::FillStyle_SOLID));
        set_look(box, "FillColor", uno::Any(static_cast<sal_Int32>(person.fill)));
        set_look(box, "LineColor", uno::Any(sal_Int32(0x404040)));
        set_look(box, "LineWidth", uno::Any(static_cast<sal_Int32>(person.line_width)));
        set_look(box, "CornerRadius", uno::Any(sal_Int32(200)));
        for (const char* name : {"CharHeight", "CharHeightAsian", "CharHeightComplex"})
            set_look(box, name, uno::Any(box_font_points));
        set_look(box, "CharColor", uno::Any(sal_Int32(0x000000)));
        // The padding the sizes were measured with, so the text is inside its box.
        set_look(box, "TextLeftDistance", uno::Any(static_cast<sal_Int32>(box_padding_x)));
        set_look(box, "TextRightDistance", uno::Any(static_cast<sal_Int32>(box_padding_x)));
        set_look(box, "TextUpperDistance", uno::Any(static_cast<sal_Int32>(box_padding_y)));
        set_look(box, "TextLowerDistance", uno::Any(static_cast<sal_Int32>(box_padding_y)));
        uno::Reference<text::XText>(box, uno::UNO_QUERY_THROW)->setString(from_utf8(person.text));
        boxes.push_back(box);
    }
    for (const OrgChartConnector& line : chart.connectors) {
        uno::Reference<drawing::XShape> connector(factory->createInstance("com.sun.star.drawing.ConnectorShape"), uno::UNO_QUERY_THROW);
        page->add(connector);
        // End points first, so the line is right even where Calc does not bind it to the
        // boxes (a document without a view); then bound, so it follows moved boxes.
        const PlacedBox& from = chart.boxes.at(line.manager_box).box;
        const PlacedBox& to = chart.boxes.at(line.report_box).box;
        set_look(connector, "StartPosition", uno::Any(awt::Point(static_cast<sal_Int32>(from.centre_x()),
                                                                 top + static_cast<sal_Int32>(from.y + from.height))));
        set_look(connector, "EndPosition",
                 uno::Any(awt::Point(static_cast<sal_Int32>(to.centre_x()), top + static_cast<sal_Int32>(to.y))));
        set(connector, "StartShape", uno::Any(boxes.at(line.manager_box)));
        set(connector, "EndShape", uno::Any(boxes.at(line.report_box)));
        set_look(connector, "StartGluePointIndex", uno::Any(sal_Int32(2))); // bottom of the manager
        set_look(connector, "EndGluePointIndex", uno::Any(sal_Int32(0)));   // top of the report
        set_look(connector, "EdgeKind", uno::Any(drawing::ConnectorType_STANDARD));
        set_look(connector, "LineColor", uno::Any(sal_Int32(0x7F7F7F)));
    }
}

} // namespace kat::addin
