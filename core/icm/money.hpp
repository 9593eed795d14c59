// Exact money for rebates (SPEC §5: "money is exact").
//
// Amounts are integer cents (分), rates integer parts per million. A cell's amount is
// rounded to the cent once, when it is read; a rebate is rounded to the cent once, half
// away from zero, where it is computed (each ledger entry's single-deal rebate, each
// period's volume rebate). Sums of cents are exact, so a statement adds up to the cent
// and the order of the rows never changes a total.
#pragma once

#include <cstdint>
#include <optional>

namespace kat {

using Cents = std::int64_t;

struct Rate {
    std::int64_t ppm = 0; // 5 % = 50,000 ppm

    static Rate from_fraction(double fraction);
    double fraction() const { return static_cast<double>(ppm) / 1e6; }
    bool operator==(const Rate& other) const { return ppm == other.ppm; }
};

// nullopt when the amount cannot be held in cents (beyond ±9 × 10^16).
std::optional<Cents> to_cents(double amount);
double to_amount(Cents cents);

// cents × rate, rounded half away from zero to the cent, computed without overflow.
Cents apply_rate(Cents cents, Rate rate);

} // namespace kat
