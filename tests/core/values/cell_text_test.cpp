#include <cppunit/extensions/HelperMacros.h>

#include "values/cell_text.hpp"

using namespace kat;

class CellTextTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CellTextTest);
    CPPUNIT_TEST(numbers_read_as_calc_shows_them);
    CPPUNIT_TEST(text_is_trimmed_and_blanks_are_empty);
    CPPUNIT_TEST_SUITE_END();

public:
    void numbers_read_as_calc_shows_them()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("1001"), cell_text(Cell::of(1001.0)));   // an employee number as a name
        CPPUNIT_ASSERT_EQUAL(std::string("2026"), cell_text(Cell::of(2026.0)));   // a year as a group
        CPPUNIT_ASSERT_EQUAL(std::string("0.3"), cell_text(Cell::of(0.3)));
        CPPUNIT_ASSERT_EQUAL(std::string("-12.5"), cell_text(Cell::of(-12.5)));
        CPPUNIT_ASSERT_EQUAL(std::string("123456789012345"), cell_text(Cell::of(123456789012345.0)));
    }

    void text_is_trimmed_and_blanks_are_empty()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("王总"), cell_text(Cell::of(std::string("  王总\t"))));
        CPPUNIT_ASSERT_EQUAL(std::string(), cell_text(Cell::empty()));
        CPPUNIT_ASSERT_EQUAL(std::string(), cell_text(Cell::error()));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(CellTextTest);
