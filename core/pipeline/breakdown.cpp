#include "pipeline/breakdown.hpp"

#include "values/exact_sum.hpp"

namespace kat {
namespace {

struct GroupTotals {
    std::size_t deals = 0, won_deals = 0, lost_deals = 0;
    ExactSum amount, weighted, won;

    void add(const Deal& deal, const StageModel& model)
    {
        ++deals;
        const StageOutcome outcome = outcome_of(deal, model);
        won_deals += outcome == StageOutcome::Won;
        lost_deals += outcome == StageOutcome::Lost;
        if (!deal.amount)
            return;
        amount.add(*deal.amount);
        weighted.add(*deal.amount * win_probability(deal, model).value_or(0.0));
        if (outcome == StageOutcome::Won)
            won.add(*deal.amount);
    }
    TableRow row(TableCell name) const
    {
        return {std::move(name), TableCell::of(static_cast<double>(deals)), TableCell::of(amount.value()),
                TableCell::of(weighted.value()), TableCell::of(won.value()),
                TableCell::ratio(static_cast<double>(won_deals), static_cast<double>(won_deals + lost_deals))};
    }
};

} // namespace

Table breakdown_table(const DealSet& set, const StageModel& model, Language language)
{
    std::vector<GroupTotals> groups(set.groups.size());
    GroupTotals total;
    for (const Deal& deal : set.deals) {
        groups[deal.group].add(deal, model);
        total.add(deal, model);
    }
    Table table;
    table.push_back({TableCell::of(label(Label::Group, language)), TableCell::of(label(Label::Deals, language)),
                     TableCell::of(label(Label::Amount, language)), TableCell::of(label(Label::Weighted, language)),
                     TableCell::of(label(Label::Won, language)), TableCell::of(label(Label::WinRate, language))});
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::string& name = set.groups[g];
        table.push_back(groups[g].row(TableCell::of(name.empty() ? label(Label::Blank, language) : std::string_view(name))));
    }
    table.push_back(total.row(TableCell::of(label(Label::Total, language))));
    return table;
}

} // namespace kat
