// The forecast review for a period and split credit (the 70/30 performance split).
#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "pipeline/forecast_review.hpp"

using namespace kat;

namespace {

Cell t(const char* text) { return *text ? Cell::of(std::string(text)) : Cell::empty(); }
Cell n(double value) { return Cell::of(value); }
// Calc serial days: 2026-01-01 is 46023.
constexpr double jan1 = 46023.0, mar31 = jan1 + 89, apr1 = jan1 + 90;

const TableRow& row_named(const Table& table, const std::string& name)
{
    for (const TableRow& row : table)
        if (row[0].kind == TableCell::Kind::Text && row[0].text == name)
            return row;
    CPPUNIT_FAIL("no row " + name);
    return table.front();
}

} // namespace

class ForecastReviewTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ForecastReviewTest);
    CPPUNIT_TEST(the_quarter_counts_only_its_deals_per_group);
    CPPUNIT_TEST(a_group_with_no_target_and_a_gap_of_zero);
    CPPUNIT_TEST(a_blank_target_lists_the_group_without_one);
    CPPUNIT_TEST(split_credit_is_amount_times_probability_times_share);
    CPPUNIT_TEST(shares_that_do_not_add_up_are_reported);
    CPPUNIT_TEST_SUITE_END();

public:
    void the_quarter_counts_only_its_deals_per_group()
    {
        // 东区: won 300 in Q1, won 500 in Q2 (outside), 谈判 200 (80 %, commit) in Q1, 意向 100 in Q1.
        const Column groups = {t("东区"), t("东区"), t("东区"), t("东区"), t("西区")};
        const Column amounts = {n(300), n(500), n(200), n(100), n(1000)};
        const Column stages = {t("成交客户"), t("成交客户"), t("谈判客户"), t("意向客户"), t("谈判客户")};
        const Column closes = {n(jan1 + 10), n(apr1 + 5), n(mar31), n(jan1), n(apr1)};
        const Column categories = {t(""), t(""), t("承诺"), t(""), t("")};
        const std::vector<std::vector<Cell>> targets = {{t("区域"), t("目标")}, {t("东区"), n(1000)}, {t("西区"), n(2000)}};
        const ReviewColumns columns{&groups, &amounts, &stages, &closes, &categories, nullptr};
        const Table review = forecast_review_table(columns, targets, {jan1, mar31}, StageModel::customer7(), Language::English).value();
        CPPUNIT_ASSERT_EQUAL(std::string("Attainment"), review[0][9].text);
        const TableRow& east = row_named(review, "东区");
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1000.0, east[1].number, 1e-9);          // target
        CPPUNIT_ASSERT_DOUBLES_EQUAL(300.0, east[2].number, 1e-9);           // won in the quarter only
        CPPUNIT_ASSERT_DOUBLES_EQUAL(500.0, east[3].number, 1e-9);           // commit forecast: 300 closed + 200 commit
        CPPUNIT_ASSERT_DOUBLES_EQUAL(300.0 + 160.0 + 30.0, east[5].number, 1e-9); // weighted, won at 100 %
        CPPUNIT_ASSERT_DOUBLES_EQUAL(700.0, east[6].number, 1e-9);           // gap
        CPPUNIT_ASSERT_DOUBLES_EQUAL(300.0, east[7].number, 1e-9);           // open pipeline
        CPPUNIT_ASSERT_DOUBLES_EQUAL(300.0 / 700.0, east[8].number, 1e-12);  // gap coverage
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3, east[9].number, 1e-12);            // attainment
        // 西区's deal closes on April 1st: outside the quarter; its target stays.
        const TableRow& west = row_named(review, "西区");
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, west[7].number, 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2000.0, west[6].number, 1e-9);
        const TableRow& total = row_named(review, "Total");
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3000.0, total[1].number, 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(300.0, total[2].number, 1e-9);
    }

    void a_blank_target_lists_the_group_without_one()
    {
        // The review report's yellow cells: a manager fills some targets in, not all yet.
        const Column groups = {t("王芳"), t("张三")};
        const Column amounts = {n(100), n(200)};
        const Column stages = {t("意向客户"), t("成交客户")};
        const Column closes = {n(jan1), n(jan1)};
        const std::vector<std::vector<Cell>> targets = {{t("负责人"), t("目标")}, {t("张三"), n(400)}, {t("王芳"), Cell::empty()}};
        const ReviewColumns columns{&groups, &amounts, &stages, &closes, nullptr, nullptr};
        const Table review = forecast_review_table(columns, targets, {}, StageModel::customer7(), Language::Chinese).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), review.size());                 // header, 张三, 王芳 (in the targets' order), 合计
        CPPUNIT_ASSERT_EQUAL(std::string("张三"), review[1][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("王芳"), review[2][0].text);
        CPPUNIT_ASSERT(review[2][1].kind == TableCell::Kind::Empty);         // no target, no gap, no attainment
        CPPUNIT_ASSERT(review[2][6].kind == TableCell::Kind::Empty);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(100.0, review[2][7].number, 1e-9);      // its open pipeline is still there
        CPPUNIT_ASSERT_DOUBLES_EQUAL(400.0, review[3][1].number, 1e-9);      // the total target adds the set ones
        // A name twice is still a mistake, blank or not.
        const std::vector<std::vector<Cell>> twice = {{t("张三"), n(400)}, {t("张三"), Cell::empty()}};
        CPPUNIT_ASSERT(!forecast_review_table(columns, twice, {}, StageModel::customer7(), Language::Chinese).ok());
    }

    void a_group_with_no_target_and_a_gap_of_zero()
    {
        const Column groups = {t("东区"), t("北区")};
        const Column amounts = {n(1500), n(100)};
        const Column stages = {t("成交客户"), t("意向客户")};
        const Column closes = {n(jan1), t("")};
        const std::vector<std::vector<Cell>> targets = {{t("东区"), n(1000)}};
        const ReviewColumns columns{&groups, &amounts, &stages, &closes, nullptr, nullptr};
        const Table review = forecast_review_table(columns, targets, {}, StageModel::customer7(), Language::Chinese).value();
        const TableRow& east = row_named(review, "东区");
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, east[6].number, 1e-9);             // won beyond the target: no gap
        CPPUNIT_ASSERT(east[8].kind == TableCell::Kind::Empty);              // no coverage of nothing
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1.5, east[9].number, 1e-12);
        const TableRow& north = row_named(review, "北区");                   // deals, no target: listed after
        CPPUNIT_ASSERT(north[1].kind == TableCell::Kind::Empty && north[9].kind == TableCell::Kind::Empty);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(100.0, north[7].number, 1e-9);          // no bound: a deal without a date counts
        CPPUNIT_ASSERT_EQUAL(std::string("合计"), review.back()[0].text);
    }

    void split_credit_is_amount_times_probability_times_share()
    {
        // 1,000,000 at 10 % split 70/30 → 70,000 / 30,000 weighted; a won one → 700,000 / 300,000.
        const Column deals = {t("X"), t("Y")};
        const Column amounts = {n(1000000), n(1000000)};
        const Column stages = {t("意向客户"), t("成交客户")};
        const Column probabilities = {n(0.1), t("")};
        const Column split_deals = {t("X"), t("X"), t("Y"), t("Y")};
        const Column members = {t("张三"), t("李四"), t("张三"), t("李四")};
        const Column shares = {n(70), n(30), t("70%"), n(0.3)};
        const CreditColumns columns{&deals, &amounts, &stages, &probabilities, &split_deals, &members, &shares};
        const Table credit = split_credit_table(columns, StageModel::customer7(), Language::English).value();
        const TableRow& zhang = row_named(credit, "张三");
        CPPUNIT_ASSERT_DOUBLES_EQUAL(700000.0, zhang[1].number, 1e-6);       // open pipeline × 70 %
        CPPUNIT_ASSERT_DOUBLES_EQUAL(70000.0 + 700000.0, zhang[2].number, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(700000.0, zhang[3].number, 1e-6);
        const TableRow& li = row_named(credit, "李四");
        CPPUNIT_ASSERT_DOUBLES_EQUAL(30000.0 + 300000.0, li[2].number, 1e-6);
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), credit.size());                 // header, two members, Total: all add up
    }

    void shares_that_do_not_add_up_are_reported()
    {
        const Column deals = {t("X")};
        const Column amounts = {n(1000)};
        const Column stages = {t("谈判客户")};
        const Column split_deals = {t("X"), t("X")};
        const Column members = {t("张三"), t("李四")};
        const Column shares = {n(60), n(30)};
        const CreditColumns columns{&deals, &amounts, &stages, nullptr, &split_deals, &members, &shares};
        const Table credit = split_credit_table(columns, StageModel::customer7(), Language::English).value();
        CPPUNIT_ASSERT_EQUAL(std::string("Shares of X add up to 90.0%, not 100%"), credit.back()[0].text);
        // A split naming no deal is an error, not a silent zero.
        const Column ghost = {t("Z"), t("X")};
        const CreditColumns bad{&deals, &amounts, &stages, nullptr, &ghost, &members, &shares};
        CPPUNIT_ASSERT(split_credit_table(bad, StageModel::customer7(), Language::English).error().kind == ErrorKind::NotFound);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ForecastReviewTest);
