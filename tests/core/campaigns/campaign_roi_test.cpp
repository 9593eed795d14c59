#include <cppunit/extensions/HelperMacros.h>

#include "campaigns/campaign_roi.hpp"

using namespace kat;

namespace {
Cell text(const char* s) { return Cell::of(std::string(s)); }
} // namespace

class CampaignRoiTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CampaignRoiTest);
    CPPUNIT_TEST(per_campaign_cost_pipeline_won_and_roi);
    CPPUNIT_TEST(deals_of_unlisted_campaigns_get_their_own_row);
    CPPUNIT_TEST(zero_cost_gives_div0_roi_cell);
    CPPUNIT_TEST(duplicate_campaigns_are_rejected);
    CPPUNIT_TEST_SUITE_END();

    Column campaigns{text("客户集成会"), text("SEM")}, costs{Cell::of(50000.0), Cell::of(20000.0)},
        attendees{Cell::of(40.0), Cell::of(0.0)};

public:
    void per_campaign_cost_pipeline_won_and_roi()
    {
        const Column deal_campaigns = {text("客户集成会"), text("客户集成会"), text("SEM"), Cell::empty()};
        const Column amounts = {Cell::of(200000.0), Cell::of(100000.0), Cell::of(10000.0), Cell::of(999.0)};
        const Column stages = {text("成交客户"), text("意向客户"), text("输单"), text("成交客户")};
        const Result<Table> t = campaign_roi_table({&campaigns, &costs, &attendees, &deal_campaigns, &amounts, &stages},
                                                   StageModel::customer7(), Language::English);
        CPPUNIT_ASSERT(t.ok());
        const TableRow& event = t.value()[1];
        CPPUNIT_ASSERT_EQUAL(std::string("客户集成会"), event[0].text);
        CPPUNIT_ASSERT_EQUAL(1250.0, event[3].number);   // 50,000 / 40 attendees
        CPPUNIT_ASSERT_EQUAL(2.0, event[4].number);
        CPPUNIT_ASSERT_EQUAL(100000.0, event[5].number); // open pipeline
        CPPUNIT_ASSERT_DOUBLES_EQUAL(30000.0, event[6].number, 1e-9);
        CPPUNIT_ASSERT_EQUAL(200000.0, event[7].number);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3.0, event[8].number, 1e-12); // (200,000 − 50,000) / 50,000
        const TableRow& sem = t.value()[2];
        CPPUNIT_ASSERT(sem[3].error == ErrorKind::DivisionByZero); // no attendees
        CPPUNIT_ASSERT_DOUBLES_EQUAL(-1.0, sem[8].number, 1e-12);
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), t.value().size());     // header, 2 campaigns, total (blank campaign left out)
        CPPUNIT_ASSERT_EQUAL(200000.0, t.value()[3][7].number);
    }
    void deals_of_unlisted_campaigns_get_their_own_row()
    {
        const Column deal_campaigns = {text("Webinar")};
        const Column amounts = {Cell::of(5.0)};
        const Column stages = {text("意向客户")};
        const Table t = campaign_roi_table({&campaigns, &costs, &attendees, &deal_campaigns, &amounts, &stages},
                                           StageModel::customer7(), Language::Chinese).value();
        CPPUNIT_ASSERT_EQUAL(std::string("(未匹配活动)"), t[3][0].text);
        CPPUNIT_ASSERT_EQUAL(5.0, t[3][5].number);
    }
    void zero_cost_gives_div0_roi_cell()
    {
        const Column free_campaign = {text("Referral")}, zero = {Cell::of(0.0)}, ten = {Cell::of(10.0)};
        const Column none;
        const Table t = campaign_roi_table({&free_campaign, &zero, &ten, &none, &none, &none}, StageModel::customer7(),
                                           Language::English).value();
        CPPUNIT_ASSERT(t[1][8].error == ErrorKind::DivisionByZero);
    }
    void duplicate_campaigns_are_rejected()
    {
        const Column twice = {text("SEM"), text("ｓｅｍ")}, two = {Cell::of(1.0), Cell::of(1.0)};
        const Column none;
        CPPUNIT_ASSERT(!campaign_roi_table({&twice, &two, &two, &none, &none, &none}, StageModel::customer7(),
                                           Language::English).ok());
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(CampaignRoiTest);
