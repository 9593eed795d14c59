#include <cppunit/extensions/HelperMacros.h>

#include "icm/partner_statement.hpp"
#include "icm/rebates.hpp"

using namespace kat;

namespace {
Cell text(const char* s) { return Cell::of(std::string(s)); }

// A ledger written row by row: partner, type, amount, collected, date.
struct Ledger {
    Column partners, types, amounts, collected, dates;
    Ledger& add(const char* partner, const char* type, Cell amount, Cell paid, Cell date = Cell::empty())
    {
        partners.push_back(text(partner));
        types.push_back(text(type));
        amounts.push_back(std::move(amount));
        collected.push_back(std::move(paid));
        dates.push_back(std::move(date));
        return *this;
    }
    Result<std::vector<StatementLine>> statements(const RebatePolicy& policy = {}, bool dated = false) const
    {
        return partner_statements({&partners, &types, &amounts, &collected, dated ? &dates : nullptr}, policy,
                                  Language::English);
    }
};

// Seed 000/002: 张三 helps sell 40,000 (collected 40,000) and 60,000 (collected 50,000) and
// refers a 30,000 sale elsewhere.
Ledger zhang_san()
{
    Ledger l;
    l.add("张三", "直接", Cell::of(40000.0), Cell::of(40000.0))
        .add("張三", "直接", Cell::of(60000.0), Cell::of(50000.0))
        .add("张三", "间接", Cell::of(30000.0), Cell::empty());
    return l;
}
} // namespace

class PartnerStatementTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PartnerStatementTest);
    CPPUNIT_TEST(seed_zhang_san_comes_out_to_the_cent);
    CPPUNIT_TEST(seed_zhang_san_with_the_scalar_functions);
    CPPUNIT_TEST(below_the_threshold_there_is_no_volume_rebate);
    CPPUNIT_TEST(volume_rebate_applies_to_whole_base_at_threshold);
    CPPUNIT_TEST(highest_tier_reached_applies_to_the_whole_base);
    CPPUNIT_TEST(a_refund_claws_back_its_rebate_and_lowers_the_base);
    CPPUNIT_TEST(two_periods_get_two_statements);
    CPPUNIT_TEST(policy_from_named_settings_in_chinese);
    CPPUNIT_TEST(cap_limits_what_is_paid);
    CPPUNIT_TEST(bad_ledgers_are_errors_naming_the_row);
    CPPUNIT_TEST_SUITE_END();

