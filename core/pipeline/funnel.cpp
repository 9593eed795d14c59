#include "pipeline/funnel.hpp"

#include "values/exact_sum.hpp"

namespace kat {

std::string_view stage_label(const Stage& stage, Language language)
{
    return language == Language::Chinese ? stage.name : stage.english_name;
}

Funnel build_funnel(const std::vector<Deal>& deals, const StageModel& model)
{
    const std::size_t n = model.stages().size();
    Funnel funnel;
    funnel.stages.resize(n);
    std::vector<ExactSum> amount(n), weighted(n);
    std::vector<std::size_t> reached_from(n + 1, 0); // difference array: one pass, no inner loop
    ExactSum total_amount, total_weighted;

    for (const Deal& deal : deals) {
        if (!deal.stage)
            continue;
        const StageIndex s = *deal.stage;
        FunnelStage& stage = funnel.stages[s];
        ++stage.deals;
        ++funnel.deals;
        const StageOutcome outcome = model.stage(s).outcome;
        if (outcome == StageOutcome::Won)
            ++funnel.won;
        if (outcome == StageOutcome::Lost) {
            ++funnel.lost;
            ++reached_from[0];
            --reached_from[1];
        } else {
            ++reached_from[0];
            --reached_from[s + 1];
        }
        if (deal.amount) {
            const double w = *deal.amount * win_probability(deal, model).value_or(0.0);
            amount[s].add(*deal.amount);
            weighted[s].add(w);
            total_amount.add(*deal.amount);
            total_weighted.add(w);
        }
    }
    std::size_t running = 0;
    for (std::size_t i = 0; i < n; ++i) {
        running += reached_from[i];
        funnel.stages[i].amount = amount[i].value();
        funnel.stages[i].weighted = weighted[i].value();
        funnel.stages[i].reached = model.stage(i).outcome == StageOutcome::Lost ? funnel.stages[i].deals : running;
    }
    funnel.amount = total_amount.value();
    funnel.weighted = total_weighted.value();
    return funnel;
}

Table funnel_table(const Funnel& funnel, const StageModel& model, Language language)
{
    Table table;
    table.push_back({TableCell::of(label(Label::Stage, language)), TableCell::of(label(Label::Deals, language)),
                     TableCell::of(label(Label::Amount, language)), TableCell::of(label(Label::Weighted, language)),
                     TableCell::of(label(Label::WinProbability, language)),
                     TableCell::of(label(Label::ConversionFromPrevious, language))});
    const FunnelStage* previous = nullptr;
    for (StageIndex i = 0; i < model.stages().size(); ++i) {
        const Stage& stage = model.stage(i);
        const FunnelStage& row = funnel.stages[i];
        const bool lost = stage.outcome == StageOutcome::Lost;
        TableCell conversion = TableCell::empty();
        if (!lost && previous)
            conversion = TableCell::ratio(static_cast<double>(row.reached), static_cast<double>(previous->reached));
        table.push_back({TableCell::of(stage_label(stage, language)), TableCell::of(static_cast<double>(row.deals)),
                         TableCell::of(row.amount), TableCell::of(row.weighted), TableCell::of(stage.probability),
                         conversion});
        if (!lost)
            previous = &row;
    }
    table.push_back({TableCell::of(label(Label::Total, language)), TableCell::of(static_cast<double>(funnel.deals)),
                     TableCell::of(funnel.amount), TableCell::of(funnel.weighted),
                     TableCell::ratio(funnel.weighted, funnel.amount),
                     TableCell::ratio(static_cast<double>(funnel.won), static_cast<double>(funnel.deals))});
    return table;
}

Table conversion_table(const Funnel& funnel, const StageModel& model, Language language)
{
    Table table;
    table.push_back({TableCell::of(label(Label::Stage, language)), TableCell::of(label(Label::Reached, language)),
                     TableCell::of(label(Label::ConversionFromPrevious, language)),
                     TableCell::of(label(Label::CumulativeConversion, language))});
    const FunnelStage* first = nullptr;
    const FunnelStage* previous = nullptr;
    for (StageIndex i = 0; i < model.stages().size(); ++i) {
        const Stage& stage = model.stage(i);
        if (stage.outcome == StageOutcome::Lost)
            continue;
        const FunnelStage& row = funnel.stages[i];
        const double reached = static_cast<double>(row.reached);
        table.push_back({TableCell::of(stage_label(stage, language)), TableCell::of(reached),
                         previous ? TableCell::ratio(reached, static_cast<double>(previous->reached)) : TableCell::empty(),
                         first ? TableCell::ratio(reached, static_cast<double>(first->reached)) : TableCell::ratio(reached, reached)});
        if (!first)
            first = &row;
        previous = &row;
    }
    return table;
}

} // namespace kat
