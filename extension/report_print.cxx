#include "report_print.hxx"

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
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

// "Page 3 of 7" with live fields where the label has {1} (this page) and {2} (all pages),
// in the language's word order.
void page_of_pages(const uno::Reference<lang::XMultiServiceFactory>& factory, const uno::Reference<text::XText>& text,
                   Language language)
{
    text->setString(rtl::OUString());
    const uno::Reference<text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    const uno::Reference<text::XTextRange> end(cursor, uno::UNO_QUERY_THROW);
    const std::string pattern = label_text(Label::FooterPageOfPages, language);
    std::size_t from = 0;
    while (from < pattern.size()) {
        const std::size_t at = pattern.find('{', from);
        const bool field = at != std::string::npos && at + 2 < pattern.size() && pattern[at + 2] == '}' &&
                           (pattern[at + 1] == '1' || pattern[at + 1] == '2');
        const std::size_t stop = at == std::string::npos ? pattern.size() : at;
        if (stop > from || !field)
            text->insertString(end, from_utf8(pattern.substr(from, field ? stop - from : stop + 1 - from)), false);
        if (!field) {
            from = stop + 1;
            continue;
        }
        uno::Reference<text::XTextContent> content(
            factory->createInstance(pattern[at + 1] == '1' ? rtl::OUString("com.sun.star.text.TextField.PageNumber")
                                                           : rtl::OUString("com.sun.star.text.TextField.PageCount")),
            uno::UNO_QUERY_THROW);
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
        uno::Reference<sheet::XHeaderFooterContent> header(style->getPropertyValue("RightPageHeaderContent"), uno::UNO_QUERY_THROW);
        header->getLeftText()->setString(rtl::OUString());
        header->getCenterText()->setString(from_utf8(report.name));
        header->getRightText()->setString(rtl::OUString());
        style->setPropertyValue("RightPageHeaderContent", uno::Any(header));
        uno::Reference<sheet::XHeaderFooterContent> footer(style->getPropertyValue("RightPageFooterContent"), uno::UNO_QUERY_THROW);
        footer->getLeftText()->setString(rtl::OUString());
        page_of_pages(factory, footer->getCenterText(), language);
        footer->getRightText()->setString(rtl::OUString());
        style->setPropertyValue("RightPageFooterContent", uno::Any(footer));
        uno::Reference<beans::XPropertySet>(sheet, uno::UNO_QUERY_THROW)->setPropertyValue("PageStyle", uno::Any(name));

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
