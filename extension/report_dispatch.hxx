// One command path for every report (SPEC §9): a dispatch protocol handler answering
// vnd.keyaccount:FunnelReport, :ForecastReview, :RebateStatements, :RoleMap and :OrgChart. Menus, toolbar,
// sidebar buttons and tests all dispatch these URLs; each acts on the table around the
// current cell, builds its sheet in one undo step and says how it went. And
// :ExportPartnerStatement, the PDF of the partner page the cursor is on.
#pragma once

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace kat::addin {

class ReportDispatcher
    : public cppu::WeakImplHelper4<::com::sun::star::frame::XDispatchProvider, ::com::sun::star::frame::XNotifyingDispatch,
                                   ::com::sun::star::lang::XInitialization, ::com::sun::star::lang::XServiceInfo> {
public:
    explicit ReportDispatcher(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context);

    static rtl::OUString implementation_name();
    static ::com::sun::star::uno::Sequence<rtl::OUString> service_names();
    static ::com::sun::star::uno::Reference<::com::sun::star::uno::XInterface> SAL_CALL
    create(const ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext>& context);

    // XInitialization: the frame the commands act in.
    void SAL_CALL initialize(const ::com::sun::star::uno::Sequence<::com::sun::star::uno::Any>& arguments) override;

    // XDispatchProvider
    ::com::sun::star::uno::Reference<::com::sun::star::frame::XDispatch> SAL_CALL
    queryDispatch(const ::com::sun::star::util::URL& url, const rtl::OUString& target, sal_Int32 flags) override;
    ::com::sun::star::uno::Sequence<::com::sun::star::uno::Reference<::com::sun::star::frame::XDispatch>> SAL_CALL
    queryDispatches(const ::com::sun::star::uno::Sequence<::com::sun::star::frame::DispatchDescriptor>& requests) override;

    // XDispatch / XNotifyingDispatch: the result event carries the status text.
    void SAL_CALL dispatch(const ::com::sun::star::util::URL& url,
                           const ::com::sun::star::uno::Sequence<::com::sun::star::beans::PropertyValue>& arguments) override;
    void SAL_CALL dispatchWithNotification(
        const ::com::sun::star::util::URL& url,
        const ::com::sun::star::uno::Sequence<::com::sun::star::beans::PropertyValue>& arguments,
        const ::com::sun::star::uno::Reference<::com::sun::star::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL addStatusListener(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XStatusListener>& listener,
                                    const ::com::sun::star::util::URL& url) override;
    void SAL_CALL removeStatusListener(const ::com::sun::star::uno::Reference<::com::sun::star::frame::XStatusListener>& listener,
                                       const ::com::sun::star::util::URL& url) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    ::com::sun::star::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    ::com::sun::star::uno::Reference<::com::sun::star::uno::XComponentContext> context_;
    ::com::sun::star::uno::WeakReference<::com::sun::star::frame::XFrame> frame_;
};

} // namespace kat::addin
