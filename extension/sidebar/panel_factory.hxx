// The sidebar's factory for the Key Account deck's panels (registered in Factories.xcu
// for private:resource/toolpanel/KeyAccountPanelFactory/…, named in Sidebar.xcu).
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace kat::addin {

class PanelFactory
    : public cppu::WeakImplHelper2<::com::sun::star::ui::XUIElementFactory, ::com::sun::star::lang::XServiceInfo> {
public:
    explicit PanelFactory(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context);

    static rtl::OUString implementation_name();
    static ::com::sun::star::uno::Sequence<rtl::OUString> service_names();
    static ::com::sun::star::uno::Reference<::com::sun::star::uno::XInterface> SAL_CALL
    create(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context);

    // XUIElementFactory: "…/FunnelPanel", "…/RebatesPanel", "…/StakeholdersPanel".
    ::com::sun::star::uno::Reference<::com::sun::star::ui::XUIElement> SAL_CALL
    createUIElement(const rtl::OUString& url,
                    const ::com::sun::star::uno::Sequence<::com::sun::star::beans::PropertyValue>& arguments) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    ::com::sun::star::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext> context_;
};

} // namespace kat::addin
