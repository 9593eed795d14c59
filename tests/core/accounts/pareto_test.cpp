#include <cppunit/extensions/HelperMacros.h>

#include "accounts/pareto.hpp"

using namespace kat;

class ParetoTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ParetoTest);
    CPPUNIT_TEST(eighty_twenty_classes_follow_cumulative_revenue);
    CPPUNIT_TEST(the_account_that_crosses_eighty_percent_is_still_a);
    CPPUNIT_TEST(blank_revenue_gets_no_class_and_bad_revenue_is_an_error);
    CPPUNIT_TEST(custom_shares_and_bad_shares);
    CPPUNIT_TEST_SUITE_END();

    static std::string classes(const std::vector<std::optional<char>>& v)
    {
        std::string s;
        for (const auto& c : v)
            s.push_back(c ? *c : '-');
        return s;
    }

public:
    void eighty_twenty_classes_follow_cumulative_revenue()
    {
        // Total 100: 50, 25 (75 before the third), 10, 5, 5, 3, 2
        const Column revenues = {Cell::of(5.0), Cell::of(50.0), Cell::of(2.0), Cell::of(25.0), Cell::of(10.0),
                                 Cell::of(3.0), Cell::of(5.0)};
        // before: 50→0 A, 25→50 A, 10→75 A, 5→85 B, 5→90 B, 3→95 C, 2→98 C
        CPPUNIT_ASSERT_EQUAL(std::string("BACAACB"), classes(abc_classes(revenues).value()));
    }
    void the_account_that_crosses_eighty_percent_is_still_a()
    {
        // 90 alone passes 80 % and is A; the next has 90 % before it (B), the last 96 % (C).
        const Column one_big = {Cell::of(90.0), Cell::of(6.0), Cell::of(4.0)};
        CPPUNIT_ASSERT_EQUAL(std::string("ABC"), classes(abc_classes(one_big).value()));
    }
    void blank_revenue_gets_no_class_and_bad_revenue_is_an_error()
    {
        const Column with_blank = {Cell::of(1.0), Cell::empty()};
        CPPUNIT_ASSERT_EQUAL(std::string("A-"), classes(abc_classes(with_blank).value()));
        CPPUNIT_ASSERT(!abc_classes({Cell::of(-1.0)}).ok());
        CPPUNIT_ASSERT(!abc_classes({Cell::of(std::string("big"))}).ok());
        CPPUNIT_ASSERT_EQUAL(std::string("C"), classes(abc_classes({Cell::of(0.0)}).value()));
    }
    void custom_shares_and_bad_shares()
    {
        const Column revenues = {Cell::of(60.0), Cell::of(30.0), Cell::of(10.0)};
        CPPUNIT_ASSERT_EQUAL(std::string("ABC"), classes(abc_classes(revenues, 0.5, 0.9).value()));
        CPPUNIT_ASSERT(!abc_classes(revenues, 0.9, 0.5).ok());
        CPPUNIT_ASSERT(!abc_classes(revenues, 0.0, 0.5).ok());
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(ParetoTest);
