#include "partner_export.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/TablePageBreakData.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetPageBreak.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XExecutableDialog.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include "source_table.hxx"
#include "ui_language.hxx"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

beans::PropertyValue property(const char* name, const uno::Any& value)
{
    beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

// A save dialog for a PDF, proposing the partner's title as the name; "" when cancelled.
rtl::OUString ask_where(const uno::Reference<uno::XComponentContext>& context, const rtl::OUString& name)
{
    uno::Reference<uno::XInterface> picker_object = context->getServiceManager()->createInstanceWithContext(
        "com.sun.star.ui.dialogs.FilePicker", context);
    uno::Reference<lang::XInitialization> init(picker_object, uno::UNO_QUERY_THROW);
    uno::Sequence<uno::Any> mode(1);
    mode[0] <<= ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION;
    init->initialize(mode);
    uno::Reference<ui::dialogs::XFilePicker> picker(picker_object, uno::UNO_QUERY_THROW);
    picker->setDefaultName(name + ".pdf");
    if (uno::Reference<ui::dialogs::XFilterManager> filters{picker, uno::UNO_QUERY}; filters.is())
        filters->appendFilter("PDF", "*.pdf");
    if (picker->execute() != 1) // ExecutableDialogResults::OK
        return rtl::OUString();
    const uno::Sequence<rtl::OUString> files = picker->getFiles();
    return files.getLength() > 0 ? files[0] : rtl::OUString();
}

} // namespace

ReportOutcome export_partner_statement(const uno::Reference<uno::XComponentContext>& context,
                                       const uno::Reference<frame::XFrame>& frame, const std::optional<std::string>& url)
{
    ReportOutcome outcome;
    const Language language = office_ui_language(context);
    const uno::Reference<frame::XModel> model = frame->getController()->getModel();
    const uno::Reference<sheet::XSpreadsheetView> view(frame->getController(), uno::UNO_QUERY);
    const rtl::OUString statements = stored_setting(model, "KeyAccount.Report.RebateStatements");
    outcome.status = label_text(Label::ExportPartnerNoPage, language);
    if (!view.is() || statements.isEmpty())
        return outcome;
    const uno::Reference<sheet::XSpreadsheet> sheet = view->getActiveSheet();
    if (!sheet.is() || uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName() != statements)
        return outcome;
    const uno::Reference<sheet::XCellRangeAddressable> selected(model->getCurrentSelection(), uno::UNO_QUERY);
    if (!selected.is())
        return outcome;
    const sal_Int32 cursor_row = selected->getRangeAddress().StartRow;

    // The partner's page: from the last manual break at or above the cursor to the next one.
    const uno::Sequence<sheet::TablePageBreakData> breaks =
        uno::Reference<sheet::XSheetPageBreak>(sheet, uno::UNO_QUERY_THROW)->getRowPageBreaks();
    sal_Int32 first = -1, after = -1;
    for (const sheet::TablePageBreakData& b : breaks) {
        if (!b.ManualBreak)
            continue;
        if (b.Position <= cursor_row)
            first = b.Position;
        else if (after < 0)
            after = b.Position;
    }
    if (first < 0)
        return outcome;
    const uno::Reference<sheet::XSheetCellCursor> used = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(used, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const table::CellRangeAddress end = uno::Reference<sheet::XCellRangeAddressable>(used, uno::UNO_QUERY_THROW)->getRangeAddress();
    const sal_Int32 last = after < 0 ? end.EndRow : after - 1;
    const uno::Reference<table::XCellRange> page = sheet->getCellRangeByPosition(0, first, end.EndColumn, last);

    const rtl::OUString title = uno::Reference<text::XText>(sheet->getCellByPosition(0, first), uno::UNO_QUERY_THROW)->getString();
    const rtl::OUString target = url ? from_utf8(*url) : ask_where(context, title);
    if (target.isEmpty()) {
        outcome.status.clear(); // the user cancelled: nothing to say
        return outcome;
    }
    uno::Sequence<beans::PropertyValue> filter_data(1);
    filter_data[0] = property("Selection", uno::Any(page));
    uno::Sequence<beans::PropertyValue> arguments(2);
    arguments[0] = property("FilterName", uno::Any(rtl::OUString("calc_pdf_Export")));
    arguments[1] = property("FilterData", uno::Any(filter_data));
    uno::Reference<frame::XStorable>(model, uno::UNO_QUERY_THROW)->storeToURL(target, arguments);
    outcome.built = true;
    outcome.sheet = to_utf8(target);
    outcome.status = format_label(Label::ExportedPartner, language, {to_utf8(title)});
    return outcome;
}

} // namespace kat::addin
