#include "starter_workbook.hxx"

#include <ctime>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include "cell_convert.hxx"
#include "reports/starter_workbook.hpp"
#include "ui_language.hxx"
#include "uno_text.hxx"
#include "workbook_settings.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

// Rows a drop-down list and a number format reach: far more than a rep's table, far less
// than a whole column (which would make the file heavy).
constexpr sal_Int32 prepared_rows = 2000;


sal_Int32 format_key(const uno::Reference<util::XNumberFormats>& formats, NumberFormat format)
{
    const char* code = format == NumberFormat::Money ? "#,##0" : format == NumberFormat::Percent ? "0%"
                     : format == NumberFormat::Date  ? "YYYY-MM-DD" : nullptr;
    if (!code)
        return 0;
    const lang::Locale locale("en", "US", rtl::OUString());
    const sal_Int32 found = formats->queryKey(rtl::OUString::createFromAscii(code), locale, false);
    return found >= 0 ? found : formats->addNew(rtl::OUString::createFromAscii(code), locale);
}

// "\"a\";\"b\"": a validation list as Calc's formula text.
rtl::OUString list_formula(const std::vector<std::string>& words)
{
    std::string text;
    for (const std::string& w : words)
        text += (text.empty() ? "" : ";") + std::string("\"") + w + "\"";
    return from_utf8(text);
}

void fill_sheet(const uno::Reference<sheet::XSpreadsheet>& sheet, const StarterSheet& plan,
                const uno::Reference<util::XNumberFormats>& formats)
{
    const sal_Int32 columns = static_cast<sal_Int32>(plan.rows.front().size());
    const sal_Int32 rows = static_cast<sal_Int32>(plan.rows.size());
    AnyRange data;
    table_any(plan.rows) >>= data;
    uno::Reference<sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, 0, columns - 1, rows - 1), uno::UNO_QUERY_THROW)
        ->setDataArray(data);
    uno::Reference<beans::XPropertySet> header(sheet->getCellRangeByPosition(0, 0, columns - 1, 0), uno::UNO_QUERY_THROW);
    for (const char* name : {"CharWeight", "CharWeightAsian"})
        header->setPropertyValue(rtl::OUString::createFromAscii(name), uno::Any(awt::FontWeight::BOLD));
    header->setPropertyValue("CellBackColor", uno::Any(sal_Int32(0xDDEBF7)));
    uno::Reference<container::XIndexAccess> widths(
        uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns(), uno::UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < columns; ++c) {
        uno::Reference<beans::XPropertySet> body(sheet->getCellRangeByPosition(c, 1, c, prepared_rows), uno::UNO_QUERY_THROW);
        if (static_cast<std::size_t>(c) < plan.formats.size() && plan.formats[c] != NumberFormat::General)
            body->setPropertyValue("NumberFormat", uno::Any(format_key(formats, plan.formats[c])));
        if (static_cast<std::size_t>(c) < plan.choices.size() && !plan.choices[c].empty()) {
            uno::Reference<beans::XPropertySet> validation(body->getPropertyValue("Validation"), uno::UNO_QUERY_THROW);
            validation->setPropertyValue("Type", uno::Any(sheet::ValidationType_LIST));
            validation->setPropertyValue("ShowList", uno::Any(sal_Int16(1))); // as listed (funnel order)
            validation->setPropertyValue("ShowErrorMessage", uno::Any(false)); // own words stay allowed
            validation->setPropertyValue("IgnoreBlankCells", uno::Any(true));
            uno::Reference<sheet::XSheetCondition>(validation, uno::UNO_QUERY_THROW)->setFormula1(list_formula(plan.choices[c]));
            body->setPropertyValue("Validation", uno::Any(validation));
        }
        if (static_cast<std::size_t>(c) < plan.widths.size())
            uno::Reference<beans::XPropertySet>(widths->getByIndex(c), uno::UNO_QUERY_THROW)
                ->setPropertyValue("Width", uno::Any(static_cast<sal_Int32>(plan.widths[c])));
    }
}

} // namespace

ReportOutcome create_starter_workbook(const uno::Reference<uno::XComponentContext>& context, const uno::Reference<frame::XFrame>& frame)
{
    ReportOutcome outcome;
    const Language language = office_ui_language(context);
    StageModelSetting kept;
    if (frame.is() && frame->getController().is())
        if (uno::Reference<frame::XModel> current = frame->getController()->getModel(); current.is())
            kept = stored_stage_model(current);
    const StageModel* model = kept.name.empty() || kept.name == "custom" ? nullptr : StageModel::built_in(kept.name);
    const std::vector<StarterSheet> plan = starter_workbook(model ? *model : StageModel::customer7(), today_serial(), language);

    uno::Reference<frame::XComponentLoader> desktop(frame::Desktop::create(context), uno::UNO_QUERY_THROW);
    const uno::Reference<frame::XModel> doc(
        desktop->loadComponentFromURL("private:factory/scalc", "_blank", 0, uno::Sequence<beans::PropertyValue>()), uno::UNO_QUERY_THROW);
    const uno::Reference<sheet::XSpreadsheets> sheets = uno::Reference<sheet::XSpreadsheetDocument>(doc, uno::UNO_QUERY_THROW)->getSheets();
    const uno::Reference<util::XNumberFormats> formats =
        uno::Reference<util::XNumberFormatsSupplier>(doc, uno::UNO_QUERY_THROW)->getNumberFormats();
    uno::Reference<container::XIndexAccess> existing(sheets, uno::UNO_QUERY_THROW);
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const rtl::OUString name = from_utf8(plan[i].name);
        if (i == 0)
            uno::Reference<container::XNamed>(existing->getByIndex(0), uno::UNO_QUERY_THROW)->setName(name);
        else
            sheets->insertNewByName(name, static_cast<sal_Int16>(i));
        fill_sheet(uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY_THROW), plan[i], formats);
    }
    // The header row stays in view on every sheet; the rep starts in the first example deal.
    if (uno::Reference<sheet::XSpreadsheetView> view{doc->getCurrentController(), uno::UNO_QUERY}; view.is()) {
        for (sal_Int32 i = static_cast<sal_Int32>(plan.size()) - 1; i >= 0; --i) {
            view->setActiveSheet(uno::Reference<sheet::XSpreadsheet>(existing->getByIndex(i), uno::UNO_QUERY_THROW));
            if (uno::Reference<sheet::XViewFreezable> freeze{view, uno::UNO_QUERY}; freeze.is())
                freeze->freezeAtPosition(0, 1);
        }
        if (uno::Reference<view::XSelectionSupplier> select{view, uno::UNO_QUERY}; select.is())
            select->select(uno::Any(uno::Reference<sheet::XSpreadsheet>(existing->getByIndex(0), uno::UNO_QUERY_THROW)
                                        ->getCellRangeByName("A2")));
    }
    if (uno::Reference<util::XModifiable> modified{doc, uno::UNO_QUERY}; modified.is())
        modified->setModified(false); // nothing of the user's to lose yet
    outcome.built = true;
    outcome.sheet = plan.front().name;
    outcome.status = label_text(Label::StarterCreated, language);
    return outcome;
}

} // namespace kat::addin
