#include "pipeline/efficiency.hpp"

#include <string>

#include "values/exact_sum.hpp"

namespace kat {

double open_pipeline(const std::vector<Deal>& deals, const StageModel& model)
{
    ExactSum total;
    for (const Deal& deal : deals)
        if (deal.amount && outcome_of(deal, model) == StageOutcome::Open)
            total.add(*deal.amount);
    return total.value();
}

Result<double> pipeline_coverage(double open_pipeline_amount, double target)
{
    if (target == 0.0)
        return make_error(ErrorKind::DivisionByZero, "the target is zero");
    if (target < 0.0)
        return make_error(ErrorKind::BadArgument, "the target is negative");
    return open_pipeline_amount / target;
}

Result<double> win_rate(const std::vector<Deal>& deals, const StageModel& model)
{
    std::size_t won = 0, lost = 0;
    for (const Deal& deal : deals) {
        const StageOutcome outcome = outcome_of(deal, model);
        won += outcome == StageOutcome::Won;
        lost += outcome == StageOutcome::Lost;
    }
    if (won + lost == 0)
        return make_error(ErrorKind::DivisionByZero, "no deal is won or lost yet");
    return static_cast<double>(won) / static_cast<double>(won + lost);
}

Result<double> average_sales_cycle(const std::vector<Deal>& deals, const StageModel& model)
{
    ExactSum days;
    std::size_t counted = 0;
    for (const Deal& deal : deals) {
        if (outcome_of(deal, model) != StageOutcome::Won || !deal.created || !deal.closed)
            continue;
        const double cycle = *deal.closed - *deal.created;
        if (cycle < 0.0)
            return make_error(ErrorKind::BadValue, "row " + std::to_string(deal.row + 1) + " closes before it was created", deal.row);
        days.add(cycle);
        ++counted;
    }
    if (counted == 0)
        return make_error(ErrorKind::DivisionByZero, "no won deal has both a created and a close date");
    return days.value() / static_cast<double>(counted);
}

} // namespace kat
