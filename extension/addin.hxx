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
#include <cppuhelper/implbase8.hxx>
#include <org/keyaccount/XAccountFunctions.hpp>
#include <org/keyaccount/XIcmFunctions.hpp>
#include <org/keyaccount/XPipelineFunctions.hpp>
#include <org/keyaccount/XStakeholderFunctions.hpp>

#include <optional>

#include "i18n/labels.hpp"

namespace kat::addin {

namespace css = ::com::sun::star;
using AnyRange = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

class KeyAccountAddIn
    : public cppu::WeakImplHelper8<org::keyaccount::XPipelineFunctions, org::keyaccount::XAccountFunctions,
                                   org::keyaccount::XIcmFunctions, org::keyaccount::XStakeholderFunctions,
                                   css::sheet::XAddIn,
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
    css::uno::Any SAL_CALL pipelineTable(const AnyRange& stages, const AnyRange& amounts,
                                         const css::uno::Any& probabilities, const css::uno::Any& model) override;
    css::uno::Any SAL_CALL pipelineConversion(const AnyRange& stages, const css::uno::Any& model) override;
    css::uno::Any SAL_CALL pipelineForecast(const AnyRange& amounts, const AnyRange& stages, const css::uno::Any& categories,
                                            const css::uno::Any& probabilities, const css::uno::Any& model) override;
    css::uno::Any SAL_CALL pipelineCoverage(const AnyRange& amounts, const css::uno::Any& target,
                                            const css::uno::Any& stages, const css::uno::Any& model) override;
    css::uno::Any SAL_CALL pipelineByGroup(const AnyRange& groups, const AnyRange& amounts, const AnyRange& stages,
                                           const css::uno::Any& probabilities, const css::uno::Any& model) override;
    css::uno::Any SAL_CALL pipelineCalibrate(const AnyRange& stages_history, const AnyRange& outcomes,
                                             const css::uno::Any& model) override;

    // XPipelineFunctions, efficiency measures (pipeline_measures.cxx)
    css::uno::Any SAL_CALL pipelineSplit(const css::uno::Any& amount, const css::uno::Any& probability,
                                         const AnyRange& shares) override;
    css::uno::Any SAL_CALL pipelineWinRate(const AnyRange& stages, const css::uno::Any& model) override;
    css::uno::Any SAL_CALL pipelineCycle(const AnyRange& created, const AnyRange& closed, const AnyRange& stages,
                                         const css::uno::Any& model) override;
    css::uno::Any SAL_CALL pipelineStalled(const AnyRange& stages, const AnyRange& entered, const css::uno::Any& today,
                                           const css::uno::Any& limits) override;

    // XAccountFunctions (account_functions.cxx)
    css::uno::Any SAL_CALL accountPareto(const AnyRange& revenues, const css::uno::Any& a_share,
                                         const css::uno::Any& b_share) override;
    css::uno::Any SAL_CALL campaignRoi(const AnyRange& campaigns, const AnyRange& costs, const AnyRange& attendees,
                                       const AnyRange& deal_campaigns, const AnyRange& deal_amounts,
                                       const AnyRange& deal_stages, const css::uno::Any& model) override;

    // XIcmFunctions (icm_functions.cxx)
    css::uno::Any SAL_CALL icmRebate(const AnyRange& collected, const css::uno::Any& rate) override;
    css::uno::Any SAL_CALL icmPending(const AnyRange& amounts, const AnyRange& collected, const css::uno::Any& rate) override;
    css::uno::Any SAL_CALL icmVolume(const AnyRange& direct_collected, const AnyRange& indirect_amounts,
                                     const css::uno::Any& threshold, const css::uno::Any& rate,
                                     const css::uno::Any& indirect_weight) override;
    css::uno::Any SAL_CALL icmBase(const AnyRange& direct_collected, const AnyRange& indirect_amounts,
                                   const css::uno::Any& indirect_weight) override;
    css::uno::Any SAL_CALL icmStatement(const AnyRange& partners, const AnyRange& types, const AnyRange& amounts,
                                        const AnyRange& collected, const css::uno::Any& dates,
                                        const css::uno::Any& policy) override;

    // XStakeholderFunctions (stakeholder_functions.cxx)
    css::uno::Any SAL_CALL roleNormalize(const css::uno::Any& text) override;
    css::uno::Any SAL_CALL roleMatrix(const AnyRange& names, const AnyRange& influence, const AnyRange& support) override;
    css::uno::Any SAL_CALL roleCoverage(const AnyRange& roles, const AnyRange& support, const AnyRange& contact) override;
    css::uno::Any SAL_CALL roleRisks(const AnyRange& names, const AnyRange& roles, const AnyRange& influence,
                                     const AnyRange& support, const AnyRange& contact,
                                     const css::uno::Any& counterparts) override;
    css::uno::Any SAL_CALL orgPath(const css::uno::Any& name, const AnyRange& names, const AnyRange& managers) override;
    css::uno::Any SAL_CALL orgDepth(const css::uno::Any& name, const AnyRange& names, const AnyRange& managers) override;
    css::uno::Any SAL_CALL orgReports(const css::uno::Any& name, const AnyRange& names, const AnyRange& managers,
                                      const css::uno::Any& direct_only) override;
    css::uno::Any SAL_CALL orgCheck(const AnyRange& names, const AnyRange& managers) override;

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
    // The language of array headers (see ui_language.hxx), read once.
    Language ui_language();

    explicit KeyAccountAddIn(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::lang::Locale locale_;   // what the Function Wizard texts follow
    std::optional<Language> ui_language_;
};

} // namespace kat::addin
