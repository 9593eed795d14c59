// Reading dates as sales sheets hold them (SPEC §3): Calc date cells (serial days since
// 1899-12-30), ISO text (2026-11-02, 2026/11/02), US text (11/2/2026, as CRM exports
// write it) and Chinese text (2026年11月2日). A time after the date is ignored.
#pragma once

#include <string_view>

#include "values/cell.hpp"
#include "values/read_number.hpp"

namespace kat {

// The reading's value is a Calc serial day number (whole days).
NumberReading read_date(const Cell& cell);
NumberReading read_date_text(std::string_view text);

} // namespace kat
