// Org-chart layout: a tidy layered tree (Reingold–Tilford, with Walker's and Buchheim,
// Jünger & Leipert's improvements: linear time), extended to boxes of different widths
// and heights, forests (each top's tree beside the last) and compact stacks: a manager
// with many reports who have no reports of their own gets them in a column under them,
// instead of one very wide row. Coordinates are document units (1/100 mm).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "result.hpp"

namespace kat {

struct BoxSize {
    double width = 4000.0;
    double height = 1600.0;
};

struct LayoutOptions {
    double sibling_gap = 600.0;     // between boxes with the same manager
    double subtree_gap = 1200.0;    // between neighbouring subtrees
    double level_gap = 1400.0;      // between levels (connectors run in it)
    std::size_t stack_leaves_over = 4; // more leaf reports than this are stacked in a column
    double stack_indent = 800.0;    // room left of a stack for its connector spine
};

struct Point {
    double x = 0.0;
    double y = 0.0;
};

struct PlacedBox {
    double x = 0.0; // top-left
    double y = 0.0;
    double width = 0.0;
    double height = 0.0;
    double centre_x() const { return x + width / 2.0; }
};

struct ConnectorRoute {
    std::size_t manager = 0;
    std::size_t report = 0;
    std::vector<Point> points; // orthogonal polyline from the manager's box to the report's
};

struct OrgLayout {
    std::vector<PlacedBox> boxes;            // one per person, same index
    std::vector<ConnectorRoute> connectors;  // one per reporting line
    std::vector<bool> stacked;               // laid out in a stack under their manager
    double width = 0.0;
    double height = 0.0;
};

// parents: each person's manager (nullopt for a top); must be acyclic (OrgStructure::
// tree_parents breaks cycles) — a cycle here is a Cycle error, never a hang. sizes: one
// per person. Same input, same output.
Result<OrgLayout> tidy_tree_layout(const std::vector<std::optional<std::size_t>>& parents,
                                   const std::vector<BoxSize>& sizes, const LayoutOptions& options = {});

// A box big enough for a name and a title line (CJK characters count double).
BoxSize box_size_for(std::string_view name, std::string_view title);

} // namespace kat
