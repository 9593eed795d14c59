#include "accounts/pareto.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "values/exact_sum.hpp"
#include "values/read_number.hpp"

namespace kat {

Result<std::vector<std::optional<char>>> abc_classes(const Column& revenues, double a_share, double b_share)
{
    if (!(a_share > 0.0 && a_share <= b_share && b_share <= 1.0))
        return make_error(ErrorKind::BadArgument, "shares must satisfy 0 < A share ≤ B share ≤ 100%");

    std::vector<double> value(revenues.size(), 0.0);
    std::vector<std::size_t> accounts;
    ExactSum total;
    for (std::size_t i = 0; i < revenues.size(); ++i) {
        const NumberReading r = read_number(revenues[i]);
        if (r.is_blank())
            continue;
        if (!r.is_value() || r.value < 0.0)
            return make_error(ErrorKind::BadValue, "revenue in row " + std::to_string(i + 1) + " is not a revenue of zero or more", i);
        value[i] = r.value;
        accounts.push_back(i);
        total.add(r.value);
    }
    std::stable_sort(accounts.begin(), accounts.end(), [&](std::size_t a, std::size_t b) { return value[a] > value[b]; });

    std::vector<std::optional<char>> classes(revenues.size());
    const double sum = total.value();
    ExactSum before;
    for (std::size_t i : accounts) {
        const double share_before = sum > 0.0 ? before.value() / sum : 1.0;
        classes[i] = (sum > 0.0 && value[i] > 0.0 && share_before < a_share) ? 'A'
                   : (sum > 0.0 && value[i] > 0.0 && share_before < b_share) ? 'B'
                                                                             : 'C';
        before.add(value[i]);
    }
    return classes;
}

} // namespace kat
