#include <cppunit/extensions/HelperMacros.h>

#include "pipeline/commit_forecast.hpp"
#include "pipeline/deal_fixture.hpp"
#include "pipeline/efficiency.hpp"

using namespace kat;
using kat::test::DealTable;
using kat::test::text;

class CommitForecastTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CommitForecastTest);
    CPPUNIT_TEST(seed_six_million_committed_plus_twenty_million_weighted_is_twelve_million_at_most);
    CPPUNIT_TEST(roll_ups_are_cumulative);
    CPPUNIT_TEST(blank_category_falls_back_to_the_stage_category);
    CPPUNIT_TEST(won_is_closed_and_lost_is_omitted_whatever_the_category_cell_says);
    CPPUNIT_TEST(chinese_category_names);
    CPPUNIT_TEST(three_times_coverage_rule);
    CPPUNIT_TEST(coverage_against_zero_target_is_div0);
    CPPUNIT_TEST_SUITE_END();

public:
    void seed_six_million_committed_plus_twenty_million_weighted_is_twelve_million_at_most()
    {
        // Seed 003: 600万 committed at 100 %, the remaining 2000万 weighted (here at 30 %).
        DealTable t;
        t.add_row(Cell::of(6000000.0), text("初步接洽"), Cell::empty(), text("Commit"));
        t.add_row(Cell::of(20000000.0), text("需求确认"), Cell::empty(), text("Pipeline"));
        const StageModel& m = StageModel::action5();
        const Result<CommitForecast> f = commit_forecast(t.read(m, true).deals, m);
        CPPUNIT_ASSERT(f.ok());
        CPPUNIT_ASSERT_DOUBLES_EQUAL(6000000.0, f.value().commit_forecast(), 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(12000000.0, f.value().expected(), 1e-6);
    }
    void roll_ups_are_cumulative()
    {
        DealTable t;
        t.add_row(Cell::of(100.0), text("成交客户"));
        t.add_row(Cell::of(200.0), text("意向客户"), Cell::empty(), text("Commit"));
        t.add_row(Cell::of(400.0), text("意向客户"), Cell::empty(), text("Best case"));
        t.add_row(Cell::of(800.0), text("意向客户"), Cell::empty(), text("Pipeline"));
        t.add_row(Cell::of(1600.0), text("意向客户"), Cell::empty(), text("Omitted"));
        const StageModel& m = StageModel::customer7();
        const CommitForecast f = commit_forecast(t.read(m, true).deals, m).value();
        CPPUNIT_ASSERT_EQUAL(100.0, f.closed);
        CPPUNIT_ASSERT_EQUAL(1600.0, f.omitted);
        CPPUNIT_ASSERT_EQUAL(300.0, f.commit_forecast());
        CPPUNIT_ASSERT_EQUAL(700.0, f.best_case_forecast());
        CPPUNIT_ASSERT_DOUBLES_EQUAL(300.0 + (400.0 + 800.0) * 0.3, f.expected(), 1e-9);
        const Table table = forecast_table(f, Language::English);
        CPPUNIT_ASSERT_EQUAL(std::size_t(9), table.size());
        CPPUNIT_ASSERT_EQUAL(std::string("Expected"), table[8][0].text);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(f.expected(), table[8][1].number, 1e-9);
    }
    void blank_category_falls_back_to_the_stage_category()
    {
        DealTable t;
        t.add(1000.0, "谈判客户").add(1000.0, "立项客户").add(1000.0, "潜在客户");
        const StageModel& m = StageModel::customer7();
        const CommitForecast f = commit_forecast(t.read(m, true).deals, m).value();
        CPPUNIT_ASSERT_EQUAL(1000.0, f.commit);    // 谈判客户 defaults to Commit
        CPPUNIT_ASSERT_EQUAL(1000.0, f.best_case); // 立项客户 to Best case
        CPPUNIT_ASSERT_EQUAL(1000.0, f.pipeline);  // 潜在客户 to Pipeline
    }
    void won_is_closed_and_lost_is_omitted_whatever_the_category_cell_says()
    {
        DealTable t;
        t.add_row(Cell::of(10.0), text("Won"), Cell::empty(), text("Pipeline"));
        t.add_row(Cell::of(20.0), text("Lost"), Cell::empty(), text("Commit"));
        const StageModel& m = StageModel::customer7();
        const CommitForecast f = commit_forecast(t.read(m, true).deals, m).value();
        CPPUNIT_ASSERT_EQUAL(10.0, f.closed);
        CPPUNIT_ASSERT_EQUAL(20.0, f.omitted);
        CPPUNIT_ASSERT_EQUAL(0.0, f.commit);
    }
    void chinese_category_names()
    {
        DealTable t;
        t.add_row(Cell::of(10.0), text("意向客户"), Cell::empty(), text("承诺"));
        t.add_row(Cell::of(20.0), text("意向客户"), Cell::empty(), text("最佳"));
        const StageModel& m = StageModel::customer7();
        const CommitForecast f = commit_forecast(t.read(m, true).deals, m).value();
        CPPUNIT_ASSERT_EQUAL(10.0, f.commit);
        CPPUNIT_ASSERT_EQUAL(20.0, f.best_case);
    }
    void three_times_coverage_rule()
    {
        // Seed 003: a 1000万 target needs at least 3000万 in the funnel.
        DealTable t;
        t.add(30000000.0, "意向客户").add(5000000.0, "成交客户").add(1000000.0, "输单");
        const StageModel& m = StageModel::customer7();
        const double open = open_pipeline(t.read(m).deals, m);
        CPPUNIT_ASSERT_EQUAL(30000000.0, open);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3.0, pipeline_coverage(open, 10000000.0).value(), 1e-12);
    }
    void coverage_against_zero_target_is_div0()
    {
        CPPUNIT_ASSERT(pipeline_coverage(1.0, 0.0).error().kind == ErrorKind::DivisionByZero);
        CPPUNIT_ASSERT(pipeline_coverage(1.0, -5.0).error().kind == ErrorKind::BadArgument);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(CommitForecastTest);
