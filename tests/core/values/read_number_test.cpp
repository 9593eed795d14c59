#include <cppunit/extensions/HelperMacros.h>

#include "values/read_number.hpp"

using kat::Cell;
using kat::NumberReading;
using kat::read_number;
using kat::read_number_text;
using kat::read_probability;

namespace {
double value_of(const char* text)
{
    const NumberReading r = read_number_text(text);
    CPPUNIT_ASSERT_MESSAGE(std::string("not read: ") + text, r.is_value());
    return r.value;
}
bool unreadable(const char* text) { return read_number_text(text).state == NumberReading::State::Unreadable; }
} // namespace

class ReadNumberTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ReadNumberTest);
    CPPUNIT_TEST(plain_and_grouped_numbers);
    CPPUNIT_TEST(currency_marks_are_ignored);
    CPPUNIT_TEST(wan_means_ten_thousand);
    CPPUNIT_TEST(full_width_digits_are_read);
    CPPUNIT_TEST(accounting_negatives);
    CPPUNIT_TEST(text_that_is_not_a_number_is_unreadable);
    CPPUNIT_TEST(blank_is_not_zero);
    CPPUNIT_TEST(error_cells_are_unreadable);
    CPPUNIT_TEST(probability_accepts_fraction_percent_and_percent_text);
    CPPUNIT_TEST(probability_outside_0_100_percent_is_unreadable);
    CPPUNIT_TEST_SUITE_END();

public:
    void plain_and_grouped_numbers()
    {
        CPPUNIT_ASSERT_EQUAL(1200.0, value_of("1,200"));
        CPPUNIT_ASSERT_EQUAL(1200.5, value_of(" 1 200.5 "));
        CPPUNIT_ASSERT_EQUAL(40000.0, read_number(Cell::of(40000.0)).value);
    }
    void currency_marks_are_ignored()
    {
        CPPUNIT_ASSERT_EQUAL(40000.0, value_of("¥40,000"));
        CPPUNIT_ASSERT_EQUAL(40000.0, value_of("￥40,000"));
        CPPUNIT_ASSERT_EQUAL(40000.0, value_of("40000元"));
        CPPUNIT_ASSERT_EQUAL(99.5, value_of("$99.50"));
        CPPUNIT_ASSERT_EQUAL(100.0, value_of("RMB 100"));
    }
    void wan_means_ten_thousand()
    {
        CPPUNIT_ASSERT_EQUAL(400000.0, value_of("40万"));
        CPPUNIT_ASSERT_EQUAL(400000.0, value_of("40萬"));
        CPPUNIT_ASSERT_EQUAL(400000.0, value_of("40万元"));
        CPPUNIT_ASSERT_EQUAL(150000000.0, value_of("1.5亿"));
        CPPUNIT_ASSERT_EQUAL(2500.0, value_of("2.5k"));
    }
    void full_width_digits_are_read()
    {
        CPPUNIT_ASSERT_EQUAL(1200.0, value_of("１，２００"));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.12, value_of("１２％"), 1e-15);
    }
    void accounting_negatives()
    {
        CPPUNIT_ASSERT_EQUAL(-1200.0, value_of("(1,200)"));
        CPPUNIT_ASSERT_EQUAL(-40.0, value_of("¥-40"));
        CPPUNIT_ASSERT_EQUAL(-40.0, value_of("-¥40"));
    }
    void text_that_is_not_a_number_is_unreadable()
    {
        CPPUNIT_ASSERT(unreadable("abc"));
        CPPUNIT_ASSERT(unreadable("40万万"));
        CPPUNIT_ASSERT(unreadable("¥"));
        CPPUNIT_ASSERT(unreadable("12.3.4"));
        CPPUNIT_ASSERT(unreadable("nan"));
        CPPUNIT_ASSERT(unreadable("inf"));
    }
    void blank_is_not_zero()
    {
        CPPUNIT_ASSERT(read_number(Cell::empty()).is_blank());
        CPPUNIT_ASSERT(read_number_text("   ").is_blank());
    }
    void error_cells_are_unreadable()
    {
        CPPUNIT_ASSERT(read_number(Cell::error()).state == NumberReading::State::Unreadable);
    }
    void probability_accepts_fraction_percent_and_percent_text()
    {
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3, read_probability(Cell::of(0.3)).value, 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3, read_probability(Cell::of(30.0)).value, 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3, read_probability(Cell::of(std::string("30%"))).value, 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3, read_probability(Cell::of(std::string("30"))).value, 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1.0, read_probability(Cell::of(1.0)).value, 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.005, read_probability(Cell::of(std::string("0.5%"))).value, 1e-15);
    }
    void probability_outside_0_100_percent_is_unreadable()
    {
        CPPUNIT_ASSERT(!read_probability(Cell::of(-0.1)).is_value());
        CPPUNIT_ASSERT(!read_probability(Cell::of(150.0)).is_value());
        CPPUNIT_ASSERT(!read_probability(Cell::of(std::string("120%"))).is_value());
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(ReadNumberTest);
