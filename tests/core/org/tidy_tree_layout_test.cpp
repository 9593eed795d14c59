#include <cppunit/extensions/HelperMacros.h>

#include <cmath>
#include <random>

#include "org/tidy_tree_layout.hpp"

using namespace kat;

namespace {
using Parents = std::vector<std::optional<std::size_t>>;

bool overlap(const PlacedBox& a, const PlacedBox& b)
{
    constexpr double eps = 1e-6;
    return a.x < b.x + b.width - eps && b.x < a.x + a.width - eps && a.y < b.y + b.height - eps && b.y < a.y + a.height - eps;
}

void assert_no_overlap(const OrgLayout& layout)
{
    // Sweep by x so 2,000 boxes stay quick.
    std::vector<std::size_t> order(layout.boxes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return layout.boxes[a].x < layout.boxes[b].x; });
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = i + 1; j < order.size(); ++j) {
            const PlacedBox& a = layout.boxes[order[i]];
            const PlacedBox& b = layout.boxes[order[j]];
            if (b.x >= a.x + a.width)
                break;
            CPPUNIT_ASSERT_MESSAGE("boxes " + std::to_string(order[i]) + " and " + std::to_string(order[j]) + " overlap",
                                   !overlap(a, b));
        }
}

void assert_parents_centred(const Parents& parents, const OrgLayout& layout)
{
    std::vector<std::vector<std::size_t>> kids(parents.size());
    for (std::size_t p = 0; p < parents.size(); ++p)
        if (parents[p])
            kids[*parents[p]].push_back(p);
    for (std::size_t p = 0; p < parents.size(); ++p) {
        if (kids[p].empty())
            continue;
        const double centre = layout.stacked[kids[p].front()]
                                  ? layout.boxes[kids[p].front()].centre_x()
                                  : (layout.boxes[kids[p].front()].centre_x() + layout.boxes[kids[p].back()].centre_x()) / 2.0;
        CPPUNIT_ASSERT_DOUBLES_EQUAL(centre, layout.boxes[p].centre_x(), 1e-6);
        for (std::size_t c : kids[p])
            CPPUNIT_ASSERT(layout.boxes[c].y > layout.boxes[p].y + layout.boxes[p].height); // reports below
    }
}

Parents random_tree(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    Parents parents(n);
    for (std::size_t i = 1; i < n; ++i)
        parents[i] = std::uniform_int_distribution<std::size_t>(i > 30 ? i - 30 : 0, i - 1)(rng);
    return parents;
}

std::vector<BoxSize> varied_sizes(std::size_t n)
{
    std::vector<BoxSize> sizes(n);
    for (std::size_t i = 0; i < n; ++i)
        sizes[i] = {2600.0 + static_cast<double>((i * 7919) % 5) * 700.0, 1100.0 + static_cast<double>(i % 3) * 400.0};
    return sizes;
}
} // namespace

class TidyTreeLayoutTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(TidyTreeLayoutTest);
    CPPUNIT_TEST(small_org_is_tidy);
    CPPUNIT_TEST(forest_trees_stand_side_by_side);
    CPPUNIT_TEST(many_leaf_reports_are_stacked_under_their_manager);
    CPPUNIT_TEST(one_connector_per_reporting_line_touching_both_boxes);
    CPPUNIT_TEST(random_org_of_two_thousand_with_varied_boxes);
    CPPUNIT_TEST(deep_chain_of_two_thousand);
    CPPUNIT_TEST(wide_org_of_two_thousand);
    CPPUNIT_TEST(small_org_has_the_expected_coordinates);
    CPPUNIT_TEST(cycle_is_an_error_not_a_hang);
    CPPUNIT_TEST(box_size_grows_with_the_name);
    CPPUNIT_TEST_SUITE_END();

