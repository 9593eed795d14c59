#include <cppunit/extensions/HelperMacros.h>

#include "pipeline/deal_fixture.hpp"
#include "pipeline/funnel.hpp"

using namespace kat;
using kat::test::DealTable;

class FunnelTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(FunnelTest);
    CPPUNIT_TEST(table_lists_stages_in_funnel_order_then_lost_then_total);
    CPPUNIT_TEST(later_stage_counts_as_having_passed_earlier_ones);
    CPPUNIT_TEST(lost_deals_count_as_having_entered_the_first_stage);
    CPPUNIT_TEST(total_row_gives_blended_probability_and_overall_conversion);
    CPPUNIT_TEST(labels_follow_the_ui_language);
    CPPUNIT_TEST(conversion_table_has_cumulative_conversion);
    CPPUNIT_TEST(empty_stage_gives_div0_conversion_not_a_crash);
    CPPUNIT_TEST_SUITE_END();

    static DealTable seed_funnel()
    {
        // Two deals of 100,000 at 意向客户, one of 200,000 at 谈判客户, one won, one lost.
        DealTable t;
        t.add(100000, "意向客户").add(100000, "意向客戶").add(200000, "谈判客户").add(300000, "成交客户").add(50000, "输单");
        return t;
    }

public:
    void table_lists_stages_in_funnel_order_then_lost_then_total()
    {
        const StageModel& m = StageModel::customer7();
        const Table t = funnel_table(build_funnel(seed_funnel().read().deals, m), m, Language::English);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1 + 8 + 1), t.size());
        CPPUNIT_ASSERT_EQUAL(std::string("Stage"), t[0][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("Target"), t[1][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("Closed won"), t[7][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("Lost"), t[8][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("Total"), t[9][0].text);
        // 意向客户: 2 deals, 200,000, weighted 60,000, default 30 %
        CPPUNIT_ASSERT_EQUAL(2.0, t[3][1].number);
        CPPUNIT_ASSERT_EQUAL(200000.0, t[3][2].number);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(60000.0, t[3][3].number, 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3, t[3][4].number, 1e-15);
        // 谈判客户 200,000 × 80 % = 160,000
        CPPUNIT_ASSERT_DOUBLES_EQUAL(160000.0, t[6][3].number, 1e-9);
    }
    void later_stage_counts_as_having_passed_earlier_ones()
    {
        const StageModel& m = StageModel::customer7();
        const Funnel f = build_funnel(seed_funnel().read().deals, m);
        // reached: every non-lost deal passed 目标客户…意向客户; 4 open/won + 1 lost at the first stage
        CPPUNIT_ASSERT_EQUAL(std::size_t(5), f.stages[0].reached);
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), f.stages[2].reached);  // 意向客户
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), f.stages[3].reached);  // 立项客户: the 谈判 and the won deal
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), f.stages[5].reached);  // 谈判客户
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), f.stages[6].reached);  // 成交客户
    }
    void lost_deals_count_as_having_entered_the_first_stage()
    {
        const StageModel& m = StageModel::customer7();
        DealTable t;
        t.add(1, "输单").add(1, "输单").add(1, "潜在客户");
        const Funnel f = build_funnel(t.read().deals, m);
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), f.stages[0].reached);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), f.stages[1].reached);
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), f.lost);
    }
    void total_row_gives_blended_probability_and_overall_conversion()
    {
        const StageModel& m = StageModel::customer7();
        const Table t = funnel_table(build_funnel(seed_funnel().read().deals, m), m, Language::English);
        const TableRow& total = t.back();
        CPPUNIT_ASSERT_EQUAL(5.0, total[1].number);
        CPPUNIT_ASSERT_EQUAL(750000.0, total[2].number);
        const double weighted = 60000.0 + 160000.0 + 300000.0;
        CPPUNIT_ASSERT_DOUBLES_EQUAL(weighted, total[3].number, 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(weighted / 750000.0, total[4].number, 1e-12);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1.0 / 5.0, total[5].number, 1e-12);
        // conversion 意向客户 → 立项客户 = 2 / 4
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, t[4][5].number, 1e-12);
        CPPUNIT_ASSERT(t[1][5].kind == TableCell::Kind::Empty); // first stage has no previous
    }
    void labels_follow_the_ui_language()
    {
        const StageModel& m = StageModel::customer7();
        const Table t = funnel_table(build_funnel(seed_funnel().read().deals, m), m, Language::Chinese);
        CPPUNIT_ASSERT_EQUAL(std::string("阶段"), t[0][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("目标客户"), t[1][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("合计"), t.back()[0].text);
    }
    void conversion_table_has_cumulative_conversion()
    {
        const StageModel& m = StageModel::customer7();
        const Table t = conversion_table(build_funnel(seed_funnel().read().deals, m), m, Language::English);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1 + 7), t.size());
        CPPUNIT_ASSERT_EQUAL(5.0, t[1][1].number);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1.0, t[1][3].number, 1e-12);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.2, t[7][3].number, 1e-12); // 1 won of 5 entered
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, t[7][2].number, 1e-12); // 谈判 2 → 成交 1
    }
    void empty_stage_gives_div0_conversion_not_a_crash()
    {
        const StageModel& m = StageModel::customer7();
        const Table t = funnel_table(build_funnel({}, m), m, Language::English);
        CPPUNIT_ASSERT(t[2][5].kind == TableCell::Kind::Error);
        CPPUNIT_ASSERT(t[2][5].error == ErrorKind::DivisionByZero);
        CPPUNIT_ASSERT(t.back()[4].kind == TableCell::Kind::Error);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(FunnelTest);
