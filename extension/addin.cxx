#include "addin.hxx"
#include "report_dispatch.hxx"
#include "sidebar/panel_factory.hxx"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>

#include "functions/registry.hpp"
#include "ui_language.hxx"
#include "uno_text.hxx"

using namespace ::com::sun::star;
using rtl::OUString;

namespace kat::addin {
namespace {

constexpr char service_name[] = "org.keyaccount.KeyAccountFunctions";
constexpr char addin_service[] = "com.sun.star.sheet.AddIn";

const functions::Function* lookup(const OUString& programmatic_name)
{
    return functions::by_programmatic(to_utf8(programmatic_name));
}

} // namespace

OUString KeyAccountAddIn::implementation_name() { return "org.keyaccount.KeyAccountAddIn"; }

uno::Sequence<OUString> KeyAccountAddIn::service_names()
{
    uno::Sequence<OUString> names(2);
    names[0] = addin_service;
    names[1] = service_name;
    return names;
}

uno::Reference<uno::XInterface> SAL_CALL
KeyAccountAddIn::create(const uno::Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new KeyAccountAddIn(context));
}

Language KeyAccountAddIn::ui_language()
{
    if (!ui_language_)
        ui_language_ = office_ui_language(context_);
    return *ui_language_;
}

bool KeyAccountAddIn::chinese_ui() const { return locale_.Language == "zh"; }

OUString KeyAccountAddIn::getProgrammaticFuntionName(const OUString& display_name)
{
    const functions::Function* f = functions::by_display(to_utf8(display_name));
    return f ? from_utf8(f->programmatic) : OUString();
}

OUString KeyAccountAddIn::getDisplayFunctionName(const OUString& programmatic_name)
{
    const functions::Function* f = lookup(programmatic_name);
    return f ? from_utf8(f->display) : OUString();
}

OUString KeyAccountAddIn::getFunctionDescription(const OUString& programmatic_name)
{
    const functions::Function* f = lookup(programmatic_name);
    return f ? from_utf8(chinese_ui() ? f->description.zh : f->description.en) : OUString();
}

OUString KeyAccountAddIn::getDisplayArgumentName(const OUString& programmatic_name, sal_Int32 argument)
{
    const functions::Function* f = lookup(programmatic_name);
    if (!f || argument < 0 || static_cast<std::size_t>(argument) >= f->arguments.size())
        return OUString();
    const functions::Text& name = f->arguments[argument].name;
    return from_utf8(chinese_ui() ? name.zh : name.en);
}

OUString KeyAccountAddIn::getArgumentDescription(const OUString& programmatic_name, sal_Int32 argument)
{
    const functions::Function* f = lookup(programmatic_name);
    if (!f || argument < 0 || static_cast<std::size_t>(argument) >= f->arguments.size())
        return OUString();
    const functions::Text& text = f->arguments[argument].description;
    return from_utf8(chinese_ui() ? text.zh : text.en);
}

OUString KeyAccountAddIn::getProgrammaticCategoryName(const OUString&)
{
    return from_utf8(functions::category);
}

OUString KeyAccountAddIn::getDisplayCategoryName(const OUString&)
{
    return from_utf8(chinese_ui() ? functions::category_display.zh : functions::category_display.en);
}

uno::Sequence<sheet::LocalizedName> KeyAccountAddIn::getCompatibilityNames(const OUString& programmatic_name)
{
    const functions::Function* f = lookup(programmatic_name);
    if (!f)
        return {};
    // Dotted names are the same in every language; en-US makes them the English names.
    uno::Sequence<sheet::LocalizedName> names(1);
    names[0] = sheet::LocalizedName(lang::Locale("en", "US", OUString()), from_utf8(f->display));
    return names;
}

OUString KeyAccountAddIn::getServiceName() { return service_name; }
OUString KeyAccountAddIn::getImplementationName() { return implementation_name(); }
sal_Bool KeyAccountAddIn::supportsService(const OUString& name) { return cppu::supportsService(this, name); }
uno::Sequence<OUString> KeyAccountAddIn::getSupportedServiceNames() { return service_names(); }

void KeyAccountAddIn::setLocale(const lang::Locale& locale) { locale_ = locale; }
lang::Locale KeyAccountAddIn::getLocale() { return locale_; }

} // namespace kat::addin

namespace {

OUString SAL_CALL implementation_name_entry() { return kat::addin::KeyAccountAddIn::implementation_name(); }
uno::Sequence<OUString> SAL_CALL service_names_entry() { return kat::addin::KeyAccountAddIn::service_names(); }
OUString SAL_CALL dispatcher_name_entry() { return kat::addin::ReportDispatcher::implementation_name(); }
uno::Sequence<OUString> SAL_CALL dispatcher_services_entry() { return kat::addin::ReportDispatcher::service_names(); }
OUString SAL_CALL panel_factory_name_entry() { return kat::addin::PanelFactory::implementation_name(); }
uno::Sequence<OUString> SAL_CALL panel_factory_services_entry() { return kat::addin::PanelFactory::service_names(); }

const cppu::ImplementationEntry implementation_entries[] = {
    {kat::addin::KeyAccountAddIn::create, implementation_name_entry, service_names_entry,
     cppu::createSingleComponentFactory, nullptr, 0},
    {kat::addin::ReportDispatcher::create, dispatcher_name_entry, dispatcher_services_entry,
     cppu::createSingleComponentFactory, nullptr, 0},
    {kat::addin::PanelFactory::create, panel_factory_name_entry, panel_factory_services_entry,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation,
                                                                     void* service_manager,
                                                                     void* registry_key)
{
    return cppu::component_getFactoryHelper(implementation, service_manager, registry_key,
                                            implementation_entries);
}
