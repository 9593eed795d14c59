#include <cppunit/extensions/HelperMacros.h>

#include "grid_rows.hpp"

#include "panels/table_summary.hpp"
#include "reports/rebate_report.hpp"
#include "values/display.hpp"

using namespace kat;

namespace {
using test::row;
DetectedTable detected(const Grid& grid, TableKind kind)
{
    Result<DetectedTable> table = detect_table(grid, kind);
    CPPUNIT_ASSERT(table.ok());
    return table.value();
}
} // namespace

class TableSummaryTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(TableSummaryTest);
    CPPUNIT_TEST(funnel_headlines_follow_the_seed_probabilities);
    CPPUNIT_TEST(funnel_summary_names_the_row_it_cannot_read);
    CPPUNIT_TEST(rebate_headlines_reproduce_zhang_san);
    CPPUNIT_TEST(stakeholder_headlines_put_the_worst_flag_first);
    CPPUNIT_TEST(headline_numbers_are_shown_with_separators);
    CPPUNIT_TEST_SUITE_END();

public:
    void funnel_headlines_follow_the_seed_probabilities()
    {
        // 意向客户 30 %, 谈判客户 80 %, 成交客户 won, 输单 lost, and a blank row inside.
        const Grid grid = {row({"阶段", "金额"}), row({"意向客户", "100000"}), row({"谈判客户", "200000"}), row({"", ""}),
                           row({"成交客户", "50000"}), row({"输单", "70000"})};
        const DetectedTable table = detected(grid, TableKind::Opportunities);
        const Result<FunnelSummary> s = funnel_summary(grid, table, StageModel::customer7(), 600000.0);
        CPPUNIT_ASSERT(s.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), s.value().deals);
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), s.value().open_deals);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(300000.0, s.value().pipeline, 1e-6);
        CPPUNIT_ASSERT(s.value().weighted && !s.value().problem);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(100000 * 0.3 + 200000 * 0.8 + 50000.0, *s.value().weighted, 1e-6);
        CPPUNIT_ASSERT(s.value().win_rate);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, *s.value().win_rate, 1e-12); // one won, one lost
        CPPUNIT_ASSERT(s.value().coverage);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, *s.value().coverage, 1e-12);
        CPPUNIT_ASSERT(!funnel_summary(grid, table, StageModel::customer7(), std::nullopt).value().coverage);
    }

    void funnel_summary_names_the_row_it_cannot_read()
    {
        const Grid grid = {row({"Stage", "Amount"}), row({"Intent", "100"}), row({"Intent", "lots"})};
        const Result<FunnelSummary> s = funnel_summary(grid, detected(grid, TableKind::Opportunities), StageModel::customer7(), {});
        CPPUNIT_ASSERT(!s.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), s.error().row);

        // An amount without a stage: the weighted forecast is refused, the rest is shown.
        const Grid partial = {row({"Stage", "Amount"}), row({"Intent", "100"}), row({"", "50"})};
        const Result<FunnelSummary> p = funnel_summary(partial, detected(partial, TableKind::Opportunities), StageModel::customer7(), {});
        CPPUNIT_ASSERT(p.ok());
        CPPUNIT_ASSERT(!p.value().weighted);
        CPPUNIT_ASSERT(p.value().problem && p.value().problem->row == 1);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(150.0, p.value().pipeline, 1e-9);
    }

    void rebate_headlines_reproduce_zhang_san()
    {
        // Seed 002: 张三 collected 40,000 and 50,000 direct (2,000 + 2,500 paid), has 10,000
        // uncollected (500 pending) and referred 30,000 → base 102,000, volume rebate 1,020.
        const Grid grid = {row({"合作伙伴", "类型", "金额", "已回款"}), row({"张三", "直接", "40000", "40000"}),
                           row({"张三", "直接", "60000", "50000"}), row({"张三", "间接", "30000", ""}),
                           row({"李四", "直接", "10000", "10000"})};
        const DetectedTable table = detected(grid, TableKind::PartnerLedger);
        const Result<RebateSummary> s = rebate_summary(grid, table, seed_policy_rows(Language::Chinese), Language::Chinese);
        CPPUNIT_ASSERT(s.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), s.value().partners);
        CPPUNIT_ASSERT_EQUAL(Cents(552000 + 50000), s.value().payable); // 张三 5,520 + 李四 500
        CPPUNIT_ASSERT_EQUAL(Cents(50000), s.value().pending);
    }

    void stakeholder_headlines_put_the_worst_flag_first()
    {
        const Grid grid = {row({"姓名", "角色", "影响力", "支持度", "接触"}), row({"王总", "决策者", "高", "反对", "无"}),
                           row({"李工", "技术把关者", "中", "支持", "经常"})};
        const DetectedTable table = detected(grid, TableKind::Stakeholders);
        const Result<StakeholderSummary> s = stakeholder_summary(grid, table, Language::English, 2);
        CPPUNIT_ASSERT(s.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), s.value().people);
        CPPUNIT_ASSERT(s.value().red_flags > 2);
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), s.value().top_flags.size());
        CPPUNIT_ASSERT(s.value().top_flags[0].find("coach") != std::string::npos); // no coach is critical
        CPPUNIT_ASSERT(s.value().coverage > 0.0 && s.value().coverage < 1.0);
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), s.value().deals); // no deal column: nothing to say
        // With a deal column the panel says how many deals the people cover (華為 = 华为).
        const Grid linked = {row({"姓名", "商机", "角色"}), row({"王总", "华为项目", "决策者"}),
                             row({"李工", "華為項目", "教练"}), row({"赵工", "中兴项目", "教练"})};
        const Result<StakeholderSummary> l = stakeholder_summary(linked, detected(linked, TableKind::Stakeholders), Language::English);
        CPPUNIT_ASSERT(l.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), l.value().deals);
        CPPUNIT_ASSERT(l.value().deal.empty());
        const Grid one = {row({"姓名", "商机", "角色"}), row({"王总", "华为项目", "决策者"}), row({"李工", "華為項目", "教练"})};
        CPPUNIT_ASSERT_EQUAL(std::string("华为项目"),
                             stakeholder_summary(one, detected(one, TableKind::Stakeholders), Language::English).value().deal);
    }

    void headline_numbers_are_shown_with_separators()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("1,234,568"), display_amount(1234567.8));
        CPPUNIT_ASSERT_EQUAL(std::string("-1,000"), display_amount(-1000));
        CPPUNIT_ASSERT_EQUAL(std::string("0"), display_amount(0.4));
        CPPUNIT_ASSERT_EQUAL(std::string("45.2%"), display_percent(0.4523));
        CPPUNIT_ASSERT_EQUAL(std::string("3.2\xC3\x97"), display_multiple(3.24));
        CPPUNIT_ASSERT_EQUAL(std::string("\xE2\x80\x94"), display_amount(1.0 / 0.0));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(TableSummaryTest);
