#include "pipeline/forecast_review.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "pipeline/deal.hpp"
#include "text/fold.hpp"
#include "values/cell_text.hpp"
#include "values/display.hpp"
#include "values/exact_sum.hpp"
#include "values/read_number.hpp"
#include "values/side_by_side.hpp"

namespace kat {
namespace {

struct GroupReview {
    std::string name;
    std::optional<double> target;
    ExactSum won, commit, best_case, weighted, open;

    void add(const Deal& deal, const StageModel& model)
    {
        if (!deal.amount)
            return;
        const double amount = *deal.amount;
        const StageOutcome outcome = outcome_of(deal, model);
        if (outcome == StageOutcome::Lost)
            return;
        if (outcome == StageOutcome::Won)
            won.add(amount);
        else
            open.add(amount);
        const ForecastCategory category = category_of(deal, model);
        if (category == ForecastCategory::Closed || category == ForecastCategory::Commit)
            commit.add(amount);
        if (category == ForecastCategory::Closed || category == ForecastCategory::Commit || category == ForecastCategory::BestCase)
            best_case.add(amount);
        weighted.add(amount * win_probability(deal, model).value_or(0.0));
    }

    TableRow row(TableCell label) const
    {
        const double won_now = won.value(), open_now = open.value();
        TableCell gap = TableCell::empty(), coverage = TableCell::empty(), attainment = TableCell::empty();
        if (target) {
            const double missing = std::max(0.0, *target - won_now);
            gap = TableCell::of(missing);
            if (missing > 0.0)
                coverage = TableCell::of(open_now / missing);
            attainment = TableCell::ratio(won_now, *target);
        }
        return {std::move(label), target ? TableCell::of(*target) : TableCell::empty(), TableCell::of(won_now),
                TableCell::of(commit.value()), TableCell::of(best_case.value()), TableCell::of(weighted.value()), gap,
                TableCell::of(open_now), coverage, attainment};
    }
};

bool in_period(const Deal& deal, const ReviewPeriod& period)
{
    if (!period.from && !period.to)
        return true;
    if (!deal.closed)
        return false;
    return (!period.from || *deal.closed >= *period.from) && (!period.to || *deal.closed <= *period.to);
}

} // namespace

Result<Table> forecast_review_table(const ReviewColumns& c, const std::vector<std::vector<Cell>>& targets,
                                    const ReviewPeriod& period, const StageModel& model, Language language)
{
    std::vector<GroupReview> groups;
    std::unordered_map<std::string, std::size_t> by_key;
    for (std::size_t r = 0; r < targets.size(); ++r) {
        const std::vector<Cell>& row = targets[r];
        if (row.size() < 2)
            return make_error(ErrorKind::BadArgument, "targets need two columns: group, target");
        const std::string name = cell_text(row[0]);
        if (name.empty() && row[1].is_empty())
            continue;
        const NumberReading target = read_number(row[1]);
        if (row[1].is_empty()) { // a group whose target is not set yet: listed, no target
            if (!by_key.emplace(fold_key(name), groups.size()).second)
                return make_error(ErrorKind::BadArgument, "the group '" + name + "' is listed twice", r);
            GroupReview group;
            group.name = name;
            groups.push_back(std::move(group));
            continue;
        }
        if (!target.is_value()) {
            if (r == 0)
                continue; // a header row: 区域 | 目标
            return make_error(ErrorKind::BadValue, "target in row " + std::to_string(r + 1) + " is not a number", r);
        }
        if (!by_key.emplace(fold_key(name), groups.size()).second)
            return make_error(ErrorKind::BadArgument, "the group '" + name + "' has two targets", r);
        GroupReview group;
        group.name = name;
        group.target = target.value;
        groups.push_back(std::move(group));
    }

    // amounts, stages, probabilities, categories, created, closed, groups
    const Result<DealSet> read =
        read_deals(DealColumns{c.amounts, c.stages, c.probabilities, c.categories, nullptr, c.close_dates, c.groups}, model);
    if (!read.ok())
        return read.error();
    const DealSet& set = read.value();
    std::vector<std::size_t> group_of(set.groups.size());
    for (std::size_t g = 0; g < set.groups.size(); ++g) {
        const auto [at, added] = by_key.emplace(fold_key(set.groups[g]), groups.size());
        if (added) {
            GroupReview group;
            group.name = set.groups[g];
            groups.push_back(std::move(group));
        }
        group_of[g] = at->second;
    }
    GroupReview total;
    ExactSum target_total;
    bool any_target = false;
    for (const GroupReview& g : groups)
        if (g.target) {
            target_total.add(*g.target);
            any_target = true;
        }
    if (any_target)
        total.target = target_total.value();
    for (const Deal& deal : set.deals) {
        if (!in_period(deal, period))
            continue;
        groups[group_of[deal.group]].add(deal, model);
        total.add(deal, model);
    }

    Table table;
    table.push_back({TableCell::of(label(Label::Group, language)), TableCell::of(label(Label::Target, language)),
                     TableCell::of(label(Label::Won, language)), TableCell::of(label(Label::CommitForecast, language)),
                     TableCell::of(label(Label::BestCaseForecast, language)), TableCell::of(label(Label::Weighted, language)),
                     TableCell::of(label(Label::Gap, language)), TableCell::of(label(Label::OpenPipeline, language)),
                     TableCell::of(label(Label::GapCoverage, language)), TableCell::of(label(Label::Attainment, language))});
    for (const GroupReview& g : groups)
        table.push_back(g.row(TableCell::of(g.name.empty() ? std::string(label(Label::Blank, language)) : g.name)));
    table.push_back(total.row(TableCell::of(label(Label::Total, language))));
    return table;
}

Result<Table> split_credit_table(const CreditColumns& c, const StageModel& model, Language language)
{
    // The deals, by name (the names read as groups: folded, first spelling kept).
    const Result<DealSet> read =
        read_deals(DealColumns{c.amounts, c.stages, c.probabilities, nullptr, nullptr, nullptr, c.deals}, model);
    if (!read.ok())
        return read.error();
    const DealSet& set = read.value();
    std::unordered_map<std::string, std::size_t> deal_by_key; // folded name → first deal with it
    for (std::size_t i = 0; i < set.deals.size(); ++i)
        deal_by_key.emplace(fold_key(set.groups[set.deals[i].group]), i);

    const SideBySide splits{c.split_deals, c.split_members, c.split_shares};
    const Result<std::size_t> rows = splits.rows("the split ranges");
    if (!rows.ok())
        return rows.error();
    struct Credit {
        std::string member;
        ExactSum pipeline, weighted, won;
    };
    std::vector<Credit> members;
    std::unordered_map<std::string, std::size_t> member_by_key;
    std::vector<std::pair<std::string, ExactSum>> shares_of_deal; // deal name → Σ shares, in order
    std::unordered_map<std::string, std::size_t> share_index;
    for (std::size_t r = 0; r < rows.value(); ++r) {
        if (splits.blank_row(r))
            continue;
        const std::string deal_name = cell_text((*c.split_deals)[r]), member = cell_text((*c.split_members)[r]);
        const NumberReading share = read_percentage((*c.split_shares)[r]);
        if (deal_name.empty() || member.empty() || !share.is_value() || share.value < 0.0)
            return make_error(ErrorKind::BadValue, "split row " + std::to_string(r + 1) + " needs a deal, a member and a share", r);
        const auto found = deal_by_key.find(fold_key(deal_name));
        if (found == deal_by_key.end())
            return make_error(ErrorKind::NotFound, "split row " + std::to_string(r + 1) + ": no deal '" + deal_name + "'", r);
        const Deal& deal = set.deals[found->second];
        const auto [at, added] = member_by_key.emplace(fold_key(member), members.size());
        if (added)
            members.push_back(Credit{member, {}, {}, {}});
        Credit& credit = members[at->second];
        const auto [s, new_deal] = share_index.emplace(fold_key(deal_name), shares_of_deal.size());
        if (new_deal)
            shares_of_deal.emplace_back(deal_name, ExactSum());
        shares_of_deal[s->second].second.add(share.value);
        if (!deal.amount)
            continue;
        const StageOutcome outcome = outcome_of(deal, model);
        if (outcome == StageOutcome::Open)
            credit.pipeline.add(*deal.amount * share.value);
        if (outcome == StageOutcome::Won)
            credit.won.add(*deal.amount * share.value);
        credit.weighted.add(*deal.amount * win_probability(deal, model).value_or(0.0) * share.value);
    }

    Table table;
    table.push_back({TableCell::of(label(Label::Member, language)), TableCell::of(label(Label::CreditedPipeline, language)),
                     TableCell::of(label(Label::CreditedWeighted, language)), TableCell::of(label(Label::CreditedWon, language))});
    ExactSum pipeline, weighted, won;
    for (const Credit& m : members) {
        table.push_back({TableCell::of(m.member), TableCell::of(m.pipeline.value()), TableCell::of(m.weighted.value()),
                         TableCell::of(m.won.value())});
        pipeline.add(m.pipeline.value());
        weighted.add(m.weighted.value());
        won.add(m.won.value());
    }
    table.push_back({TableCell::of(label(Label::Total, language)), TableCell::of(pipeline.value()), TableCell::of(weighted.value()),
                     TableCell::of(won.value())});
    for (const auto& [deal, sum] : shares_of_deal)
        if (std::fabs(sum.value() - 1.0) > 1e-9)
            table.push_back({TableCell::of(format_label(Label::SharesDoNotAddUp, language, {deal, display_percent(sum.value())})),
                             TableCell::empty(), TableCell::empty(), TableCell::empty()});
    return table;
}

} // namespace kat
