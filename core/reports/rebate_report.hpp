// The rebate statements sheet (SPEC §5, §9): the policy used at the top as an editable
// block that feeds ICM.STATEMENT, one formatted block per partner and period referring
// to the live statement table below them.
#pragma once

#include "reports/report_sheet.hpp"

namespace kat {

// Policy rows (name, value) as ICM.STATEMENT reads them; the seed's policy by default.
std::vector<std::vector<Cell>> seed_policy_rows(Language language);

ReportSheet rebate_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                          const std::vector<std::vector<Cell>>& policy_rows, Language language);

} // namespace kat
