// Forecast hygiene with the key-people rules: 30 % needs a supportive coach, 50 % a known
// economic buyer; claimed and supported forecasts side by side.
#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "pipeline/forecast_hygiene.hpp"

using namespace kat;

namespace {

Cell t(const char* text) { return *text ? Cell::of(std::string(text)) : Cell::empty(); }
Cell n(double value) { return Cell::of(value); }

const DealHygiene* flagged(const ForecastHygiene& h, const std::string& deal)
{
    for (const DealHygiene& d : h.flagged)
        if (d.deal == deal)
            return &d;
    return nullptr;
}

bool has(const DealHygiene* d, HygieneFlag flag)
{
    return d && std::find(d->flags.begin(), d->flags.end(), flag) != d->flags.end();
}

} // namespace

class ForecastHygieneTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ForecastHygieneTest);
    CPPUNIT_TEST(caps_are_the_models_highest_probability_below_thirty_and_fifty);
    CPPUNIT_TEST(each_rule_flags_and_caps_as_the_method_says);
    CPPUNIT_TEST(deals_link_to_people_whatever_the_script_case_or_width);
    CPPUNIT_TEST(table_lists_flagged_deals_and_both_forecasts);
    CPPUNIT_TEST(an_open_deal_past_its_close_date_is_flagged);
    CPPUNIT_TEST_SUITE_END();

