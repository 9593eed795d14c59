#include <cppunit/extensions/HelperMacros.h>

#include "icm/money.hpp"
#include "icm/rebates.hpp"

using namespace kat;

class MoneyTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(MoneyTest);
    CPPUNIT_TEST(amounts_round_to_the_cent_once);
    CPPUNIT_TEST(rates_round_half_away_from_zero);
    CPPUNIT_TEST(no_float_drift_where_doubles_drift);
    CPPUNIT_TEST(huge_amounts_are_refused_not_wrapped);
    CPPUNIT_TEST_SUITE_END();

public:
    void amounts_round_to_the_cent_once()
    {
        CPPUNIT_ASSERT_EQUAL(Cents(4000000), *to_cents(40000.0));
        CPPUNIT_ASSERT_EQUAL(Cents(30), *to_cents(0.1 + 0.2)); // 0.30000000000000004
        CPPUNIT_ASSERT_EQUAL(Cents(-1050), *to_cents(-10.5));
    }
    void rates_round_half_away_from_zero()
    {
        CPPUNIT_ASSERT_EQUAL(Cents(1), apply_rate(10, Rate::from_fraction(0.05)));   // 0.5 cent → 1
        CPPUNIT_ASSERT_EQUAL(Cents(-1), apply_rate(-10, Rate::from_fraction(0.05))); // −0.5 cent → −1
        CPPUNIT_ASSERT_EQUAL(Cents(0), apply_rate(9, Rate::from_fraction(0.05)));    // 0.45 cent → 0
    }
    void no_float_drift_where_doubles_drift()
    {
        // 10,000 collected entries of 0.70 at 5 %: each rebate is 3.5 cents, rounded once by the
        // rule to 4 cents, so the partner is paid exactly 400.00 — the engine's sum, not a
        // product of the total (10,000 × 0.70 × 5 % = 350.00 would be a different rule).
        const Column collected(10000, Cell::of(0.70));
        const Result<Cents> paid = single_deal_rebate(collected, Rate::from_fraction(0.05));
        CPPUNIT_ASSERT(paid.ok());
        CPPUNIT_ASSERT_EQUAL(Cents(40000), paid.value());
        CPPUNIT_ASSERT_EQUAL(400.0, to_amount(paid.value()));
        // Text amounts read to the same cents as numbers: "0.70" is 70 cents, not 69.
        CPPUNIT_ASSERT_EQUAL(paid.value(), single_deal_rebate(Column(10000, Cell::of(std::string("0.70"))),
                                                              Rate::from_fraction(0.05)).value());
    }
    void huge_amounts_are_refused_not_wrapped()
    {
        CPPUNIT_ASSERT(!to_cents(1e300).has_value());
        CPPUNIT_ASSERT_EQUAL(Cents(900000000000000LL), apply_rate(900000000000000LL, Rate::from_fraction(1.0)));
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(MoneyTest);
