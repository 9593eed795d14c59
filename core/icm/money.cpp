#include "icm/money.hpp"

#include <cmath>

namespace kat {

Rate Rate::from_fraction(double fraction) { return Rate{static_cast<std::int64_t>(std::llround(fraction * 1e6))}; }

std::optional<Cents> to_cents(double amount)
{
    const double cents = std::round(amount * 100.0);
    if (!std::isfinite(cents) || std::fabs(cents) > 9.0e16)
        return std::nullopt;
    return static_cast<Cents>(cents);
}

double to_amount(Cents cents) { return static_cast<double>(cents) / 100.0; }

Cents apply_rate(Cents cents, Rate rate)
{
    const __int128 product = static_cast<__int128>(cents) * rate.ppm;
    const __int128 half = 500000;
    const __int128 rounded = product >= 0 ? (product + half) / 1000000 : -((-product + half) / 1000000);
    return static_cast<Cents>(rounded);
}

} // namespace kat
