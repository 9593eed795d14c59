// The role map sheet (SPEC §6, §9; seed 004 匹配关键角色): the influence × support grid,
// how well the four buying influences are covered, and the red flags, all live.
#pragma once

#include "reports/report_sheet.hpp"

namespace kat {

ReportSheet role_map_report(const Grid& grid, const DetectedTable& table, const SourcePlace& place, Language language);

} // namespace kat
