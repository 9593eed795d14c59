#include "panels/table_summary.hpp"

#include <unordered_set>
#include "pipeline/forecast_hygiene.hpp"
#include "text/fold.hpp"

#include <set>

#include "icm/partner_statement.hpp"
#include "icm/rebate_policy.hpp"
#include "pipeline/deal.hpp"
#include "pipeline/efficiency.hpp"
#include "pipeline/weighted_forecast.hpp"
#include "stakeholders/role_map.hpp"
#include "stakeholders/stakeholder.hpp"
#include "tables/table_readers.hpp"

namespace kat {

Result<FunnelSummary> funnel_summary(const Grid& grid, const DetectedTable& table, const StageModel& model,
                                     std::optional<double> target)
{
    const Column amounts = field_column(grid, table, Field::Amount), stages = field_column(grid, table, Field::Stage),
                 probabilities = field_column(grid, table, Field::Probability);
    DealColumns columns;
    columns.amounts = &amounts;
    columns.stages = &stages;
    columns.probabilities = table.mapping.has(Field::Probability) ? &probabilities : nullptr;
    const Result<DealSet> read = read_deals(columns, model);
    if (!read.ok())
        return read.error();
    const std::vector<Deal>& deals = read.value().deals;

    FunnelSummary summary;
    for (const Deal& deal : deals) {
        if (!deal.stage && !deal.amount)
            continue; // a blank row inside the table
        ++summary.deals;
        summary.open_deals += deal.stage && outcome_of(deal, model) == StageOutcome::Open ? 1 : 0;
    }
    summary.pipeline = open_pipeline(deals, model);
    const Result<double> weighted = weighted_forecast(deals, model);
    if (weighted.ok())
        summary.weighted = weighted.value();
    else
        summary.problem = weighted.error();
    if (const Result<double> rate = win_rate(deals, model); rate.ok())
        summary.win_rate = rate.value();
    if (target && *target > 0.0)
        if (const Result<double> coverage = pipeline_coverage(summary.pipeline, *target); coverage.ok())
            summary.coverage = coverage.value();
    return summary;
}

Result<RebateSummary> rebate_summary(const Grid& grid, const DetectedTable& table,
                                     const std::vector<std::vector<Cell>>& policy_rows, Language language)
{
    const Result<RebatePolicy> policy = rebate_policy_from_rows(policy_rows);
    if (!policy.ok())
        return policy.error();
    const Column partners = field_column(grid, table, Field::Partner), types = field_column(grid, table, Field::PartnerType),
                 amounts = field_column(grid, table, Field::Amount), collected = field_column(grid, table, Field::Collected),
                 dates = field_column(grid, table, Field::Date);
    const LedgerColumns ledger{&partners, &types, &amounts, &collected, table.mapping.has(Field::Date) ? &dates : nullptr};
    const Result<std::vector<StatementLine>> lines = partner_statements(ledger, policy.value(), language);
    if (!lines.ok())
        return lines.error();

    RebateSummary summary;
    std::set<std::string> names;
    for (const StatementLine& line : lines.value()) {
        names.insert(line.partner);
        summary.payable += line.total_payable;
        summary.pending += line.pending;
    }
    summary.partners = names.size();
    summary.statements = lines.value().size();
    return summary;
}

Result<StakeholderSummary> stakeholder_summary(const Grid& grid, const DetectedTable& table, Language language,
                                               std::size_t shown)
{
    const Result<std::vector<Stakeholder>> people = stakeholders_in(grid, table);
    if (!people.ok())
        return people.error();

    StakeholderSummary summary;
    summary.people = people.value().size();
    summary.coverage = role_coverage(people.value());
    const std::vector<RedFlag> flags = red_flags(people.value());
    summary.red_flags = flags.size();
    for (std::size_t i = 0; i < flags.size() && i < shown; ++i)
        summary.top_flags.push_back(red_flag_text(flags[i], language));
    if (table.mapping.has(Field::DealName)) {
        std::unordered_set<std::string> deals;
        for (const Cell& deal : field_column(grid, table, Field::DealName))
            if (deal.kind == Cell::Kind::Text && !trim(deal.text).empty() && deals.insert(fold_key(deal.text)).second)
                summary.deal = std::string(trim(deal.text));
        summary.deals = deals.size();
        if (summary.deals != 1)
            summary.deal.clear();
    }
    return summary;
}

Result<HygieneSummary> hygiene_summary(const Grid& deals, const DetectedTable& deal_table, const Grid& people,
                                       const DetectedTable& people_table, const StageModel& model)
{
    if (!deal_table.mapping.has(Field::DealName) || !people_table.mapping.has(Field::DealName) ||
        !people_table.mapping.has(Field::Role))
        return make_error(ErrorKind::NotFound, "no deal names to link the key people to");
    const Column names = field_column(deals, deal_table, Field::DealName), stages = field_column(deals, deal_table, Field::Stage),
                 amounts = field_column(deals, deal_table, Field::Amount),
                 probabilities = field_column(deals, deal_table, Field::Probability),
                 people_deals = field_column(people, people_table, Field::DealName),
                 roles = field_column(people, people_table, Field::Role), support = field_column(people, people_table, Field::Support);
    const HygieneColumns columns{&names, &stages, &amounts, deal_table.mapping.has(Field::Probability) ? &probabilities : nullptr,
                                 &people_deals, &roles, people_table.mapping.has(Field::Support) ? &support : nullptr};
    const Result<ForecastHygiene> hygiene = forecast_hygiene(columns, model);
    if (!hygiene.ok())
        return hygiene.error();
    HygieneSummary summary;
    for (const DealHygiene& d : hygiene.value().flagged)
        summary.over_claimed += d.supported < d.claimed ? 1 : 0;
    summary.claimed = hygiene.value().claimed_forecast;
    summary.supported = hygiene.value().supported_forecast;
    return summary;
}

} // namespace kat
