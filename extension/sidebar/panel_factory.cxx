#include "panel_factory.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <rtl/ref.hxx>

#include <exception>

#include "sidebar_panel.hxx"
#include "ui_language.hxx"

using namespace ::com::sun::star;

namespace kat::addin {

PanelFactory::PanelFactory(const uno::Reference<uno::XComponentContext>& context) : context_(context) {}

rtl::OUString PanelFactory::implementation_name() { return "org.keyaccount.PanelFactory"; }

uno::Sequence<rtl::OUString> PanelFactory::service_names()
{
    uno::Sequence<rtl::OUString> names(1);
    names[0] = "com.sun.star.ui.UIElementFactory";
    return names;
}

uno::Reference<uno::XInterface> SAL_CALL PanelFactory::create(const uno::Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new PanelFactory(context));
}

uno::Reference<ui::XUIElement> PanelFactory::createUIElement(const rtl::OUString& url,
                                                             const uno::Sequence<beans::PropertyValue>& arguments)
{
    PanelContext context;
    context.context = context_;
    context.language = office_ui_language(context_);
    uno::Reference<awt::XWindow> parent;
    for (const beans::PropertyValue& argument : arguments) {
        if (argument.Name == "Frame")
            argument.Value >>= context.frame;
        else if (argument.Name == "ParentWindow")
            argument.Value >>= parent;
    }
    if (!context.frame.is() || !parent.is())
        throw lang::IllegalArgumentException("Key Account panels need a frame and a parent window", *this, 1);
    const uno::Reference<frame::XController> controller = context.frame->getController();
    if (!controller.is())
        throw lang::IllegalArgumentException("Key Account panels need a document in the frame", *this, 1);
    context.model = controller->getModel();

    std::unique_ptr<PanelBehaviour> behaviour;
    const rtl::OUString name = url.copy(url.lastIndexOf('/') + 1);
    if (name == "FunnelPanel")
        behaviour = make_funnel_panel();
    else if (name == "RebatesPanel")
        behaviour = make_rebates_panel();
    else if (name == "StakeholdersPanel")
        behaviour = make_stakeholders_panel();
    else
        throw container::NoSuchElementException("no Key Account panel " + url, *this);

    // Only UNO exceptions may leave for the sidebar; anything else would take the office down.
    try {
        rtl::Reference<SidebarPanel> panel(new SidebarPanel(context, url, parent, std::move(behaviour)));
        panel->start();
        return panel.get();
    } catch (const uno::Exception&) {
        throw;
    } catch (const std::exception& e) {
        throw uno::RuntimeException("Key Account panel: " + rtl::OUString::createFromAscii(e.what()), *this);
    }
}

rtl::OUString PanelFactory::getImplementationName() { return implementation_name(); }
sal_Bool PanelFactory::supportsService(const rtl::OUString& name) { return cppu::supportsService(this, name); }
uno::Sequence<rtl::OUString> PanelFactory::getSupportedServiceNames() { return service_names(); }

} // namespace kat::addin
