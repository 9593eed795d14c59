#include <cppunit/extensions/HelperMacros.h>

#include "pipeline/breakdown.hpp"
#include "pipeline/calibration.hpp"
#include "pipeline/deal_fixture.hpp"

using namespace kat;
using kat::test::DealTable;
using kat::test::text;

class BreakdownTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(BreakdownTest);
    CPPUNIT_TEST(groups_in_first_appearance_order_with_totals);
    CPPUNIT_TEST(traditional_and_simplified_group_names_are_one_group);
    CPPUNIT_TEST(calibration_counts_closed_deals_per_reached_stage);
    CPPUNIT_TEST(calibration_rejects_unreadable_outcomes);
    CPPUNIT_TEST_SUITE_END();

public:
    void groups_in_first_appearance_order_with_totals()
    {
        DealTable t;
        t.add_row(Cell::of(100.0), text("成交客户"), Cell::empty(), Cell::empty(), text("华东"));
        t.add_row(Cell::of(200.0), text("意向客户"), Cell::empty(), Cell::empty(), text("华北"));
        t.add_row(Cell::of(300.0), text("输单"), Cell::empty(), Cell::empty(), text("华东"));
        t.add_row(Cell::of(400.0), text("意向客户"), Cell::empty(), Cell::empty(), Cell::empty());
        const StageModel& m = StageModel::customer7();
        const Table table = breakdown_table(t.read(m, false, true), m, Language::English);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1 + 3 + 1), table.size());
        CPPUNIT_ASSERT_EQUAL(std::string("华东"), table[1][0].text);
        CPPUNIT_ASSERT_EQUAL(2.0, table[1][1].number);
        CPPUNIT_ASSERT_EQUAL(400.0, table[1][2].number);
        CPPUNIT_ASSERT_EQUAL(100.0, table[1][3].number); // won 100 % + lost 0 %
        CPPUNIT_ASSERT_EQUAL(100.0, table[1][4].number);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, table[1][5].number, 1e-15);
        CPPUNIT_ASSERT(table[2][5].error == ErrorKind::DivisionByZero); // 华北: nothing closed
        CPPUNIT_ASSERT_EQUAL(std::string("(blank)"), table[3][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("Total"), table[4][0].text);
        CPPUNIT_ASSERT_EQUAL(1000.0, table[4][2].number);
    }
    void traditional_and_simplified_group_names_are_one_group()
    {
        DealTable t;
        t.add_row(Cell::of(1.0), text("意向客户"), Cell::empty(), Cell::empty(), text("华东"));
        t.add_row(Cell::of(1.0), text("意向客户"), Cell::empty(), Cell::empty(), text("華東"));
        const DealSet set = t.read(StageModel::customer7(), false, true);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), set.groups.size());
    }
    void calibration_counts_closed_deals_per_reached_stage()
    {
        // Three closed deals: won after 谈判客户, lost after 意向客户, lost after 谈判客户; one open.
        const Column reached = {text("谈判客户"), text("意向客户"), text("谈判客户"), text("潜在客户")};
        const Column outcomes = {text("Won"), text("输单"), Cell::of(0.0), Cell::empty()};
        const Result<Table> t = calibration_table(reached, outcomes, StageModel::customer7(), Language::English);
        CPPUNIT_ASSERT(t.ok());
        const Table& table = t.value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(1 + 7), table.size());
        CPPUNIT_ASSERT_EQUAL(3.0, table[3][1].number);                  // 意向客户: all three reached it
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1.0 / 3.0, table[3][3].number, 1e-15);
        CPPUNIT_ASSERT_EQUAL(2.0, table[6][1].number);                  // 谈判客户: two reached it
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, table[6][3].number, 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5 - 0.8, table[6][5].number, 1e-15);
        CPPUNIT_ASSERT(table[7][3].error == ErrorKind::DivisionByZero); // 成交客户: none recorded there
    }
    void calibration_rejects_unreadable_outcomes()
    {
        const Column reached = {text("谈判客户")};
        CPPUNIT_ASSERT(!calibration_table(reached, {text("maybe")}, StageModel::customer7(), Language::English).ok());
        CPPUNIT_ASSERT(!calibration_table(reached, {}, StageModel::customer7(), Language::English).ok());
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(BreakdownTest);
