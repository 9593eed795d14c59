// Customer-cluster events: the invitation funnel, cost per attendee, the backups to call.
#include <cppunit/extensions/HelperMacros.h>

#include "events/event_funnel.hpp"

using namespace kat;

namespace {
Cell t(const char* s) { return *s ? Cell::of(std::string(s)) : Cell::empty(); }
Cell n(double v) { return Cell::of(v); }
} // namespace

class EventFunnelTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(EventFunnelTest);
    CPPUNIT_TEST(reached_counts_everyone_at_or_past_a_step);
    CPPUNIT_TEST(own_steps_and_unknown_words);
    CPPUNIT_TEST(cost_by_category_and_per_attendee);
    CPPUNIT_TEST(backups_fill_the_shortfall_in_list_order);
    CPPUNIT_TEST_SUITE_END();

public:
    void reached_counts_everyone_at_or_past_a_step()
    {
        // 10 invited: 2 only invited, 1 letter sent, 2 confirmed (one then declined), 1 final check,
        // 3 attended, 1 gave feedback (Traditional script); one blank row; one declined outright.
        const Column statuses = {t("已邀请"), t("Invited"), t("已发邀请函"), t("已确认"), t("已确认、婉拒"), t("最终确认"),
                                 t("已到场"), t("已签到"), t("attended"), t("已反饋"), t(""), t("已婉拒")};
        const Table funnel = event_funnel_table(statuses, nullptr, Language::English).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(1 + 6 + 1), funnel.size());
        CPPUNIT_ASSERT_EQUAL(std::string("Invited"), funnel[1][0].text);
        const double reached[] = {11, 8, 7, 5, 4, 1}; // the outright decline was invited only
        for (std::size_t i = 0; i < 6; ++i)
            CPPUNIT_ASSERT_DOUBLES_EQUAL(reached[i], funnel[1 + i][1].number, 0.0);
        CPPUNIT_ASSERT(funnel[1][2].kind == TableCell::Kind::Empty);           // no step before the first
        CPPUNIT_ASSERT_DOUBLES_EQUAL(7.0 / 8.0, funnel[3][2].number, 1e-12);    // confirmed ÷ letter sent
        CPPUNIT_ASSERT_DOUBLES_EQUAL(4.0 / 11.0, funnel[5][3].number, 1e-12);   // attended ÷ invited
        CPPUNIT_ASSERT_EQUAL(std::string("Declined"), funnel[7][0].text);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2.0, funnel[7][1].number, 0.0);
        CPPUNIT_ASSERT_EQUAL(std::string("已到场"), event_funnel_table(statuses, nullptr, Language::Chinese).value()[5][0].text);
    }

    void own_steps_and_unknown_words()
    {
        const std::vector<std::string> steps = {"名单", "电话", "到会"};
        const Column statuses = {t("名单"), t("电话"), t("到会"), t("到会"), t("婉拒")};
        const Table funnel = event_funnel_table(statuses, &steps, Language::Chinese).value();
        CPPUNIT_ASSERT_EQUAL(std::string("电话"), funnel[2][0].text);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(5.0, funnel[1][1].number, 0.0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2.0, funnel[3][1].number, 0.0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1.0, funnel[4][1].number, 0.0);            // 已婉拒
        // A word that is no step is an error naming its row, never a silent zero.
        const Result<Table> bad = event_funnel_table({t("已邀请"), t("maybe")}, nullptr, Language::English);
        CPPUNIT_ASSERT(!bad.ok());
        CPPUNIT_ASSERT(bad.error().message.find("row 2") != std::string::npos);
    }

    void cost_by_category_and_per_attendee()
    {
        const Column categories = {t("场地"), t("Labour"), t("物料"), t("礼品"), t("交通"), t("茶歇")};
        const Column amounts = {n(8000), n(3000), n(1500), n(500), n(2000), n(1000)};
        const Table cost = event_cost_table(categories, amounts, 32.0, Language::Chinese).value();
        CPPUNIT_ASSERT_EQUAL(std::string("场地"), cost[1][0].text);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(8000.0, cost[1][1].number, 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2000.0, cost[3][1].number, 1e-9);          // materials: 物料 + 礼品
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1000.0, cost[5][1].number, 1e-9);          // 茶歇: other
        CPPUNIT_ASSERT_DOUBLES_EQUAL(16000.0, cost[6][1].number, 1e-9);         // total
        CPPUNIT_ASSERT_DOUBLES_EQUAL(500.0, cost[7][1].number, 1e-9);           // per attendee
        CPPUNIT_ASSERT(event_cost_table(categories, amounts, 0.0, Language::English).value()[7][1].kind == TableCell::Kind::Empty);
        CPPUNIT_ASSERT(!event_cost_table({t("场地")}, {t("很多")}, 1.0, Language::English).ok());
        // A category listed with no amount yet costs nothing.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.0, event_cost_table({t("场地")}, {t("")}, 1.0, Language::English).value()[6][1].number, 0.0);
    }

    void backups_fill_the_shortfall_in_list_order()
    {
        // Target 4: main list has 2 confirmed (one more confirmed then declined); 2 backups needed.
        const Column statuses = {t("已确认"), t("已到场"), t("已确认、婉拒"), t("已邀请"), t("已邀请"), t("已婉拒"), t("已邀请"), t("已邀请")};
        const Column lists = {t("正式"), t("正式"), t("正式"), t("正式"), t("备选"), t("备选"), t("backup"), t("备选")};
        const std::vector<std::size_t> call = backups_to_call(statuses, lists, 4.0).value();
        CPPUNIT_ASSERT((call == std::vector<std::size_t>{4, 6}));              // the declined backup is skipped
        CPPUNIT_ASSERT(backups_to_call(statuses, lists, 2.0).value().empty()); // enough confirmed
        CPPUNIT_ASSERT(!backups_to_call(statuses, {t("正式"), t("VIP"), t(""), t(""), t(""), t(""), t(""), t("")}, 4.0).ok());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(EventFunnelTest);
