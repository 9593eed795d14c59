// Numbers as the sidebar shows them: amounts with thousands separators, rates as percent.
// Sheets get number formats instead; these are for labels, where there is no format.
#pragma once

#include <string>

namespace kat {

// 1234567.8 → "1,234,568" (whole units; cents are noise in a headline). Not finite → "—".
std::string display_amount(double amount);
// 0.4523 → "45.2%".
std::string display_percent(double fraction);
// 3.24 → "3.2×".
std::string display_multiple(double multiple);

} // namespace kat
