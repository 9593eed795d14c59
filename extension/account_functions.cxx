// ACCOUNT.PARETO and CAMPAIGN.ROI: convert, delegate to core/accounts and core/campaigns.
#include "accounts/pareto.hpp"
#include "addin.hxx"
#include "campaigns/campaign_roi.hpp"
#include "cell_convert.hxx"
#include "guard.hxx"
#include "model_argument.hxx"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

// A share argument: omitted → the default; 0.8, 80 and "80%" all mean 80 %.
Result<double> share_argument(const uno::Any& value, double fallback)
{
    NumberReading share = read_number_argument(value);
    if (share.is_blank())
        return fallback;
    if (!share.is_value())
        return make_error(ErrorKind::BadArgument, "a share must be a percentage");
    return (!share.had_percent_sign && share.value > 1.0) ? share.value / 100.0 : share.value;
}

} // namespace

uno::Any KeyAccountAddIn::accountPareto(const AnyRange& revenues, const uno::Any& a_share, const uno::Any& b_share)
{
    return guarded([&]() -> uno::Any {
        const Result<double> a = share_argument(a_share, 0.8);
        const Result<double> b = share_argument(b_share, 0.95);
        if (!a.ok() || !b.ok())
            return error_any(ErrorKind::BadArgument);
        const Result<std::vector<std::optional<char>>> classes = abc_classes(column_from_range(revenues), a.value(), b.value());
        if (!classes.ok())
            return error_any(classes.error().kind);
        return shaped_like(revenues, classes.value(), [](const std::optional<char>& c) {
            return c ? uno::Any(rtl::OUString(sal_Unicode(*c))) : uno::Any();
        });
    });
}

uno::Any KeyAccountAddIn::campaignRoi(const AnyRange& campaigns, const AnyRange& costs, const AnyRange& attendees,
                                      const AnyRange& deal_campaigns, const AnyRange& deal_amounts,
                                      const AnyRange& deal_stages, const uno::Any& model)
{
    return guarded([&]() -> uno::Any {
        const Result<ModelArgument> resolved = ModelArgument::from_any(model);
        if (!resolved.ok())
            return error_any(resolved.error().kind);
        const Column campaign_column = column_from_range(campaigns), cost_column = column_from_range(costs),
                     attendee_column = column_from_range(attendees), deal_campaign_column = column_from_range(deal_campaigns),
                     amount_column = column_from_range(deal_amounts), stage_column = column_from_range(deal_stages);
        const CampaignColumns columns{&campaign_column, &cost_column, &attendee_column,
                                      &deal_campaign_column, &amount_column, &stage_column};
        return table_or_error(campaign_roi_table(columns, resolved.value().model(), ui_language()));
    });
}

} // namespace kat::addin
