// A cell as text for names and labels: an employee number 1001 or a year 2026 used as a
// name or a group must read "1001" and "2026", as Calc's General format shows them.
#pragma once

#include <string>

#include "values/cell.hpp"

namespace kat {

// Text trimmed of surrounding white space; a number in the shortest form that Calc's
// General format would show (up to 15 significant digits); empty and error cells → "".
std::string cell_text(const Cell& cell);

} // namespace kat
