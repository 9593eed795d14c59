#include "pipeline/performance_split.hpp"

#include <string>

#include "values/read_number.hpp"

namespace kat {

Result<std::vector<std::optional<double>>> performance_split(const Cell& amount_cell, const Cell& probability_cell,
                                                             const std::vector<Cell>& shares)
{
    const NumberReading amount = read_number(amount_cell);
    if (!amount.is_value())
        return make_error(ErrorKind::BadValue, "the amount is not a number");
    const NumberReading probability = read_probability(probability_cell);
    if (!probability.is_value())
        return make_error(ErrorKind::BadValue, "the probability is not between 0 and 100%");

    std::vector<std::optional<double>> credit;
    credit.reserve(shares.size());
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const NumberReading share = read_percentage(shares[i]);
        if (share.is_blank()) {
            credit.emplace_back();
            continue;
        }
        if (!share.is_value() || share.value < 0.0)
            return make_error(ErrorKind::BadValue, "share " + std::to_string(i + 1) + " is not a share of zero or more", i);
        credit.emplace_back(amount.value * probability.value * share.value);
    }
    return credit;
}

} // namespace kat
