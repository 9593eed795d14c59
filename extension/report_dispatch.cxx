#include "report_dispatch.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "partner_export.hxx"
#include "starter_workbook.hxx"
#include "report_builder.hxx"
#include "uno_text.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

constexpr const char* protocol = "vnd.keyaccount:";

// "ExportPartnerStatement" when the URL asks for a partner's PDF.
bool is_export(const util::URL& url)
{
    return to_utf8(url.Complete) == std::string(protocol) + std::string(export_partner_command);
}

bool is_new_workbook(const util::URL& url)
{
    return to_utf8(url.Complete) == std::string(protocol) + std::string(new_workbook_command);
}

std::optional<ReportKind> kind_of(const util::URL& url)
{
    const std::string complete = to_utf8(url.Complete);
    const std::string prefix = protocol;
    if (complete.rfind(prefix, 0) != 0)
        return std::nullopt;
    return report_kind_named(std::string_view(complete).substr(prefix.size()));
}

ReportRequest request_from(ReportKind kind, const uno::Sequence<beans::PropertyValue>& arguments)
{
    ReportRequest request;
    request.kind = kind;
    for (const beans::PropertyValue& argument : arguments) {
        if (argument.Name == "Model") {
            rtl::OUString model;
            argument.Value >>= model;
            request.model = to_utf8(model);
        } else if (argument.Name == "Target") {
            double target = 0.0;
            if (argument.Value >>= target)
                request.target = target;
        } else if (argument.Name == "Deal") {
            rtl::OUString deal;
            if (argument.Value >>= deal)
                request.deal = to_utf8(deal);
        } else if (argument.Name == "Period") {
            rtl::OUString period;
            if (argument.Value >>= period)
                request.period = to_utf8(period);
        } else if (argument.Name == "OnlyWithRoles") {
            bool only = false;
            argument.Value >>= only;
            request.only_with_roles = only;
        }
    }
    return request;
}

} // namespace

ReportDispatcher::ReportDispatcher(const uno::Reference<uno::XComponentContext>& context) : context_(context) {}

rtl::OUString ReportDispatcher::implementation_name() { return "org.keyaccount.ReportDispatcher"; }

uno::Sequence<rtl::OUString> ReportDispatcher::service_names()
{
    uno::Sequence<rtl::OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

uno::Reference<uno::XInterface> SAL_CALL ReportDispatcher::create(const uno::Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new ReportDispatcher(context));
}

void ReportDispatcher::initialize(const uno::Sequence<uno::Any>& arguments)
{
    uno::Reference<frame::XFrame> frame;
    if (arguments.getLength() > 0 && (arguments[0] >>= frame))
        frame_ = frame;
}

uno::Reference<frame::XDispatch> ReportDispatcher::queryDispatch(const util::URL& url, const rtl::OUString&, sal_Int32)
{
    return kind_of(url) || is_export(url) || is_new_workbook(url) ? uno::Reference<frame::XDispatch>(this)
                                                                  : uno::Reference<frame::XDispatch>();
}

uno::Sequence<uno::Reference<frame::XDispatch>> ReportDispatcher::queryDispatches(
    const uno::Sequence<frame::DispatchDescriptor>& requests)
{
    uno::Sequence<uno::Reference<frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

void ReportDispatcher::dispatch(const util::URL& url, const uno::Sequence<beans::PropertyValue>& arguments)
{
    dispatchWithNotification(url, arguments, nullptr);
}

void ReportDispatcher::dispatchWithNotification(const util::URL& url, const uno::Sequence<beans::PropertyValue>& arguments,
                                                const uno::Reference<frame::XDispatchResultListener>& listener)
{
    // Nothing escapes into the office: a failure is a FAILURE result with its reason.
    ReportOutcome outcome;
    try {
        const std::optional<ReportKind> kind = kind_of(url);
        uno::Reference<frame::XFrame> frame(frame_);
        if (is_new_workbook(url)) {
            outcome = create_starter_workbook(context_, frame);
        } else if (is_export(url) && frame.is()) {
            std::optional<std::string> target;
            for (const beans::PropertyValue& argument : arguments)
                if (rtl::OUString where; argument.Name == "URL" && (argument.Value >>= where))
                    target = to_utf8(where);
            outcome = export_partner_statement(context_, frame, target);
        } else if (!kind || !frame.is())
            outcome.status = "no report for " + to_utf8(url.Complete);
        else
            outcome = build_report(context_, frame, request_from(*kind, arguments));
    } catch (const uno::Exception& e) {
        outcome.built = false;
        outcome.status = "the report could not be built: " + to_utf8(e.Message);
    } catch (const std::exception& e) {
        outcome.built = false;
        outcome.status = std::string("the report could not be built: ") + e.what();
    } catch (...) {
        outcome.built = false;
        outcome.status = "the report could not be built";
    }
    if (!listener.is())
        return;
    try {
        uno::Sequence<rtl::OUString> result(2);
        result[0] = from_utf8(outcome.sheet);
        result[1] = from_utf8(outcome.status);
        listener->dispatchFinished(frame::DispatchResultEvent(
            static_cast<cppu::OWeakObject*>(this),
            outcome.built ? frame::DispatchResultState::SUCCESS : frame::DispatchResultState::FAILURE, uno::Any(result)));
    } catch (...) {
    }
}

void ReportDispatcher::addStatusListener(const uno::Reference<frame::XStatusListener>& listener, const util::URL& url)
{
    if (!listener.is())
        return;
    frame::FeatureStateEvent state;
    state.FeatureURL = url;
    state.IsEnabled = kind_of(url).has_value() || is_export(url) || is_new_workbook(url);
    state.Source = static_cast<cppu::OWeakObject*>(this);
    listener->statusChanged(state);
}

void ReportDispatcher::removeStatusListener(const uno::Reference<frame::XStatusListener>&, const util::URL&) {}

rtl::OUString ReportDispatcher::getImplementationName() { return implementation_name(); }
sal_Bool ReportDispatcher::supportsService(const rtl::OUString& name) { return cppu::supportsService(this, name); }
uno::Sequence<rtl::OUString> ReportDispatcher::getSupportedServiceNames() { return service_names(); }

} // namespace kat::addin
