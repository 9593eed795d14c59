#include "report_undo.hxx"

#include <mutex>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerListener.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include "report_print.hxx"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {


// The sheets the extension built, as the workbook remembers them.
std::vector<rtl::OUString> report_sheet_names(const uno::Reference<frame::XModel>& model)
{
    std::vector<rtl::OUString> names;
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(model, uno::UNO_QUERY);
    if (!supplier.is())
        return names;
    uno::Reference<beans::XPropertySet> properties(supplier->getDocumentProperties()->getUserDefinedProperties(), uno::UNO_QUERY);
    if (!properties.is())
        return names;
    const rtl::OUString prefix = rtl::OUString::createFromAscii(report_setting_prefix);
    for (const beans::Property& property : properties->getPropertySetInfo()->getProperties()) {
        rtl::OUString sheet;
        if (property.Name.startsWith(prefix) && (properties->getPropertyValue(property.Name) >>= sheet) && !sheet.isEmpty())
            names.push_back(sheet);
    }
    return names;
}

// "Org chart" for the step "Org chart"; "Org chart 2" too (a user's sheet had the name).
bool built_by_step(const rtl::OUString& sheet, const rtl::OUString& step)
{
    return sheet == step || sheet.startsWith(step + " ");
}

void restore_page_styles(const uno::Reference<frame::XModel>& model, const rtl::OUString& step)
{
    if (step.isEmpty())
        return;
    const rtl::OUString style = report_page_style_name(to_utf8(step));
    uno::Reference<container::XNameAccess> page_styles(
        uno::Reference<style::XStyleFamiliesSupplier>(model, uno::UNO_QUERY_THROW)->getStyleFamilies()->getByName("PageStyles"),
        uno::UNO_QUERY_THROW);
    if (!page_styles->hasByName(style))
        return; // not one of our steps
    uno::Reference<container::XNameAccess> sheets(uno::Reference<sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets(),
                                                  uno::UNO_QUERY_THROW);
    for (const rtl::OUString& name : report_sheet_names(model)) {
        if (!built_by_step(name, step) || !sheets->hasByName(name))
            continue;
        uno::Reference<beans::XPropertySet> sheet(sheets->getByName(name), uno::UNO_QUERY_THROW);
        rtl::OUString current;
        sheet->getPropertyValue("PageStyle") >>= current;
        if (current == "Default") // what Calc's undo leaves; a style the user chose stays
            sheet->setPropertyValue("PageStyle", uno::Any(style));
    }
}

class PageStyleKeeper : public cppu::WeakImplHelper1<document::XUndoManagerListener> {
public:
    explicit PageStyleKeeper(const uno::Reference<frame::XModel>& model) : model_(model) {}

    void SAL_CALL actionUndone(const document::UndoManagerEvent& event) override { restore(event.UndoActionTitle); }
    void SAL_CALL actionRedone(const document::UndoManagerEvent& event) override { restore(event.UndoActionTitle); }
    void SAL_CALL undoActionAdded(const document::UndoManagerEvent&) override {}
    void SAL_CALL allActionsCleared(const lang::EventObject&) override {}
    void SAL_CALL redoActionsCleared(const lang::EventObject&) override {}
    void SAL_CALL resetAll(const lang::EventObject&) override {}
    void SAL_CALL enteredContext(const document::UndoManagerEvent&) override {}
    void SAL_CALL enteredHiddenContext(const document::UndoManagerEvent&) override {}
    void SAL_CALL leftContext(const document::UndoManagerEvent&) override {}
    void SAL_CALL leftHiddenContext(const document::UndoManagerEvent&) override {}
    void SAL_CALL cancelledContext(const document::UndoManagerEvent&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    // A listener must not throw into the undo manager: a style that cannot be set is a look.
    void restore(const rtl::OUString& step) noexcept
    {
        try {
            if (uno::Reference<frame::XModel> model(model_); model.is())
                restore_page_styles(model, step);
        } catch (...) {
        }
    }

    uno::WeakReference<frame::XModel> model_;
};

std::mutex kept_mutex;
std::vector<uno::WeakReference<frame::XModel>> kept_documents;

} // namespace

void keep_report_page_styles(const uno::Reference<frame::XModel>& model) noexcept
try {
    uno::Reference<document::XUndoManagerSupplier> supplier(model, uno::UNO_QUERY);
    if (!supplier.is())
        return;
    {
        std::lock_guard<std::mutex> lock(kept_mutex);
        std::vector<uno::WeakReference<frame::XModel>> alive;
        bool known = false;
        for (const uno::WeakReference<frame::XModel>& weak : kept_documents) {
            uno::Reference<frame::XModel> kept(weak);
            if (!kept.is())
                continue; // closed
            known = known || kept == model;
            alive.push_back(weak);
        }
        if (!known)
            alive.emplace_back(model);
        kept_documents = std::move(alive);
        if (known)
            return;
    }
    supplier->getUndoManager()->addUndoManagerListener(new PageStyleKeeper(model));
} catch (...) {
    // a look: the report is built either way
}

} // namespace kat::addin
