// Reading numbers the way people type them in sales sheets (SPEC §3):
// 40000, "1,200", "¥40,000", "40万" (= 400,000), "1.5亿", "(1,200)", "12%", full-width digits.
#pragma once

#include <string_view>

#include "values/cell.hpp"

namespace kat {

struct NumberReading {
    enum class State { Blank, Value, Unreadable };
    State state = State::Blank;
    double value = 0.0;
    bool had_percent_sign = false;

    bool is_value() const { return state == State::Value; }
    bool is_blank() const { return state == State::Blank; }
};

// Any amount or count: a number cell as is, numeric text parsed. A Calc error cell and
// text that is not a number are Unreadable; an empty cell or blank text is Blank.
NumberReading read_number(const Cell& cell);
NumberReading read_number_text(std::string_view text);

// A percentage as people type it, as a fraction: 0.7, 70 and "70%" all read as 0.7 (a bare
// number above 1 is a percentage). No bounds: shares may overlap (a 120 % overlay credit).
NumberReading read_percentage(const Cell& cell);

// A win probability as a fraction in [0, 1]: 0.3, 30 and "30%" all read as 0.3.
// Values above 1 are percentages; anything below 0 or above 100% is Unreadable.
NumberReading read_probability(const Cell& cell);

} // namespace kat
