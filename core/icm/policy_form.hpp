// The rebate policy as the Rebates panel edits it: one text per field, as the user typed
// it ("5%", "100,000", "200000:2%; 500000:3%"), kept in the document as text and turned
// into the policy rows that ICM.STATEMENT and the statements sheet read. A form that does
// not make a valid policy is never stored half-read: policy_rows says what is wrong.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "i18n/labels.hpp"
#include "result.hpp"
#include "values/cell.hpp"

namespace kat {

struct PolicyForm {
    // The seed's policy (seeds 000, 002).
    std::string rate = "5%";
    std::string threshold = "100000";
    std::string volume_rate = "1%";
    std::string indirect_weight = "40%";
    std::string period = "half-year"; // half-year, year, quarter, month (or 半年, 年, 季度, 月)
    std::string tiers;                // "200000:2%; 500000:3%": replaces threshold and volume rate
    std::string cap;                  // "" = no cap

    bool operator==(const PolicyForm& other) const;
};

// One "key=value" per line; unknown keys are skipped and missing ones keep the seed's value.
std::string policy_form_to_text(const PolicyForm& form);
PolicyForm policy_form_from_text(std::string_view text);

// Rows (setting, value[, rate]) named in the language, numbers as numbers: what the
// statements sheet shows and ICM.STATEMENT reads. BadArgument names the field at fault.
Result<std::vector<std::vector<Cell>>> policy_rows(const PolicyForm& form, Language language);

} // namespace kat
