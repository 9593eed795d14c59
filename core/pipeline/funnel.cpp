#include "pipeline/funnel.hpp"

#include "values/exact_sum.hpp"

namespace kat {

namespace {

// Adds deals up one at a time; the funnel is complete after finish().
class FunnelBuilder {
public:
    explicit FunnelBuilder(const StageModel& model)
        : model_(model), amount_(model.stages().size()), weighted_(model.stages().size()),
          reached_from_(model.stages().size() + 1, 0) // difference array: one pass, no inner loop
    {
        funnel_.stages.resize(model.stages().size());
    }

    void add(const Deal& deal)
    {
        if (!deal.stage)
            return;
        const StageIndex s = *deal.stage;
        FunnelStage& stage = funnel_.stages[s];
        ++stage.deals;
        ++funnel_.deals;
        const StageOutcome outcome = model_.stage(s).outcome;
        if (outcome == StageOutcome::Won)
            ++funnel_.won;
        if (outcome == StageOutcome::Lost) {
            ++funnel_.lost;
            ++reached_from_[0];
            --reached_from_[1];
        } else {
            ++reached_from_[0];
            --reached_from_[s + 1];
        }
        if (deal.amount) {
            const double w = *deal.amount * win_probability(deal, model_).value_or(0.0);
            amount_[s].add(*deal.amount);
            weighted_[s].add(w);
            total_amount_.add(*deal.amount);
            total_weighted_.add(w);
        }
    }

    Funnel finish()
    {
        std::size_t running = 0;
        for (std::size_t i = 0; i < funnel_.stages.size(); ++i) {
            running += reached_from_[i];
            funnel_.stages[i].amount = amount_[i].value();
            funnel_.stages[i].weighted = weighted_[i].value();
            funnel_.stages[i].reached = model_.stage(i).outcome == StageOutcome::Lost ? funnel_.stages[i].deals : running;
        }
        funnel_.amount = total_amount_.value();
        funnel_.weighted = total_weighted_.value();
        return funnel_;
    }

private:
    const StageModel& model_;
    Funnel funnel_;
    std::vector<ExactSum> amount_, weighted_;
    std::vector<std::size_t> reached_from_;
    ExactSum total_amount_, total_weighted_;
};

} // namespace

Funnel build_funnel(const std::vector<Deal>& deals, const StageModel& model)
{
    FunnelBuilder builder(model);
    for (const Deal& deal : deals)
        builder.add(deal);
    return builder.finish();
}

Result<Funnel> funnel_of(const DealColumns& columns, const StageModel& model)
{
    FunnelBuilder builder(model);
    Result<DealNames> read = visit_deals(columns, model, [&](const Deal& deal) { builder.add(deal); });
    if (!read.ok())
        return read.error();
    Funnel funnel = builder.finish();
    funnel.stage_spellings = std::move(read.value().stage_spellings);
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
        table.push_back({TableCell::of(stage_display(funnel.stage_spellings, model, i, language)),
                         TableCell::of(static_cast<double>(row.deals)),
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
        table.push_back({TableCell::of(stage_display(funnel.stage_spellings, model, i, language)), TableCell::of(reached),
                         previous ? TableCell::ratio(reached, static_cast<double>(previous->reached)) : TableCell::empty(),
                         first ? TableCell::ratio(reached, static_cast<double>(first->reached)) : TableCell::ratio(reached, reached)});
        if (!first)
            first = &row;
        previous = &row;
    }
    return table;
}

} // namespace kat
