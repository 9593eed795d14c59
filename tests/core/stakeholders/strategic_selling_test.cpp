// Strategic selling's reading of the buying influences: feedback modes, personal wins, the
// strengths beside the red flags, and the ideal customer's fit.
#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>

#include "accounts/account_fit.hpp"
#include "grid_rows.hpp"
#include "stakeholders/role_map.hpp"

using namespace kat;

namespace {
using test::row;
Cell t(const char* s) { return *s ? Cell::of(std::string(s)) : Cell::empty(); }

bool flagged(const std::vector<RedFlag>& flags, RedFlagKind kind, const std::string& person)
{
    return std::any_of(flags.begin(), flags.end(), [&](const RedFlag& f) { return f.kind == kind && f.person == person; });
}
} // namespace

class StrategicSellingTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(StrategicSellingTest);
    CPPUNIT_TEST(feedback_modes_read_in_both_scripts);
    CPPUNIT_TEST(modes_and_missing_wins_raise_flags);
    CPPUNIT_TEST(strengths_count_each_person_once);
    CPPUNIT_TEST(fit_is_the_weighted_rating_over_the_best);
    CPPUNIT_TEST(fit_found_on_a_rating_sheet);
    CPPUNIT_TEST_SUITE_END();

public:
    void feedback_modes_read_in_both_scripts()
    {
        CPPUNIT_ASSERT(read_feedback_mode(t("Growth")).value() == FeedbackMode::Growth);
        CPPUNIT_ASSERT(read_feedback_mode(t("困境")).value() == FeedbackMode::Trouble);
        CPPUNIT_ASSERT(read_feedback_mode(t("平穩")).value() == FeedbackMode::EvenKeel);     // Traditional
        CPPUNIT_ASSERT(read_feedback_mode(t("Even keel")).value() == FeedbackMode::EvenKeel);
        CPPUNIT_ASSERT(read_feedback_mode(t("過度自信")).value() == FeedbackMode::Overconfident);
        CPPUNIT_ASSERT(!read_feedback_mode(t("")).value().has_value());
        CPPUNIT_ASSERT(!read_feedback_mode(t("happy")).ok());
    }

    void modes_and_missing_wins_raise_flags()
    {
        const Column names = {t("王总"), t("赵工"), t("刘处"), t("孙工")};
        const Column roles = {t("决策者"), t("教练"), t("技术把关者"), t("用户")};
        const Column influence = {t("高"), t("中"), t("高"), t("低")};
        const Column support = {t("支持"), t("支持"), t("中立"), t("支持")};
        const Column contact = {t("经常"), t("经常"), t("偶尔"), t("经常")};
        const Column modes = {t("平稳"), t("过度自信"), t("成长"), t("困境")};
        const Column wins = {t("升职"), t(""), t(""), t("")};
        StakeholderColumns columns{&names, &roles, &influence, &support, &contact};
        columns.modes = &modes;
        columns.wins = &wins;
        const std::vector<Stakeholder> people = read_stakeholders(columns).value();
        const std::vector<RedFlag> flags = red_flags(people);
        CPPUNIT_ASSERT(flagged(flags, RedFlagKind::EconomicBuyerNoGap, "王总"));   // even keel: no gap to buy for
        CPPUNIT_ASSERT(flagged(flags, RedFlagKind::CoachOverconfident, "赵工"));
        CPPUNIT_ASSERT(flagged(flags, RedFlagKind::HighInfluenceNoWin, "刘处"));   // high influence, win blank
        CPPUNIT_ASSERT(!flagged(flags, RedFlagKind::HighInfluenceNoWin, "孙工"));  // low influence: not a flag
        const auto no_gap = std::find_if(flags.begin(), flags.end(), [](const RedFlag& f) { return f.kind == RedFlagKind::EconomicBuyerNoGap; });
        CPPUNIT_ASSERT(no_gap->severity == Severity::High);
        CPPUNIT_ASSERT_EQUAL(std::string("决策者看不到需求缺口(平稳或过度自信):王总"), red_flag_text(*no_gap, Language::Chinese));
        // Without mode and win columns nobody is flagged for them.
        const std::vector<RedFlag> plain = red_flags(read_stakeholders({&names, &roles, &influence, &support, &contact}).value());
        CPPUNIT_ASSERT(!flagged(plain, RedFlagKind::EconomicBuyerNoGap, "王总") && !flagged(plain, RedFlagKind::HighInfluenceNoWin, "刘处"));
    }

    void strengths_count_each_person_once()
    {
        const Column names = {t("王总"), t("赵工"), t("钱处"), t("孙工")};
        const Column roles = {t("决策者"), t("教练"), t(""), t("教练")};
        const Column influence = {t("高"), t("高"), t("高"), t("低")};
        const Column support = {t("支持"), t("支持"), t("支持"), t("支持")};
        const Column contact = {t("经常"), t("经常"), t("经常"), t("经常")};
        const std::vector<Strength> found =
            strengths(read_stakeholders({&names, &roles, &influence, &support, &contact}).value());
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), found.size());                       // 孙工: a junior coach is no strength
        CPPUNIT_ASSERT(found[0].kind == StrengthKind::SupportiveEconomicBuyer && found[0].person == "王总");
        CPPUNIT_ASSERT(found[1].kind == StrengthKind::SeniorCoach && found[1].person == "赵工");
        CPPUNIT_ASSERT(found[2].kind == StrengthKind::SupportiveHighInfluenceClose && found[2].person == "钱处");
        CPPUNIT_ASSERT_EQUAL(std::string("Senior coach (high influence): 赵工"), strength_text(found[1], Language::English));
        CPPUNIT_ASSERT_EQUAL(std::string("No strengths recorded yet"), strength_table({}, Language::English)[0][0].text);
    }

    void fit_is_the_weighted_rating_over_the_best()
    {
        // Criteria: size ×2, budget ×1, relationship ×1. 客户A rated 5, 3, 1 → (10 + 3 + 1) ÷ 20.
        const std::vector<std::vector<Cell>> ratings = {row({"客户", "规模", "预算", "关系"}), {t("客户A"), Cell::of(5.0), Cell::of(3.0), Cell::of(1.0)},
                                                        row({"", "", "", ""}), {t("客户B"), Cell::of(0.0), t(""), Cell::of(5.0)}};
        const std::vector<std::vector<Cell>> weights = {row({"规模", "预算", "关系"}), {Cell::of(2.0), Cell::of(1.0), Cell::of(1.0)}};
        const Table fit = account_fit_table(ratings, weights, Language::Chinese).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), fit.size());
        CPPUNIT_ASSERT_EQUAL(std::string("匹配度"), fit[0][0].text);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(14.0 / 20.0, fit[1][0].number, 1e-12);
        CPPUNIT_ASSERT(fit[2][0].kind == TableCell::Kind::Empty);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(5.0 / 20.0, fit[3][0].number, 1e-12);       // a blank rating counts 0
        // A rating above 5, too few ratings, weights of nothing: errors, not numbers.
        CPPUNIT_ASSERT(!account_fit_table({{t("A"), Cell::of(6.0), Cell::of(1.0), Cell::of(1.0)}}, weights, Language::English).ok());
        CPPUNIT_ASSERT(!account_fit_table({{t("A"), Cell::of(1.0)}}, weights, Language::English).ok());
        CPPUNIT_ASSERT(!account_fit_table(ratings, {{Cell::of(0.0), Cell::of(0.0), Cell::of(0.0)}}, Language::English).ok());
    }

    void fit_found_on_a_rating_sheet()
    {
        const std::vector<std::vector<Cell>> sheet = {row({"理想型客户评分", "", ""}), row({"客户名称", "规模", "预算"}),
                                                      {t("权重"), Cell::of(3.0), Cell::of(1.0)},
                                                      {t("华东理工"), Cell::of(4.0), Cell::of(2.0)}};
        CPPUNIT_ASSERT_DOUBLES_EQUAL(14.0 / 20.0, *fit_in_grid(sheet, "华东理工"), 1e-12);
        CPPUNIT_ASSERT(!fit_in_grid(sheet, "别的客户"));
        CPPUNIT_ASSERT(!fit_in_grid({row({"客户名称", "金额"}), row({"华东理工", "5"})}, "华东理工")); // no weight row: not a rating sheet
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(StrategicSellingTest);