public:
    void small_org_is_tidy()
    {
        // 0 → 1, 2, 3;  1 → 4, 5;  3 → 6
        const Parents parents = {std::nullopt, 0, 0, 0, 1, 1, 3};
        const OrgLayout layout = tidy_tree_layout(parents, varied_sizes(7)).value();
        assert_no_overlap(layout);
        assert_parents_centred(parents, layout);
        CPPUNIT_ASSERT(layout.boxes[1].x < layout.boxes[2].x && layout.boxes[2].x < layout.boxes[3].x); // input order kept
    }
    void forest_trees_stand_side_by_side()
    {
        const Parents parents = {std::nullopt, 0, 0, std::nullopt, 3, 3};
        const OrgLayout layout = tidy_tree_layout(parents, std::vector<BoxSize>(6)).value();
        assert_no_overlap(layout);
        CPPUNIT_ASSERT_EQUAL(layout.boxes[0].y, layout.boxes[3].y);
        CPPUNIT_ASSERT(layout.boxes[3].x > layout.boxes[2].x + layout.boxes[2].width); // second tree to the right
    }
    void many_leaf_reports_are_stacked_under_their_manager()
    {
        Parents parents = {std::nullopt};
        for (int i = 0; i < 8; ++i)
            parents.push_back(0);
        const OrgLayout layout = tidy_tree_layout(parents, std::vector<BoxSize>(9)).value();
        for (std::size_t c = 1; c < 9; ++c) {
            CPPUNIT_ASSERT(layout.stacked[c]);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(layout.boxes[0].centre_x(), layout.boxes[c].centre_x(), 1e-6);
            if (c > 1)
                CPPUNIT_ASSERT(layout.boxes[c].y > layout.boxes[c - 1].y + layout.boxes[c - 1].height);
        }
        CPPUNIT_ASSERT(layout.width < 3 * 4000.0); // a column, not a row of eight
        assert_no_overlap(layout);
        // Four reports stay in a row.
        const Parents few = {std::nullopt, 0, 0, 0, 0};
        CPPUNIT_ASSERT(!tidy_tree_layout(few, std::vector<BoxSize>(5)).value().stacked[1]);
    }
    void one_connector_per_reporting_line_touching_both_boxes()
    {
        Parents parents = {std::nullopt, 0, 0, 1};
        for (int i = 0; i < 6; ++i)
            parents.push_back(2); // a stack under 2
        const OrgLayout layout = tidy_tree_layout(parents, varied_sizes(parents.size())).value();
        CPPUNIT_ASSERT_EQUAL(parents.size() - 1, layout.connectors.size());
        for (const ConnectorRoute& route : layout.connectors) {
            const PlacedBox& m = layout.boxes[route.manager];
            const PlacedBox& r = layout.boxes[route.report];
            CPPUNIT_ASSERT_DOUBLES_EQUAL(m.centre_x(), route.points.front().x, 1e-6);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(m.y + m.height, route.points.front().y, 1e-6);
            const Point end = route.points.back();
            const bool on_top = std::fabs(end.y - r.y) < 1e-6 && std::fabs(end.x - r.centre_x()) < 1e-6;
            const bool on_left = std::fabs(end.x - r.x) < 1e-6 && std::fabs(end.y - (r.y + r.height / 2)) < 1e-6;
            CPPUNIT_ASSERT(on_top || on_left);
            for (std::size_t i = 1; i < route.points.size(); ++i) // orthogonal segments only
                CPPUNIT_ASSERT(route.points[i].x == route.points[i - 1].x || route.points[i].y == route.points[i - 1].y);
        }
    }
    void random_org_of_two_thousand_with_varied_boxes()
    {
        const Parents parents = random_tree(2000, 7);
        const OrgLayout layout = tidy_tree_layout(parents, varied_sizes(2000)).value();
        assert_no_overlap(layout);
        assert_parents_centred(parents, layout);
    }
    void deep_chain_of_two_thousand()
    {
        Parents parents = {std::nullopt};
        for (std::size_t i = 1; i < 2000; ++i)
            parents.push_back(i - 1);
        const OrgLayout layout = tidy_tree_layout(parents, std::vector<BoxSize>(2000)).value();
        assert_parents_centred(parents, layout);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4000.0, layout.width, 1e-6);
    }
    void wide_org_of_two_thousand()
    {
        // 40 managers under one director, 49 reports each, half of whom manage one person.
        Parents parents = {std::nullopt};
        for (int m = 0; m < 40; ++m) {
            const std::size_t manager = parents.size();
            parents.push_back(0);
            for (int r = 0; r < 49 && parents.size() < 2000; ++r) {
                const std::size_t report = parents.size();
                parents.push_back(manager);
                if (r % 2 == 0 && parents.size() < 2000)
                    parents.push_back(report);
            }
        }
        const OrgLayout layout = tidy_tree_layout(parents, varied_sizes(parents.size())).value();
        assert_no_overlap(layout);
        assert_parents_centred(parents, layout);
    }
    void small_org_has_the_expected_coordinates()
    {
        // 0 → 1, 2;  2 → 3, with 4000 × 1600 boxes: the two reports side by side a sibling gap
        // (600) apart, the director centred above them, levels 1600 + 1400 apart, 3 under 2.
        const Parents parents = {std::nullopt, 0, 0, 2};
        const OrgLayout layout = tidy_tree_layout(parents, std::vector<BoxSize>(4)).value();
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, layout.boxes[1].x, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4600.0, layout.boxes[2].x, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2300.0, layout.boxes[0].x, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(layout.boxes[2].x, layout.boxes[3].x, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, layout.boxes[0].y, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3000.0, layout.boxes[1].y, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(6000.0, layout.boxes[3].y, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(8600.0, layout.width, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(7600.0, layout.height, 1e-6);
    }
    void cycle_is_an_error_not_a_hang()
    {
        const Parents loop = {1, 0, std::nullopt};
        CPPUNIT_ASSERT(tidy_tree_layout(loop, std::vector<BoxSize>(3)).error().kind == ErrorKind::Cycle);
        CPPUNIT_ASSERT(!tidy_tree_layout({std::size_t(9)}, std::vector<BoxSize>(1)).ok());
        CPPUNIT_ASSERT(tidy_tree_layout({}, {}).ok());
    }
    void box_size_grows_with_the_name()
    {
        CPPUNIT_ASSERT(box_size_for("欧阳建国", "采购中心总监").width > box_size_for("王", "").width);
        CPPUNIT_ASSERT(box_size_for("王", "").height < box_size_for("王", "总经理").height);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(TidyTreeLayoutTest);
