#include "pipeline/weighted_forecast.hpp"

#include <string>

#include "values/exact_sum.hpp"

namespace kat {

Result<double> weighted_forecast(const std::vector<Deal>& deals, const StageModel& model)
{
    ExactSum total;
    for (const Deal& deal : deals) {
        if (!deal.amount)
            continue;
        const std::optional<double> p = win_probability(deal, model);
        if (!p)
            return make_error(ErrorKind::NotFound,
                              "row " + std::to_string(deal.row + 1) + " has an amount but no stage or probability",
                              deal.row);
        total.add(*deal.amount * *p);
    }
    return total.value();
}

} // namespace kat
