#include <cppunit/extensions/HelperMacros.h>

#include "pipeline/deal_fixture.hpp"
#include "pipeline/efficiency.hpp"
#include "pipeline/performance_split.hpp"
#include "pipeline/stalled_deals.hpp"

using namespace kat;
using kat::test::DealTable;
using kat::test::text;

class EfficiencyTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(EfficiencyTest);
    CPPUNIT_TEST(win_rate_is_won_over_won_plus_lost);
    CPPUNIT_TEST(win_rate_without_closed_deals_is_div0);
    CPPUNIT_TEST(cycle_is_mean_days_created_to_close_of_won_deals);
    CPPUNIT_TEST(cycle_rejects_a_close_before_creation);
    CPPUNIT_TEST(split_seed_one_million_seventy_thirty_at_ten_percent);
    CPPUNIT_TEST(split_seed_one_million_seventy_thirty_at_one_hundred_percent);
    CPPUNIT_TEST(split_allows_overlay_but_not_negative_shares);
    CPPUNIT_TEST(stalled_counts_open_deals_past_their_stage_limit);
    CPPUNIT_TEST(stalled_uses_per_stage_limits);
    CPPUNIT_TEST(stalled_rejects_bad_dates);
    CPPUNIT_TEST_SUITE_END();

public:
    void win_rate_is_won_over_won_plus_lost()
    {
        DealTable t;
        t.add(1, "Won").add(1, "成交客户").add(1, "Lost").add(1, "意向客户");
        const StageModel& m = StageModel::customer7();
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2.0 / 3.0, win_rate(t.read(m).deals, m).value(), 1e-15);
    }
    void win_rate_without_closed_deals_is_div0()
    {
        DealTable t;
        t.add(1, "意向客户");
        const StageModel& m = StageModel::customer7();
        CPPUNIT_ASSERT(win_rate(t.read(m).deals, m).error().kind == ErrorKind::DivisionByZero);
    }
    void cycle_is_mean_days_created_to_close_of_won_deals()
    {
        DealTable t;
        t.add(1, "Won").add(1, "Won").add(1, "Lost").add(1, "Won");
        t.created = {text("2026-01-01"), Cell::of(46000.0), text("2026-01-01"), Cell::empty()};
        t.closed = {text("2026-01-31"), Cell::of(46010.0), text("2026-12-31"), text("2026-02-01")};
        const StageModel& m = StageModel::customer7();
        // (30 + 10) / 2: the lost deal and the deal without a created date are not counted
        CPPUNIT_ASSERT_DOUBLES_EQUAL(20.0, average_sales_cycle(t.read(m).deals, m).value(), 1e-12);
    }
    void cycle_rejects_a_close_before_creation()
    {
        DealTable t;
        t.add(1, "Won");
        t.created = {text("2026-02-01")};
        t.closed = {text("2026-01-01")};
        const StageModel& m = StageModel::customer7();
        const Result<double> r = average_sales_cycle(t.read(m).deals, m);
        CPPUNIT_ASSERT(r.error().kind == ErrorKind::BadValue);
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), r.error().row);
    }
    void split_seed_one_million_seventy_thirty_at_ten_percent()
    {
        const auto credit = performance_split(Cell::of(1000000.0), Cell::of(0.1), {Cell::of(0.7), Cell::of(0.3)}).value();
        CPPUNIT_ASSERT_DOUBLES_EQUAL(70000.0, *credit[0], 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(30000.0, *credit[1], 1e-9);
    }
    void split_seed_one_million_seventy_thirty_at_one_hundred_percent()
    {
        const auto credit = performance_split(Cell::of(1000000.0), text("100%"), {Cell::of(70.0), text("30%")}).value();
        CPPUNIT_ASSERT_DOUBLES_EQUAL(700000.0, *credit[0], 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(300000.0, *credit[1], 1e-9);
    }
    void split_allows_overlay_but_not_negative_shares()
    {
        const auto overlay = performance_split(Cell::of(100.0), Cell::of(1.0), {Cell::of(1.0), Cell::of(1.0), Cell::empty()}).value();
        CPPUNIT_ASSERT_EQUAL(100.0, *overlay[0]);
        CPPUNIT_ASSERT_EQUAL(100.0, *overlay[1]);
        CPPUNIT_ASSERT(!overlay[2].has_value());
        CPPUNIT_ASSERT(!performance_split(Cell::of(100.0), Cell::of(1.0), {Cell::of(-0.3)}).ok());
        CPPUNIT_ASSERT(!performance_split(text("lots"), Cell::of(1.0), {Cell::of(0.3)}).ok());
    }
    void stalled_counts_open_deals_past_their_stage_limit()
    {
        const Column stages = {text("意向客户"), text("意向客户"), text("Won"), text("输单"), text("Engaging"), text("报价")};
        const Column entered = {Cell::of(46000.0), Cell::of(46020.0), Cell::of(45000.0), Cell::of(45000.0),
                                text("2025-01-01"), Cell::empty()};
        // today 46040: 40 days and 20 days in stage; won/lost never stall; no entry date → unknown
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), count_stalled_deals(stages, entered, Cell::of(46040.0), nullptr).value());
    }
    void stalled_uses_per_stage_limits()
    {
        const Column stages = {text("意向客户"), text("谈判客户")};
        const Column entered = {Cell::of(46000.0), Cell::of(46000.0)};
        const std::vector<std::vector<Cell>> limits = {{text("阶段"), text("天数")}, {text("意向客戶"), Cell::of(60.0)}};
        // 40 days: 意向 is allowed 60 (Traditional name in the limits), 谈判 the default 30
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), count_stalled_deals(stages, entered, Cell::of(46040.0), &limits).value());
    }
    void stalled_rejects_bad_dates()
    {
        const Column stages = {text("意向客户")};
        CPPUNIT_ASSERT(!count_stalled_deals(stages, {text("soon")}, Cell::of(46040.0), nullptr).ok());
        CPPUNIT_ASSERT(!count_stalled_deals(stages, {Cell::of(46000.0)}, text("today"), nullptr).ok());
        CPPUNIT_ASSERT(!count_stalled_deals(stages, {}, Cell::of(46040.0), nullptr).ok());
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(EfficiencyTest);
