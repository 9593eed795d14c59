// The org-chart sheet (SPEC §6, §9): one box per person from the tidy tree layout —
// name, title and role badge, filled by support, outlined by influence — and one
// connector per reporting line; the organisation's problems listed above the drawing.
#pragma once

#include <cstdint>

#include "org/tidy_tree_layout.hpp"
#include "reports/report_sheet.hpp"

namespace kat {

struct OrgChartBox {
    std::size_t person = 0;  // 0-based data row in the table
    PlacedBox box;           // document units, already offset below the sheet's text
    std::string name, title, badge;
    std::uint32_t fill = 0xFFFFFF;  // RGB, by support
    long line_width = 0;            // 1/100 mm, by influence
};

struct OrgChartConnector {
    std::size_t manager_box = 0; // index into boxes
    std::size_t report_box = 0;
};

struct OrgChart {
    ReportSheet sheet;
    std::vector<OrgChartBox> boxes;
    std::vector<OrgChartConnector> connectors;
};

// only_with_roles: keep the people with a buying role, each hung under their nearest
// manager who has one. The drawing starts below the sheet's text (rows of 0.452 cm).
Result<OrgChart> org_chart(const Grid& grid, const DetectedTable& table, const SourcePlace& place, bool only_with_roles,
                           Language language);

} // namespace kat
