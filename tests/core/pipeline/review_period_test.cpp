// The forecast review's periods: the quarter, half and year today falls in, their names in
// both languages, and the way the workbook keeps them.
#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "pipeline/review_period.hpp"

using namespace kat;

namespace {
// Calc serial days: 2026-01-01 is 46023; 2026-11-25 is 46351.
constexpr double jan1 = 46023.0, nov25 = 46351.0;
ChosenPeriod chosen(PeriodChoice choice) { return ChosenPeriod{choice, {}}; }
} // namespace

class ReviewPeriodTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ReviewPeriodTest);
    CPPUNIT_TEST(the_quarter_half_and_year_around_today);
    CPPUNIT_TEST(names_in_both_languages);
    CPPUNIT_TEST(the_workbook_keeps_the_choice_and_custom_dates);
    CPPUNIT_TEST_SUITE_END();

public:
    void the_quarter_half_and_year_around_today()
    {
        const ReviewPeriod quarter = period_bounds(chosen(PeriodChoice::ThisQuarter), nov25);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(jan1 + 273, *quarter.from, 0.0); // 2026-10-01
        CPPUNIT_ASSERT_DOUBLES_EQUAL(jan1 + 364, *quarter.to, 0.0);   // 2026-12-31, inclusive
        const ReviewPeriod half = period_bounds(chosen(PeriodChoice::ThisHalf), jan1 + 40); // February
        CPPUNIT_ASSERT_DOUBLES_EQUAL(jan1, *half.from, 0.0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(jan1 + 180, *half.to, 0.0);      // 2026-06-30
        const ReviewPeriod year = period_bounds(chosen(PeriodChoice::ThisYear), nov25);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(jan1, *year.from, 0.0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(jan1 + 364, *year.to, 0.0);
        // The quarter's last day is in it; the next day starts the next quarter.
        const ReviewPeriod q1 = period_bounds(chosen(PeriodChoice::ThisQuarter), jan1 + 89); // 2026-03-31
        CPPUNIT_ASSERT_DOUBLES_EQUAL(jan1 + 89, *q1.to, 0.0);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(jan1 + 90, *period_bounds(chosen(PeriodChoice::ThisQuarter), jan1 + 90).from, 0.0);
        ChosenPeriod custom{PeriodChoice::Custom, {jan1, std::nullopt}};
        const ReviewPeriod open = period_bounds(custom, nov25);
        CPPUNIT_ASSERT(open.from && *open.from == jan1 && !open.to);
    }

    void names_in_both_languages()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("2026 Q4"), period_name(chosen(PeriodChoice::ThisQuarter), nov25, Language::English));
        CPPUNIT_ASSERT_EQUAL(std::string("2026年第4季度"), period_name(chosen(PeriodChoice::ThisQuarter), nov25, Language::Chinese));
        CPPUNIT_ASSERT_EQUAL(std::string("2026年下半年"), period_name(chosen(PeriodChoice::ThisHalf), nov25, Language::Chinese));
        CPPUNIT_ASSERT_EQUAL(std::string("2026"), period_name(chosen(PeriodChoice::ThisYear), nov25, Language::English));
        ChosenPeriod custom{PeriodChoice::Custom, {jan1, std::nullopt}};
        CPPUNIT_ASSERT_EQUAL(std::string("2026-01-01 – …"), period_name(custom, nov25, Language::English));
    }

    void the_workbook_keeps_the_choice_and_custom_dates()
    {
        ChosenPeriod custom{PeriodChoice::Custom, {jan1, jan1 + 30}};
        CPPUNIT_ASSERT_EQUAL(std::string("custom|46023|46053"), period_to_text(custom));
        const ChosenPeriod back = period_from_text(period_to_text(custom));
        CPPUNIT_ASSERT(back.choice == PeriodChoice::Custom && *back.custom.from == jan1 && *back.custom.to == jan1 + 30);
        CPPUNIT_ASSERT(period_from_text("half||").choice == PeriodChoice::ThisHalf);
        // Nothing kept yet, or something unreadable: this quarter, open bounds.
        const ChosenPeriod nothing = period_from_text("");
        CPPUNIT_ASSERT(nothing.choice == PeriodChoice::ThisQuarter && !nothing.custom.from && !nothing.custom.to);
        const ChosenPeriod garbled = period_from_text("custom|soon|-5");
        CPPUNIT_ASSERT(garbled.choice == PeriodChoice::Custom && !garbled.custom.from && !garbled.custom.to);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ReviewPeriodTest);
