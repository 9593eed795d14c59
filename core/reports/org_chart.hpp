// The org-chart sheet (SPEC §6, §9): one box per person from the tidy tree layout —
// name, title and role badge, filled by support, outlined by influence — and one
// connector per reporting line; the organisation's problems listed above the drawing.
#pragma once

#include <cstdint>
#include <functional>

#include "org/tidy_tree_layout.hpp"
#include "reports/report_sheet.hpp"

namespace kat {

struct OrgChartBox {
    std::size_t person = 0;  // 0-based data row in the table
    PlacedBox box;           // document units, from the top-left of the drawing area
    std::string name, title, badge;
    std::string text;        // what the box shows: name, title and badge, one per line
    std::uint32_t fill = 0xFFFFFF;  // RGB, by support
    long line_width = 0;            // 1/100 mm, by influence
};

struct OrgChartConnector {
    std::size_t manager_box = 0; // index into boxes
    std::size_t report_box = 0;
};

struct OrgChart {
    ReportSheet sheet;
    std::size_t drawing_row = 0; // the drawing starts at the top of this row, beside column A's left edge
    std::vector<OrgChartBox> boxes;
    std::vector<OrgChartConnector> connectors;
};

// The size a box's text takes as the office renders it (the extension lets a text shape
// grow to it and reads it back); without one, sizes are estimated from character widths.
using MeasureText = std::function<BoxSize(const std::string& text)>;

// Padding around the measured text inside a box (1/100 mm, each side).
inline constexpr double box_padding_x = 300.0, box_padding_y = 150.0;
// Up to this many people the chart is scaled onto one page; beyond, it tiles two pages wide.
inline constexpr std::size_t one_page_people = 40;

struct OrgChartOptions {
    bool only_with_roles = false; // keep the people with a buying role, each under their nearest manager with one
    MeasureText measure;
};

Result<OrgChart> org_chart(const Grid& grid, const DetectedTable& table, const SourcePlace& place,
                           const OrgChartOptions& options, Language language);

} // namespace kat
