// The period a forecast review covers (SPEC §4): the quarter, half or year today falls in,
// or the user's own dates. Chosen in the Funnel panel and kept in the workbook, so the
// review a manager rebuilds next week covers the same kind of period.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "i18n/labels.hpp"
#include "pipeline/forecast_review.hpp"

namespace kat {

enum class PeriodChoice { ThisQuarter, ThisHalf, ThisYear, Custom };

// Stable codes for storage: "quarter", "half", "year", "custom".
std::string_view period_choice_code(PeriodChoice choice);
// Unknown or empty text: the quarter (what a weekly review is about).
PeriodChoice period_choice_from_code(std::string_view code);

struct ChosenPeriod {
    PeriodChoice choice = PeriodChoice::ThisQuarter;
    ReviewPeriod custom; // Custom: the user's bounds (either may be open)
};

// First and last day (Calc serials, inclusive) of the period that `today` falls in; the
// custom bounds as they are.
ReviewPeriod period_bounds(const ChosenPeriod& period, double today);

// "2026 Q4" / "2026年第4季度", "2026 H2", "2026"; a custom period "2026-10-01 – 2026-12-31"
// (an open bound reads "…").
std::string period_name(const ChosenPeriod& period, double today, Language language);

// "period|from|to" as the workbook keeps it (dates as serials), and back; unreadable
// parts fall back to the quarter and open bounds.
std::string period_to_text(const ChosenPeriod& period);
ChosenPeriod period_from_text(std::string_view text);

} // namespace kat
