#include "campaigns/campaign_roi.hpp"
#include "values/side_by_side.hpp"

#include <string>
#include <unordered_map>

#include "pipeline/deal.hpp"
#include "text/fold.hpp"
#include "values/exact_sum.hpp"
#include "values/read_number.hpp"

namespace kat {
namespace {

struct CampaignTotals {
    std::string name;
    double cost = 0.0;
    double attendees = 0.0;
    std::size_t deals = 0;
    ExactSum pipeline, weighted, won;

    TableRow row() const
    {
        return {TableCell::of(name), TableCell::of(cost), TableCell::of(attendees), TableCell::ratio(cost, attendees),
                TableCell::of(static_cast<double>(deals)), TableCell::of(pipeline.value()), TableCell::of(weighted.value()),
                TableCell::of(won.value()), TableCell::ratio(won.value() - cost, cost)};
    }
};

Result<double> read_non_negative(const Cell& cell, const char* what, std::size_t row)
{
    const NumberReading r = read_number(cell);
    if (r.is_blank())
        return 0.0;
    if (!r.is_value() || r.value < 0.0)
        return make_error(ErrorKind::BadValue, std::string(what) + " in row " + std::to_string(row + 1) + " is not a number of zero or more", row);
    return r.value;
}

} // namespace

Result<Table> campaign_roi_table(const CampaignColumns& c, const StageModel& model, Language language)
{
    if (const Result<std::size_t> length = SideBySide{c.campaigns, c.costs, c.attendees}.rows("campaigns, costs and attendees");
        !length.ok())
        return length.error();

    std::vector<CampaignTotals> campaigns;
    std::unordered_map<std::string, std::size_t> by_key;
    for (std::size_t r = 0; r < c.campaigns->size(); ++r) {
        const Cell& name = (*c.campaigns)[r];
        if (name.is_empty())
            continue;
        if (name.kind != Cell::Kind::Text)
            return make_error(ErrorKind::BadValue, "campaign name in row " + std::to_string(r + 1) + " is not text", r);
        Result<double> cost = read_non_negative((*c.costs)[r], "cost", r);
        Result<double> attendees = read_non_negative((*c.attendees)[r], "attendees", r);
        if (!cost.ok())
            return cost.error();
        if (!attendees.ok())
            return attendees.error();
        if (!by_key.emplace(fold_key(name.text), campaigns.size()).second)
            return make_error(ErrorKind::BadArgument, "campaign '" + name.text + "' is listed twice", r);
        CampaignTotals totals;
        totals.name = std::string(trim(name.text));
        totals.cost = cost.value();
        totals.attendees = attendees.value();
        campaigns.push_back(std::move(totals));
    }

    DealColumns deal_columns;
    deal_columns.amounts = c.deal_amounts;
    deal_columns.stages = c.deal_stages;
    deal_columns.groups = c.deal_campaigns;
    Result<DealSet> deals = read_deals(deal_columns, model);
    if (!deals.ok())
        return deals.error();

    // Map each distinct deal campaign (read_deals grouped them) to a listed campaign.
    CampaignTotals unmatched;
    unmatched.name = std::string(label(Label::Unmatched, language));
    std::vector<CampaignTotals*> target(deals.value().groups.size(), nullptr);
    for (std::size_t g = 0; g < target.size(); ++g) {
        const std::string& name = deals.value().groups[g];
        if (name.empty())
            continue;
        auto it = by_key.find(fold_key(name));
        target[g] = it == by_key.end() ? &unmatched : &campaigns[it->second];
    }
    for (const Deal& deal : deals.value().deals) {
        CampaignTotals* totals = target[deal.group];
        if (!totals)
            continue;
        ++totals->deals;
        if (!deal.amount)
            continue;
        switch (outcome_of(deal, model)) {
        case StageOutcome::Won: totals->won.add(*deal.amount); break;
        case StageOutcome::Lost: break;
        case StageOutcome::Open:
            totals->pipeline.add(*deal.amount);
            totals->weighted.add(*deal.amount * win_probability(deal, model).value_or(0.0));
            break;
        }
    }

    Table table;
    table.push_back({TableCell::of(label(Label::Campaign, language)), TableCell::of(label(Label::Cost, language)),
                     TableCell::of(label(Label::Attendees, language)), TableCell::of(label(Label::CostPerAttendee, language)),
                     TableCell::of(label(Label::Deals, language)), TableCell::of(label(Label::Pipeline, language)),
                     TableCell::of(label(Label::Weighted, language)), TableCell::of(label(Label::Won, language)),
                     TableCell::of(label(Label::Roi, language))});
    CampaignTotals total;
    total.name = std::string(label(Label::Total, language));
    auto add_to_total = [&](const CampaignTotals& t) {
        total.cost += t.cost;
        total.attendees += t.attendees;
        total.deals += t.deals;
        total.pipeline.add(t.pipeline.value());
        total.weighted.add(t.weighted.value());
        total.won.add(t.won.value());
    };
    for (const CampaignTotals& t : campaigns) {
        table.push_back(t.row());
        add_to_total(t);
    }
    if (unmatched.deals > 0) {
        TableRow row = unmatched.row();
        row[1] = row[2] = row[3] = row[8] = TableCell::empty(); // no cost of its own
        table.push_back(std::move(row));
        add_to_total(unmatched);
    }
    table.push_back(total.row());
    return table;
}

} // namespace kat
