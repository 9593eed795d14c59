#include "pipeline/forecast_hygiene.hpp"

#include <algorithm>
#include <unordered_map>

#include "pipeline/deal.hpp"
#include "stakeholders/buying_role.hpp"
#include "stakeholders/stakeholder.hpp"
#include "text/fold.hpp"
#include "values/exact_sum.hpp"
#include "values/side_by_side.hpp"

namespace kat {
namespace {

// What the stakeholder table says about one deal.
struct Evidence {
    bool supportive_coach = false;
    bool economic_buyer = false;
    bool technical_opposed = false;
};

Result<std::unordered_map<std::string, Evidence>> evidence_by_deal(const HygieneColumns& c)
{
    const SideBySide people{c.people_deals, c.people_roles, c.people_support};
    const Result<std::size_t> rows = people.rows("the stakeholder ranges");
    if (!rows.ok())
        return rows.error();
    std::unordered_map<std::string, Evidence> by_deal;
    std::unordered_map<std::string, std::string> keys; // raw text → folded key, once per distinct text
    for (std::size_t r = 0; r < rows.value(); ++r) {
        if (people.blank_row(r))
            continue;
        const Cell& deal = (*c.people_deals)[r];
        if (deal.kind != Cell::Kind::Text || trim(deal.text).empty())
            continue; // a person on no deal says nothing about any deal
        auto key = keys.find(deal.text);
        if (key == keys.end())
            key = keys.emplace(deal.text, fold_key(deal.text)).first;
        const Cell& role_cell = (*c.people_roles)[r];
        const std::optional<BuyingRole> role =
            role_cell.kind == Cell::Kind::Text ? buying_role_named(role_cell.text) : std::nullopt;
        std::optional<Support> support;
        if (c.people_support) {
            const Result<std::optional<Support>> read = read_support((*c.people_support)[r]);
            if (!read.ok())
                return make_error(ErrorKind::BadValue, "support in stakeholder row " + std::to_string(r + 1) + " cannot be read", r);
            support = read.value();
        }
        Evidence& e = by_deal[key->second];
        if (role == BuyingRole::Coach && support == Support::Support)
            e.supportive_coach = true;
        if (role == BuyingRole::Economic)
            e.economic_buyer = true;
        if (role == BuyingRole::Technical && support == Support::Oppose)
            e.technical_opposed = true;
    }
    return by_deal;
}

} // namespace

double highest_open_probability_below(const StageModel& model, double limit)
{
    double highest = 0.0;
    for (const Stage& stage : model.stages())
        if (stage.outcome == StageOutcome::Open && stage.probability < limit - 1e-12)
            highest = std::max(highest, stage.probability);
    return highest;
}

Result<ForecastHygiene> forecast_hygiene(const HygieneColumns& c, const StageModel& model)
{
    const Result<std::unordered_map<std::string, Evidence>> evidence = evidence_by_deal(c);
    if (!evidence.ok())
        return evidence.error();
    // Deal names read as groups: folded like every other name, first spelling kept.
    const Result<DealSet> read =
        read_deals(DealColumns{c.amounts, c.stages, c.probabilities, nullptr, nullptr, c.close_dates, c.deals}, model);
    if (!read.ok())
        return read.error();
    const DealSet& set = read.value();

    const double below_coach = highest_open_probability_below(model, 0.30);
    const double below_economic = highest_open_probability_below(model, 0.50);
    static const Evidence none;
    ForecastHygiene hygiene;
    hygiene.stage_spellings = set.stage_spellings;
    ExactSum claimed_total, supported_total;
    for (const Deal& deal : set.deals) {
        DealHygiene d;
        d.row = deal.row;
        d.deal = set.groups[deal.group];
        d.stage = deal.stage;
        d.amount = deal.amount;
        d.claimed = win_probability(deal, model).value_or(0.0);
        d.supported = d.claimed;
        if (outcome_of(deal, model) == StageOutcome::Open) {
            const auto found = d.deal.empty() ? evidence.value().end() : evidence.value().find(fold_key(d.deal));
            const Evidence& e = found == evidence.value().end() ? none : found->second;
            if (d.claimed >= 0.30 - 1e-12 && !e.supportive_coach) {
                d.flags.push_back(HygieneFlag::NoSupportiveCoach);
                d.supported = std::min(d.supported, below_coach);
            }
            if (d.claimed >= 0.50 - 1e-12 && !e.economic_buyer) {
                d.flags.push_back(HygieneFlag::EconomicBuyerUnknown);
                d.supported = std::min(d.supported, below_economic);
            }
            if (e.technical_opposed)
                d.flags.push_back(HygieneFlag::TechnicalVeto);
            if (deal.probability && deal.stage && *deal.probability > model.stage(*deal.stage).probability + 0.20 + 1e-12)
                d.flags.push_back(HygieneFlag::ClaimedAboveStage);
            if (!deal.amount)
                d.flags.push_back(HygieneFlag::AmountMissing);
            if (c.today && deal.closed && *deal.closed < *c.today)
                d.flags.push_back(HygieneFlag::ClosePassed);
        }
        if (d.amount && outcome_of(deal, model) != StageOutcome::Lost) {
            claimed_total.add(*d.amount * d.claimed);
            supported_total.add(*d.amount * d.supported);
        }
        if (!d.flags.empty())
            hygiene.flagged.push_back(std::move(d));
    }
    hygiene.claimed_forecast = claimed_total.value();
    hygiene.supported_forecast = supported_total.value();
    return hygiene;
}

std::string hygiene_reasons(const DealHygiene& d, Language language)
{
    std::string reasons;
    for (HygieneFlag flag : d.flags) {
        const Label text = flag == HygieneFlag::NoSupportiveCoach    ? Label::HygieneNoCoach
                         : flag == HygieneFlag::EconomicBuyerUnknown ? Label::HygieneNoEconomicBuyer
                         : flag == HygieneFlag::TechnicalVeto        ? Label::HygieneTechnicalVeto
                         : flag == HygieneFlag::ClaimedAboveStage    ? Label::HygieneAboveStage
                         : flag == HygieneFlag::AmountMissing        ? Label::HygieneNoAmount
                                                                     : Label::HygieneClosePassed;
        reasons += (reasons.empty() ? std::string() : label_text(Label::ReasonSeparator, language)) + label_text(text, language);
    }
    return reasons;
}

Table hygiene_table(const ForecastHygiene& hygiene, const StageModel& model, Language language)
{
    Table table;
    table.push_back({TableCell::of(label(Label::Deal, language)), TableCell::of(label(Label::Stage, language)),
                     TableCell::of(label(Label::Amount, language)), TableCell::of(label(Label::Claimed, language)),
                     TableCell::of(label(Label::Supported, language)), TableCell::of(label(Label::Reasons, language))});
    for (const DealHygiene& d : hygiene.flagged) {
        const std::string reasons = hygiene_reasons(d, language);
        table.push_back({d.deal.empty() ? TableCell::of(label(Label::Blank, language)) : TableCell::of(d.deal),
                         d.stage ? TableCell::of(stage_display(hygiene.stage_spellings, model, *d.stage, language)) : TableCell::empty(),
                         d.amount ? TableCell::of(*d.amount) : TableCell::empty(), TableCell::of(d.claimed),
                         TableCell::of(d.supported), TableCell::of(reasons)});
    }
    table.push_back({TableCell::of(label(Label::Total, language)), TableCell::empty(), TableCell::empty(),
                     TableCell::of(hygiene.claimed_forecast), TableCell::of(hygiene.supported_forecast), TableCell::empty()});
    return table;
}

} // namespace kat
