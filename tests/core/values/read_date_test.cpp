#include <cppunit/extensions/HelperMacros.h>

#include "values/read_date.hpp"

using namespace kat;

namespace {
constexpr double nov_2_2026 = 46328.0; // Calc's serial for 2026-11-02
double serial(const char* text)
{
    const NumberReading r = read_date_text(text);
    CPPUNIT_ASSERT_MESSAGE(std::string("not a date: ") + text, r.is_value());
    return r.value;
}
bool refused(const char* text) { return read_date_text(text).state == NumberReading::State::Unreadable; }
} // namespace

class ReadDateTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ReadDateTest);
    CPPUNIT_TEST(iso_us_and_chinese_text_give_the_same_serial);
    CPPUNIT_TEST(calc_serials_are_taken_as_they_are);
    CPPUNIT_TEST(a_time_after_the_date_is_ignored);
    CPPUNIT_TEST(impossible_and_ambiguous_dates_are_refused);
    CPPUNIT_TEST(blank_is_not_a_date);
    CPPUNIT_TEST_SUITE_END();

public:
    void iso_us_and_chinese_text_give_the_same_serial()
    {
        CPPUNIT_ASSERT_EQUAL(nov_2_2026, serial("2026-11-02"));
        CPPUNIT_ASSERT_EQUAL(nov_2_2026, serial("2026/11/2"));
        CPPUNIT_ASSERT_EQUAL(nov_2_2026, serial("11/2/2026"));
        CPPUNIT_ASSERT_EQUAL(nov_2_2026, serial("2026年11月2日"));
        CPPUNIT_ASSERT_EQUAL(nov_2_2026, serial("２０２６年１１月２日"));
        CPPUNIT_ASSERT_EQUAL(25569.0, serial("1970-01-01"));
    }
    void calc_serials_are_taken_as_they_are()
    {
        CPPUNIT_ASSERT_EQUAL(nov_2_2026, read_date(Cell::of(nov_2_2026)).value);
        CPPUNIT_ASSERT_EQUAL(nov_2_2026, read_date(Cell::of(nov_2_2026 + 0.75)).value); // a time of day
        CPPUNIT_ASSERT(!read_date(Cell::of(-5.0)).is_value());
    }
    void a_time_after_the_date_is_ignored()
    {
        CPPUNIT_ASSERT_EQUAL(nov_2_2026, serial("2026-11-02 14:30"));
        CPPUNIT_ASSERT_EQUAL(nov_2_2026, serial("2026-11-02T14:30:00"));
    }
    void impossible_and_ambiguous_dates_are_refused()
    {
        CPPUNIT_ASSERT(refused("2026-02-30"));
        CPPUNIT_ASSERT(refused("2026-13-01"));
        CPPUNIT_ASSERT(refused("11/2/26"));
        CPPUNIT_ASSERT(refused("next Tuesday"));
        CPPUNIT_ASSERT(refused("2026-11"));
        CPPUNIT_ASSERT(refused("2026-11-02x"));
        CPPUNIT_ASSERT(refused("99999999-1-1"));
    }
    void blank_is_not_a_date() { CPPUNIT_ASSERT(read_date(Cell::empty()).is_blank()); }
};
CPPUNIT_TEST_SUITE_REGISTRATION(ReadDateTest);