public:
    void caps_are_the_models_highest_probability_below_thirty_and_fifty()
    {
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.15, highest_open_probability_below(StageModel::customer7(), 0.30), 1e-12);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.30, highest_open_probability_below(StageModel::customer7(), 0.50), 1e-12);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.10, highest_open_probability_below(StageModel::action5(), 0.30), 1e-12);
    }

    ForecastHygiene example()
    {
        // Deals: name, stage, amount, own probability.
        deals_ = {t("A"), t("B"), t("C"), t("D"), t("E"), t("W"), t("L"), t("N")};
        stages_ = {t("谈判客户"), t("立项客户"), t("意向客户"), t("意向客户"), t("潜在客户"), t("成交客户"), t("输单"), t("意向客户")};
        amounts_ = {Cell::of(100000.0), Cell::of(200000.0), Cell::of(100000.0), Cell::of(50000.0), Cell::of(10000.0),
                    Cell::of(300000.0), Cell::of(80000.0), Cell::empty()};
        probabilities_ = {t(""), t(""), t(""), t(""), Cell::of(0.5), t(""), t(""), t("")};
        // People: A has a supportive coach (no economic buyer); C a supportive coach and an
        // opposed technical buyer; D a neutral coach; B nobody.
        people_deals_ = {t("A"), t("C"), t("C"), t("D")};
        roles_ = {t("教练"), t("内线"), t("技术把关者"), t("Coach")};
        support_ = {t("支持"), t("支持"), t("反对"), t("中立")};
        const HygieneColumns columns{&deals_, &stages_, &amounts_, &probabilities_, &people_deals_, &roles_, &support_};
        const Result<ForecastHygiene> h = forecast_hygiene(columns, StageModel::customer7());
        CPPUNIT_ASSERT_MESSAGE(h.ok() ? "" : h.error().message, h.ok());
        return h.value();
    }

    void each_rule_flags_and_caps_as_the_method_says()
    {
        const ForecastHygiene h = example();
        // A: 80 %, coach but no economic buyer → capped at 30 %.
        const DealHygiene* a = flagged(h, "A");
        CPPUNIT_ASSERT(has(a, HygieneFlag::EconomicBuyerUnknown) && !has(a, HygieneFlag::NoSupportiveCoach));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.80, a->claimed, 1e-12);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.30, a->supported, 1e-12);
        // B: 50 % with nobody → both caps, the lower wins: 15 %.
        const DealHygiene* b = flagged(h, "B");
        CPPUNIT_ASSERT(has(b, HygieneFlag::NoSupportiveCoach) && has(b, HygieneFlag::EconomicBuyerUnknown));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.15, b->supported, 1e-12);
        // C: 30 % with a supportive coach — fine but for the opposed technical buyer (no cap).
        const DealHygiene* c = flagged(h, "C");
        CPPUNIT_ASSERT(has(c, HygieneFlag::TechnicalVeto) && c->flags.size() == 1);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.30, c->supported, 1e-12);
        // D: a neutral coach is no supporter: 30 % → 15 %.
        const DealHygiene* d = flagged(h, "D");
        CPPUNIT_ASSERT(has(d, HygieneFlag::NoSupportiveCoach));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.15, d->supported, 1e-12);
        // E: 潜在客户 (15 %) claimed at 50 %: above its stage, and both caps.
        const DealHygiene* e = flagged(h, "E");
        CPPUNIT_ASSERT(has(e, HygieneFlag::ClaimedAboveStage));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.15, e->supported, 1e-12);
        // Won and lost deals are never flagged; an open deal with no amount is.
        CPPUNIT_ASSERT(!flagged(h, "W") && !flagged(h, "L"));
        CPPUNIT_ASSERT(has(flagged(h, "N"), HygieneFlag::AmountMissing));
        // Claimed: 80,000 + 100,000 + 30,000 + 15,000 + 5,000 + 300,000 = 530,000.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(530000.0, h.claimed_forecast, 1e-6);
        // Supported: 30,000 + 30,000 + 30,000 + 7,500 + 1,500 + 300,000 = 399,000.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(399000.0, h.supported_forecast, 1e-6);
    }

    void deals_link_to_people_whatever_the_script_case_or_width()
    {
        const Column deals = {t("华为项目"), t("acme")};
        const Column stages = {t("谈判客户"), t("谈判客户")};
        const Column amounts = {Cell::of(100.0), Cell::of(100.0)};
        const Column people = {t("華為項目"), t("華為項目"), t("ＡＣＭＥ")};
        const Column roles = {t("教练"), t("决策者"), t("教练")};
        const Column support = {t("支持"), t("中立"), t("支持")};
        const HygieneColumns columns{&deals, &stages, &amounts, nullptr, &people, &roles, &support};
        const ForecastHygiene h = forecast_hygiene(columns, StageModel::customer7()).value();
        CPPUNIT_ASSERT(!flagged(h, "华为项目"));                               // coach and economic buyer found
        CPPUNIT_ASSERT(has(flagged(h, "acme"), HygieneFlag::EconomicBuyerUnknown)); // coach found, no decider
        CPPUNIT_ASSERT(!has(flagged(h, "acme"), HygieneFlag::NoSupportiveCoach));
    }

    void table_lists_flagged_deals_and_both_forecasts()
    {
        const ForecastHygiene h = example();
        const Table en = hygiene_table(h, StageModel::customer7(), Language::English);
        CPPUNIT_ASSERT_EQUAL(std::string("Deal"), en[0][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("Reasons"), en[0][5].text);
        CPPUNIT_ASSERT_EQUAL(h.flagged.size() + 2, en.size());
        CPPUNIT_ASSERT_EQUAL(std::string("A"), en[1][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("谈判客户"), en[1][1].text); // the data's own stage name
        CPPUNIT_ASSERT_EQUAL(std::string("economic buyer unknown"), en[1][5].text);
        CPPUNIT_ASSERT_EQUAL(std::string("no supportive coach; economic buyer unknown"), en[2][5].text);
        CPPUNIT_ASSERT_EQUAL(std::string("Total"), en.back()[0].text);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(530000.0, en.back()[3].number, 1e-6);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(399000.0, en.back()[4].number, 1e-6);
        const Table zh = hygiene_table(h, StageModel::customer7(), Language::Chinese);
        CPPUNIT_ASSERT_EQUAL(std::string("合计"), zh.back()[0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("没有支持我方的教练；决策者未知"), zh[2][5].text);
    }

    void an_open_deal_past_its_close_date_is_flagged()
    {
        // Today 46000: P closed-by 45990 and still open → flagged; W won past its date → not;
        // F due later → not. Prospects at 15 % need no coach, so only the date speaks.
        const Column deals = {t("P"), t("W"), t("F")};
        const Column stages = {t("潜在客户"), t("成交客户"), t("潜在客户")};
        const Column amounts = {n(100), n(100), n(100)};
        const Column closes = {n(45990), n(45990), n(46010)};
        const Column none;
        HygieneColumns columns{&deals, &stages, &amounts, nullptr, &none, &none, nullptr, &closes};
        columns.today = 46000.0;
        const ForecastHygiene h = forecast_hygiene(columns, StageModel::customer7()).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), h.flagged.size());
        CPPUNIT_ASSERT(has(flagged(h, "P"), HygieneFlag::ClosePassed));
        // Without today nothing is said about dates.
        columns.today.reset();
        CPPUNIT_ASSERT(forecast_hygiene(columns, StageModel::customer7()).value().flagged.empty());
    }

private:
    Column deals_, stages_, amounts_, probabilities_, people_deals_, roles_, support_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(ForecastHygieneTest);
