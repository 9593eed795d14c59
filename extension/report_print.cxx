#include "report_print.hxx"

#include <algorithm>
#include <vector>

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include "error_log.hxx"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

// A header or footer text from a label whose {1}, {2} are live fields (this page, all
// pages, today), in the language's word order: "Page {1} of {2}", "打印日期：{1}".
void text_with_fields(const uno::Reference<lang::XMultiServiceFactory>& factory, const uno::Reference<text::XText>& text,
                      const std::string& pattern, const std::vector<const char*>& fields)
{
    text->setString(rtl::OUString());
    const uno::Reference<text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    const uno::Reference<text::XTextRange> end(cursor, uno::UNO_QUERY_THROW);
    std::size_t from = 0;
    while (from < pattern.size()) {
        const std::size_t at = pattern.find('{', from);
        const std::size_t field_number = at != std::string::npos && at + 2 < pattern.size() && pattern[at + 2] == '}'
                                             ? static_cast<std::size_t>(pattern[at + 1] - '0')
                                             : 0;
        const bool field = field_number >= 1 && field_number <= fields.size();
        const std::size_t stop = at == std::string::npos ? pattern.size() : at;
        if (stop > from || !field)
            text->insertString(end, from_utf8(pattern.substr(from, field ? stop - from : stop + 1 - from)), false);
        if (!field) {
            from = stop + 1;
            continue;
        }
        uno::Reference<text::XTextContent> content(factory->createInstance(rtl::OUString::createFromAscii(fields[field_number - 1])),
                                                   uno::UNO_QUERY_THROW);
        // A date-time field shows the time unless told otherwise; ours are dates.
        uno::Reference<beans::XPropertySet> properties(content, uno::UNO_QUERY);
        if (properties.is() && properties->getPropertySetInfo()->hasPropertyByName("IsDate"))
            properties->setPropertyValue("IsDate", uno::Any(true));
        text->insertTextContent(end, content, false);
        from = at + 3;
    }
}

uno::Reference<beans::XPropertySet> report_page_style(const uno::Reference<frame::XModel>& model, const rtl::OUString& name)
{
    uno::Reference<container::XNameContainer> styles(
        uno::Reference<style::XStyleFamiliesSupplier>(model, uno::UNO_QUERY_THROW)->getStyleFamilies()->getByName("PageStyles"),
        uno::UNO_QUERY_THROW);
    if (!styles->hasByName(name)) {
        uno::Reference<uno::XInterface> style =
            uno::Reference<lang::XMultiServiceFactory>(model, uno::UNO_QUERY_THROW)->createInstance("com.sun.star.style.PageStyle");
        styles->insertByName(name, uno::Any(style));
    }
    return uno::Reference<beans::XPropertySet>(styles->getByName(name), uno::UNO_QUERY_THROW);
}

} // namespace

rtl::OUString report_page_style_name(const std::string& report_name)
{
    return from_utf8("KeyAccount " + report_name);
}

void apply_page_setup(const uno::Reference<uno::XComponentContext>& context, const uno::Reference<frame::XModel>& model, const uno::Reference<sheet::XSpreadsheet>& sheet,
                      const ReportSheet& report, Language language)
{
    try {
        // One style per report kind, named as the report: a user can still adjust it in
        // Format ▸ Page Style, and the next build of that report applies the same.
        const rtl::OUString name = report_page_style_name(report.name);
        const uno::Reference<beans::XPropertySet> style = report_page_style(model, name);
        awt::Size size;
        style->getPropertyValue("Size") >>= size;
        const bool wide = size.Width > size.Height;
        if (wide != report.page.landscape) {
            style->setPropertyValue("IsLandscape", uno::Any(report.page.landscape));
            style->setPropertyValue("Size", uno::Any(awt::Size(size.Height, size.Width)));
        }
        style->setPropertyValue("ScaleToPagesX", uno::Any(static_cast<sal_Int16>(report.page.pages_wide)));
        style->setPropertyValue("ScaleToPagesY", uno::Any(static_cast<sal_Int16>(report.page.pages_tall)));
        style->setPropertyValue("CenterHorizontally", uno::Any(false));
        style->setPropertyValue("HeaderIsOn", uno::Any(true));
        style->setPropertyValue("FooterIsOn", uno::Any(true));
        const uno::Reference<lang::XMultiServiceFactory> factory(model, uno::UNO_QUERY_THROW);
        // Header: where the data comes from, the report, the day it is printed (a live date:
        // the report's formulas are live, so the day printed is the day of its figures).
        uno::Reference<sheet::XHeaderFooterContent> header(style->getPropertyValue("RightPageHeaderContent"), uno::UNO_QUERY_THROW);
        header->getLeftText()->setString(report.page.source.empty()
                                             ? rtl::OUString()
                                             : from_utf8(format_label(Label::HeaderSource, language, {report.page.source})));
        header->getCenterText()->setString(from_utf8(report.name));
        text_with_fields(factory, header->getRightText(), label_text(Label::HeaderPrintedOn, language),
                         {"com.sun.star.text.TextField.DateTime"});
        style->setPropertyValue("RightPageHeaderContent", uno::Any(header));
        uno::Reference<sheet::XHeaderFooterContent> footer(style->getPropertyValue("RightPageFooterContent"), uno::UNO_QUERY_THROW);
        footer->getLeftText()->setString(rtl::OUString());
        text_with_fields(factory, footer->getCenterText(), label_text(Label::FooterPageOfPages, language),
                         {"com.sun.star.text.TextField.PageNumber", "com.sun.star.text.TextField.PageCount"});
        footer->getRightText()->setString(rtl::OUString());
        style->setPropertyValue("RightPageFooterContent", uno::Any(footer));
        uno::Reference<beans::XPropertySet>(sheet, uno::UNO_QUERY_THROW)->setPropertyValue("PageStyle", uno::Any(name));

        // Rows above print_from_row are for the screen: the print range starts below them.
        if (report.page.print_from_row) {
            uno::Reference<sheet::XSheetCellCursor> used = sheet->createCursor();
            uno::Reference<sheet::XUsedAreaCursor>(used, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
            const table::CellRangeAddress end = uno::Reference<sheet::XCellRangeAddressable>(used, uno::UNO_QUERY_THROW)->getRangeAddress();
            const sal_Int32 first = static_cast<sal_Int32>(*report.page.print_from_row);
            uno::Sequence<table::CellRangeAddress> printed(1);
            printed[0] = table::CellRangeAddress(end.Sheet, 0, first, end.EndColumn, std::max(end.EndRow, first));
            uno::Reference<sheet::XPrintAreas>(sheet, uno::UNO_QUERY_THROW)->setPrintAreas(printed);
        }
        uno::Reference<container::XIndexAccess> rows(
            uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getRows(), uno::UNO_QUERY_THROW);
        for (std::size_t row : report.page.breaks_before_rows)
            uno::Reference<beans::XPropertySet>(rows->getByIndex(static_cast<sal_Int32>(row)), uno::UNO_QUERY_THROW)
                ->setPropertyValue("IsStartOfNewPage", uno::Any(true));
    } catch (const uno::Exception& e) {
        log_internal_error(context, "page setup of " + report.name, to_utf8(e.Message));
    }
}

} // namespace kat::addin
