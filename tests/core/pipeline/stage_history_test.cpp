// Stalled-deal limits learned from the sheet: the usual stay of the deals that moved past
// each stage (creation to current stage, shared over the stages passed; the median).
#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "pipeline/stage_history.hpp"
#include "pipeline/stalled_deals.hpp"

using namespace kat;

namespace {
Cell t(const char* text) { return Cell::of(std::string(text)); }
Cell n(double value) { return Cell::of(value); }
constexpr double day0 = 46000.0;
} // namespace

class StageHistoryTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(StageHistoryTest);
    CPPUNIT_TEST(each_stage_learns_from_the_deals_past_it);
    CPPUNIT_TEST(lost_undated_and_first_stage_deals_teach_nothing);
    CPPUNIT_TEST(learned_limits_decide_what_is_stalled);
    CPPUNIT_TEST_SUITE_END();

public:
    void each_stage_learns_from_the_deals_past_it()
    {
        // customer7: 目标客户 0, 潜在客户 1, 意向客户 2 … 成交客户 (won) 6.
        // Three deals in 意向客户 (passed stages 0 and 1): 20, 40 and 60 days → 10, 20, 30 per stage.
        // One won deal: 120 days over 6 stages → 20 per stage.
        const Column stages = {t("意向客户"), t("意向客户"), t("意向客户"), t("成交客户")};
        const Column created = {n(day0), n(day0), n(day0), n(day0)};
        const Column entered = {n(day0 + 20), n(day0 + 40), n(day0 + 60), n(day0 + 120)};
        const std::vector<LearnedLimit> limits = stage_limits_from_history(stages, created, entered, StageModel::customer7());
        // Stages 0 and 1: four deals (10, 20, 20, 30) → median 20. Stages 2…5: only the won deal.
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), limits.size());
        CPPUNIT_ASSERT_EQUAL(std::string("目标客户"), limits[0].stage);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(20.0, limits[0].days, 0.0);
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), limits[0].deals);
        CPPUNIT_ASSERT_EQUAL(std::string("潜在客户"), limits[1].stage);
        // The median of an odd count (2.5, 6.5, 100 days per stage), rounded up to whole days.
        const Column three = {t("意向客户"), t("意向客户"), t("意向客户")};
        const Column c3 = {n(day0), n(day0), n(day0)};
        const Column e3 = {n(day0 + 5), n(day0 + 13), n(day0 + 200)};
        const std::vector<LearnedLimit> odd = stage_limits_from_history(three, c3, e3, StageModel::customer7());
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), odd.size());
        CPPUNIT_ASSERT_DOUBLES_EQUAL(7.0, odd[0].days, 0.0);
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), odd[1].deals);
    }

    void lost_undated_and_first_stage_deals_teach_nothing()
    {
        const Column stages = {t("输单"), t("输单"), t("输单"), t("目标客户"), t("意向客户"), t("意向客户"), t("未知阶段")};
        const Column created = {n(day0), n(day0), n(day0), n(day0), Cell::empty(), n(day0 + 50), n(day0)};
        const Column entered = {n(day0 + 9), n(day0 + 9), n(day0 + 9), n(day0 + 9), n(day0 + 9), n(day0 + 10), n(day0 + 9)};
        // 意向客户 with no creation date, one entered before it was created, an unknown stage.
        CPPUNIT_ASSERT(stage_limits_from_history(stages, created, entered, StageModel::customer7()).empty());
    }

    void learned_limits_decide_what_is_stalled()
    {
        // Stage 0's usual stay is 10 days (three deals passed it in 10 days each); one deal has
        // sat in 目标客户 for 15 days: stalled by the learned limit, not by the flat 30 days.
        const Column stages = {t("潜在客户"), t("潜在客户"), t("潜在客户"), t("目标客户")};
        const Column created = {n(day0 + 70), n(day0 + 70), n(day0 + 70), n(day0 + 85)};
        const Column entered = {n(day0 + 80), n(day0 + 80), n(day0 + 80), n(day0 + 85)}; // 20 days in 潜在客户: not stalled
        const std::vector<std::vector<Cell>> limits =
            limit_rows(stage_limits_from_history(stages, created, entered, StageModel::customer7()));
        const Cell today = n(day0 + 100);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), count_stalled_deals(stages, entered, today, &limits).value());
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), count_stalled_deals(stages, entered, today, nullptr).value());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(StageHistoryTest);
