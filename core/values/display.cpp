#include "values/display.hpp"

#include <cmath>
#include <cstdio>

namespace kat {
namespace {

const char* const not_a_number = "\xE2\x80\x94"; // —

std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

} // namespace

std::string display_amount(double amount)
{
    if (!std::isfinite(amount) || std::fabs(amount) >= 1e18)
        return not_a_number;
    const double rounded = std::round(amount);
    const bool negative = rounded < 0;
    const std::string digits = fixed(std::fabs(rounded), 0);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return (negative ? "-" : "") + out;
}

std::string display_percent(double fraction)
{
    if (!std::isfinite(fraction))
        return not_a_number;
    return fixed(fraction * 100.0, 1) + "%";
}

std::string display_multiple(double multiple)
{
    if (!std::isfinite(multiple))
        return not_a_number;
    return fixed(multiple, 1) + "\xC3\x97"; // ×
}

} // namespace kat