public:
    void seed_zhang_san_comes_out_to_the_cent()
    {
        const auto lines = zhang_san().statements().value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), lines.size()); // Simplified and Traditional are one partner
        const StatementLine& z = lines[0];
        CPPUNIT_ASSERT_EQUAL(std::string("张三"), z.partner);
        CPPUNIT_ASSERT_EQUAL(Cents(200000 + 250000), z.single_paid); // 2,000 + 2,500
        CPPUNIT_ASSERT_EQUAL(Cents(50000), z.pending);               // 500
        CPPUNIT_ASSERT_EQUAL(Cents(10200000), z.volume_base);        // 102,000
        CPPUNIT_ASSERT_EQUAL(Cents(102000), z.volume_rebate);        // 1,020
        CPPUNIT_ASSERT_EQUAL(Cents(552000), z.total_payable);        // 5,520
        const Table t = statement_table(lines, Language::English);
        CPPUNIT_ASSERT_EQUAL(std::string("Total payable"), t[0][9].text);
        CPPUNIT_ASSERT_EQUAL(5520.0, t[1][9].number);
    }
    void seed_zhang_san_with_the_scalar_functions()
    {
        const Rate five = Rate::from_fraction(0.05);
        const Column collected = {Cell::of(40000.0), Cell::of(50000.0)};
        const Column amounts = {Cell::of(40000.0), Cell::of(60000.0)};
        const Column referred = {Cell::of(30000.0)};
        CPPUNIT_ASSERT_EQUAL(Cents(450000), single_deal_rebate(collected, five).value());
        CPPUNIT_ASSERT_EQUAL(Cents(50000), pending_rebate(amounts, collected, five).value());
        const Cents base = volume_base(collected, referred, Rate::from_fraction(0.4)).value();
        CPPUNIT_ASSERT_EQUAL(Cents(10200000), base);
        CPPUNIT_ASSERT_EQUAL(Cents(102000), volume_rebate(base, RebatePolicy{}.volume_tiers));
    }
    void below_the_threshold_there_is_no_volume_rebate()
    {
        // base 99,999.99: one cent short of 100,000
        const Column collected = {Cell::of(99999.99)};
        const Cents base = volume_base(collected, {}, Rate::from_fraction(0.4)).value();
        CPPUNIT_ASSERT_EQUAL(Cents(9999999), base);
        CPPUNIT_ASSERT_EQUAL(Cents(0), volume_rebate(base, RebatePolicy{}.volume_tiers));
    }
    void volume_rebate_applies_to_whole_base_at_threshold()
    {
        CPPUNIT_ASSERT_EQUAL(Cents(100000), volume_rebate(10000000, RebatePolicy{}.volume_tiers)); // 1 % of 100,000
    }
    void highest_tier_reached_applies_to_the_whole_base()
    {
        const std::vector<std::vector<Cell>> rows = {{text("起始基数"), text("返点率")},
                                                     {Cell::of(300000.0), text("2%")},
                                                     {Cell::of(100000.0), Cell::of(0.01)}};
        const auto tiers = volume_tiers_from_rows(rows).value();
        CPPUNIT_ASSERT_EQUAL(Cents(10000000), tiers[0].from_base); // sorted: 100,000 first
        CPPUNIT_ASSERT_EQUAL(Cents(0), volume_rebate(9999999, tiers));
        CPPUNIT_ASSERT_EQUAL(Cents(200000), volume_rebate(20000000, tiers)); // 200,000 × 1 %
        CPPUNIT_ASSERT_EQUAL(Cents(800000), volume_rebate(40000000, tiers)); // 400,000 × 2 %, all of it
    }
    void a_refund_claws_back_its_rebate_and_lowers_the_base()
    {
        Ledger l = zhang_san();
        l.add("张三", "直接", Cell::empty(), Cell::of(-10000.0)); // 10,000 refunded
        const StatementLine z = l.statements().value()[0];
        CPPUNIT_ASSERT_EQUAL(Cents(-50000), z.clawback);                    // −500
        CPPUNIT_ASSERT_EQUAL(Cents(450000 - 50000), z.single_paid);         // 4,000 net
        CPPUNIT_ASSERT_EQUAL(Cents(9200000), z.volume_base);                // 92,000: below the threshold
        CPPUNIT_ASSERT_EQUAL(Cents(0), z.volume_rebate);
        CPPUNIT_ASSERT_EQUAL(Cents(400000), z.total_payable);
        CPPUNIT_ASSERT_EQUAL(Cents(50000), z.pending);                      // unchanged
    }
    void two_periods_get_two_statements()
    {
        Ledger l;
        l.add("张三", "直接", Cell::of(100000.0), Cell::of(100000.0), text("2026-03-01"))
            .add("李四", "Direct", Cell::of(1000.0), Cell::of(1000.0), text("2026-04-01"))
            .add("张三", "Direct", Cell::of(20000.0), Cell::of(20000.0), text("9/1/2026"));
        const auto lines = l.statements({}, true).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), lines.size());
        CPPUNIT_ASSERT_EQUAL(std::string("2026 H1"), lines[0].period);
        CPPUNIT_ASSERT_EQUAL(Cents(100000), lines[0].volume_rebate);  // H1: 100,000 reaches the threshold
        CPPUNIT_ASSERT_EQUAL(std::string("2026 H2"), lines[1].period);
        CPPUNIT_ASSERT_EQUAL(Cents(0), lines[1].volume_rebate);       // H2: 20,000 alone does not
        CPPUNIT_ASSERT_EQUAL(std::string("李四"), lines[2].partner);
        CPPUNIT_ASSERT_EQUAL(std::string("2026年上半年"), period_label(46082.0, RebatePeriod::HalfYear, Language::Chinese));
        CPPUNIT_ASSERT_EQUAL(std::string("2026 Q1"), period_label(46082.0, RebatePeriod::Quarter, Language::English));
    }
    void policy_from_named_settings_in_chinese()
    {
        const std::vector<std::vector<Cell>> rows = {{text("设置"), text("值")},
                                                     {text("单笔返点率"), Cell::of(6.0)},
                                                     {text("门槛"), text("5万")},
                                                     {text("總量返點率"), text("2%")},
                                                     {text("间接权重"), Cell::of(0.5)},
                                                     {text("周期"), text("季度")}};
        const RebatePolicy p = rebate_policy_from_rows(rows).value();
        CPPUNIT_ASSERT_EQUAL(std::int64_t(60000), p.single_rate.ppm);
        CPPUNIT_ASSERT_EQUAL(Cents(5000000), p.volume_tiers[0].from_base);
        CPPUNIT_ASSERT_EQUAL(std::int64_t(20000), p.volume_tiers[0].rate.ppm);
        CPPUNIT_ASSERT_EQUAL(std::int64_t(500000), p.indirect_weight.ppm);
        CPPUNIT_ASSERT(p.period == RebatePeriod::Quarter);
        CPPUNIT_ASSERT(!rebate_policy_from_rows({{text("rate"), text("high")}}).ok());
        CPPUNIT_ASSERT(!rebate_policy_from_rows({{text("bonus"), Cell::of(1.0)}, {text("rate"), Cell::of(1.0)}}).ok());
    }
    void cap_limits_what_is_paid()
    {
        RebatePolicy p;
        p.cap = 500000; // 5,000
        const StatementLine z = zhang_san().statements(p).value()[0];
        CPPUNIT_ASSERT_EQUAL(Cents(500000), z.total_payable);
        CPPUNIT_ASSERT(z.capped);
    }
    void bad_ledgers_are_errors_naming_the_row()
    {
        Ledger unknown_type = zhang_san();
        unknown_type.add("张三", "gift", Cell::of(1.0), Cell::of(1.0));
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), unknown_type.statements().error().row);

        Ledger over_collected;
        over_collected.add("张三", "直接", Cell::of(100.0), Cell::of(150.0));
        CPPUNIT_ASSERT(over_collected.statements().error().kind == ErrorKind::BadValue);
        CPPUNIT_ASSERT(!pending_rebate({Cell::of(100.0)}, {Cell::of(150.0)}, Rate::from_fraction(0.05)).ok());

        Ledger text_amount;
        text_amount.add("张三", "直接", text("a lot"), Cell::of(1.0));
        CPPUNIT_ASSERT(!text_amount.statements().ok());

        Ledger undated = zhang_san();
        CPPUNIT_ASSERT(!undated.statements({}, true).ok()); // dated statements need every date

        Ledger mismatched = zhang_san();
        mismatched.types.pop_back();
        CPPUNIT_ASSERT(mismatched.statements().error().kind == ErrorKind::SizeMismatch);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(PartnerStatementTest);
