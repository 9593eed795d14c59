// ICM.* sheet functions: convert, delegate to core/icm, return amounts (cents → currency).
#include "addin.hxx"
#include "cell_convert.hxx"
#include "guard.hxx"
#include "icm/partner_statement.hpp"
#include "icm/rebates.hpp"

using namespace ::com::sun::star;

namespace kat::addin {
namespace {

// An optional rate: omitted → the seed's default; 0.05, 5 and "5%" all mean 5 %.
Result<Rate> rate_argument(const uno::Any& value, Rate fallback)
{
    if (is_omitted(value))
        return fallback;
    AnyRange range = range_from_any(value);
    if (range.getLength() != 1 || range[0].getLength() != 1)
        return make_error(ErrorKind::BadArgument, "a rate is one value");
    const Cell cell = cell_from_any(range[0][0]);
    if (cell.is_empty())
        return fallback;
    const std::optional<Rate> rate = read_rate(cell);
    if (!rate)
        return make_error(ErrorKind::BadArgument, "a rate is a percentage between 0 and 100%");
    return *rate;
}

uno::Any money_or_error(const Result<Cents>& cents)
{
    return cents.ok() ? uno::Any(to_amount(cents.value())) : error_any(cents.error().kind);
}

const RebatePolicy seed_policy{};

} // namespace

uno::Any KeyAccountAddIn::icmRebate(const AnyRange& collected, const uno::Any& rate)
{
    return guarded([&]() -> uno::Any {
        const Result<Rate> r = rate_argument(rate, seed_policy.single_rate);
        if (!r.ok())
            return error_any(r.error().kind);
        return money_or_error(single_deal_rebate(column_from_range(collected), r.value()));
    });
}

uno::Any KeyAccountAddIn::icmPending(const AnyRange& amounts, const AnyRange& collected, const uno::Any& rate)
{
    return guarded([&]() -> uno::Any {
        const Result<Rate> r = rate_argument(rate, seed_policy.single_rate);
        if (!r.ok())
            return error_any(r.error().kind);
        return money_or_error(pending_rebate(column_from_range(amounts), column_from_range(collected), r.value()));
    });
}

uno::Any KeyAccountAddIn::icmBase(const AnyRange& direct_collected, const AnyRange& indirect_amounts,
                                  const uno::Any& indirect_weight)
{
    return guarded([&]() -> uno::Any {
        const Result<Rate> weight = rate_argument(indirect_weight, seed_policy.indirect_weight);
        if (!weight.ok())
            return error_any(weight.error().kind);
        return money_or_error(volume_base(column_from_range(direct_collected), column_from_range(indirect_amounts), weight.value()));
    });
}

uno::Any KeyAccountAddIn::icmVolume(const AnyRange& direct_collected, const AnyRange& indirect_amounts,
                                    const uno::Any& threshold, const uno::Any& rate, const uno::Any& indirect_weight)
{
    return guarded([&]() -> uno::Any {
        const Result<Rate> weight = rate_argument(indirect_weight, seed_policy.indirect_weight);
        if (!weight.ok())
            return error_any(weight.error().kind);

        std::vector<VolumeTier> tiers = seed_policy.volume_tiers;
        const AnyRange threshold_range = is_omitted(threshold) ? AnyRange() : range_from_any(threshold);
        const bool tier_table = threshold_range.getLength() > 0 && threshold_range[0].getLength() >= 2;
        if (tier_table) {
            if (!is_omitted(rate))
                return error_any(ErrorKind::BadArgument); // a tier table carries its own rates
            Result<std::vector<VolumeTier>> table = volume_tiers_from_rows(rows_from_range(threshold_range));
            if (!table.ok())
                return error_any(table.error().kind);
            tiers = std::move(table.value());
        } else {
            const Result<Rate> r = rate_argument(rate, seed_policy.volume_tiers[0].rate);
            if (!r.ok())
                return error_any(r.error().kind);
            tiers[0].rate = r.value();
            const NumberReading limit = read_number_argument(threshold);
            if (limit.state == NumberReading::State::Unreadable || (limit.is_value() && limit.value < 0.0))
                return error_any(ErrorKind::BadArgument);
            if (limit.is_value()) {
                const std::optional<Cents> cents = to_cents(limit.value);
                if (!cents)
                    return error_any(ErrorKind::BadArgument);
                tiers[0].from_base = *cents;
            }
        }
        const Result<Cents> base = volume_base(column_from_range(direct_collected), column_from_range(indirect_amounts), weight.value());
        if (!base.ok())
            return error_any(base.error().kind);
        return uno::Any(to_amount(volume_rebate(base.value(), tiers)));
    });
}

uno::Any KeyAccountAddIn::icmStatement(const AnyRange& partners, const AnyRange& types, const AnyRange& amounts,
                                       const AnyRange& collected, const uno::Any& dates, const uno::Any& policy)
{
    return guarded([&]() -> uno::Any {
        RebatePolicy rules;
        if (!is_omitted(policy)) {
            Result<RebatePolicy> read = rebate_policy_from_rows(rows_from_range(range_from_any(policy)));
            if (!read.ok())
                return error_any(read.error().kind);
            rules = read.value();
        }
        const Column partner_column = column_from_range(partners), type_column = column_from_range(types),
                     amount_column = column_from_range(amounts), collected_column = column_from_range(collected);
        Column date_column;
        LedgerColumns ledger{&partner_column, &type_column, &amount_column, &collected_column, nullptr};
        if (!is_omitted(dates)) {
            date_column = column_from_range(range_from_any(dates));
            ledger.dates = &date_column;
        }
        const Result<std::vector<StatementLine>> lines = partner_statements(ledger, rules, ui_language());
        if (!lines.ok())
            return error_any(lines.error().kind);
        return table_any(statement_table(lines.value(), ui_language()));
    });
}

} // namespace kat::addin
