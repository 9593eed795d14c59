// The Calc add-in component: one UNO object that answers the Function Wizard (from
// function_table) and implements every family's functions. It converts and delegates;
// the rules live in core/.
#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/sheet/XCompatibilityNames.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase5.hxx>
#include <org/keyaccount/XPipelineFunctions.hpp>

namespace kat::addin {

namespace css = ::com::sun::star;
using AnyRange = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

class KeyAccountAddIn
    : public cppu::WeakImplHelper5<org::keyaccount::XPipelineFunctions, css::sheet::XAddIn,
                                   css::sheet::XCompatibilityNames, css::lang::XServiceName,
                                   css::lang::XServiceInfo>
{
public:
    static rtl::OUString implementation_name();
    static css::uno::Sequence<rtl::OUString> service_names();
    static css::uno::Reference<css::uno::XInterface> SAL_CALL
    create(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XPipelineFunctions (pipeline_functions.cxx)
    css::uno::Any SAL_CALL pipelineStageProb(const css::uno::Any& stage, const css::uno::Any& model) override;
    css::uno::Any SAL_CALL pipelineWeighted(const AnyRange& amounts, const AnyRange& stages,
                                            const css::uno::Any& probabilities, const css::uno::Any& model) override;

    // XAddIn: what the Function Wizard shows, in the office's UI language.
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& display_name) override;
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& programmatic_name) override;
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& programmatic_name) override;
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& programmatic_name, sal_Int32 argument) override;
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& programmatic_name, sal_Int32 argument) override;
    rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString& programmatic_name) override;
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& programmatic_name) override;

    // XCompatibilityNames: the English names Calc uses for API formulas and file formats.
    css::uno::Sequence<css::sheet::LocalizedName> SAL_CALL
    getCompatibilityNames(const rtl::OUString& programmatic_name) override;

    // XServiceName, XServiceInfo
    rtl::OUString SAL_CALL getServiceName() override;
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    // XLocalizable (via XAddIn): Calc sets the UI locale before asking for descriptions.
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

private:
    bool chinese_ui() const;

    css::lang::Locale locale_;
};

} // namespace kat::addin
