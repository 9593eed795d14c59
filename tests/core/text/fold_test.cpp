#include <cppunit/extensions/HelperMacros.h>

#include "text/fold.hpp"

using kat::fold_key;

class FoldTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(FoldTest);
    CPPUNIT_TEST(traditional_and_simplified_fold_to_one_key);
    CPPUNIT_TEST(full_width_and_case_fold_to_one_key);
    CPPUNIT_TEST(separators_do_not_matter);
    CPPUNIT_TEST(different_words_stay_different);
    CPPUNIT_TEST(invalid_utf8_does_not_crash);
    CPPUNIT_TEST(trim_removes_ideographic_space);
    CPPUNIT_TEST_SUITE_END();

public:
    void traditional_and_simplified_fold_to_one_key()
    {
        CPPUNIT_ASSERT_EQUAL(fold_key("目标客户"), fold_key("目標客戶"));
        CPPUNIT_ASSERT_EQUAL(fold_key("技术把关者"), fold_key("技術把關者"));
        CPPUNIT_ASSERT_EQUAL(fold_key("输单"), fold_key("輸單"));
        CPPUNIT_ASSERT_EQUAL(std::string("合作伙伴"), fold_key("合作夥伴"));
    }
    void full_width_and_case_fold_to_one_key()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("closedwon"), fold_key("ＣＬＯＳＥＤ　ＷＯＮ"));
        CPPUNIT_ASSERT_EQUAL(fold_key("Amount"), fold_key("ａｍｏｕｎｔ"));
    }
    void separators_do_not_matter()
    {
        CPPUNIT_ASSERT_EQUAL(fold_key("Closed Won"), fold_key("closed_won"));
        CPPUNIT_ASSERT_EQUAL(fold_key("Closed Won"), fold_key("Closed-Won"));
    }
    void different_words_stay_different()
    {
        CPPUNIT_ASSERT(fold_key("意向客户") != fold_key("潜在客户"));
        CPPUNIT_ASSERT(fold_key("won") != fold_key("lost"));
    }
    void invalid_utf8_does_not_crash()
    {
        const std::string broken("\xE7\x9B\xAE\xFF\xC0 stage", 8);
        CPPUNIT_ASSERT(!fold_key(broken).empty());
    }
    void trim_removes_ideographic_space()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("报价"), std::string(kat::trim("\xE3\x80\x80 报价 \t")));
        CPPUNIT_ASSERT(kat::trim("   ").empty());
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(FoldTest);
