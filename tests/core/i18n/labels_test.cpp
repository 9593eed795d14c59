// The label table: every word a user reads exists in both languages, taking arguments in
// both, and formatted labels put each argument where that language wants it.
#include <cppunit/extensions/HelperMacros.h>

#include <set>
#include <string>

#include "i18n/labels.hpp"

using namespace kat;

namespace {

std::set<char> placeholders(std::string_view text)
{
    std::set<char> found;
    for (std::size_t i = 0; i + 2 < text.size(); ++i)
        if (text[i] == '{' && text[i + 2] == '}')
            found.insert(text[i + 1]);
    return found;
}

} // namespace

class LabelsTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(LabelsTest);
    CPPUNIT_TEST(every_label_has_both_languages_and_the_same_placeholders);
    CPPUNIT_TEST(arguments_go_where_each_language_puts_them);
    CPPUNIT_TEST(language_follows_the_ui_tag);
    CPPUNIT_TEST_SUITE_END();

public:
    void every_label_has_both_languages_and_the_same_placeholders()
    {
        for (std::size_t i = 0; i < static_cast<std::size_t>(Label::Count_); ++i) {
            const Label id = static_cast<Label>(i);
            const std::string_view en = label(id, Language::English), zh = label(id, Language::Chinese);
            const std::string where = "label " + std::to_string(i) + " '" + std::string(en) + "'";
            CPPUNIT_ASSERT_MESSAGE(where, !en.empty() && !zh.empty());
            // A label that takes arguments takes them in both languages (a month may be
            // written "2026-03" with the padded number in one and "2026年3月" in the other).
            CPPUNIT_ASSERT_MESSAGE(where, placeholders(en).empty() == placeholders(zh).empty());
            CPPUNIT_ASSERT_MESSAGE(where, placeholders(en).count('1') == placeholders(zh).count('1'));
            CPPUNIT_ASSERT_MESSAGE(where, en.find("seed") == std::string_view::npos && zh.find("种子") == std::string_view::npos);
        }
    }

    void arguments_go_where_each_language_puts_them()
    {
        // The same duplicate, row numbers and names in the order each language says them.
        CPPUNIT_ASSERT_EQUAL(std::string("Duplicate name: 王总 (row 7) is 王总 (row 2)"),
                             format_label(Label::OrgDuplicateName, Language::English, {"王总", "7", "王总", "2"}));
        CPPUNIT_ASSERT_EQUAL(std::string("姓名重复:第 7 行的王总与第 2 行的王总相同"),
                             format_label(Label::OrgDuplicateName, Language::Chinese, {"王总", "7", "王总", "2"}));
        CPPUNIT_ASSERT_EQUAL(std::string("2026 Q3"), format_label(Label::PeriodQuarter, Language::English, {"2026", "3"}));
        CPPUNIT_ASSERT_EQUAL(std::string("2026年第3季度"), format_label(Label::PeriodQuarter, Language::Chinese, {"2026", "3"}));
        CPPUNIT_ASSERT_EQUAL(std::string("2026-03"), format_label(Label::PeriodMonth, Language::English, {"2026", "3", "03"}));
        CPPUNIT_ASSERT_EQUAL(std::string("2026年3月"), format_label(Label::PeriodMonth, Language::Chinese, {"2026", "3", "03"}));
    }

    void language_follows_the_ui_tag()
    {
        CPPUNIT_ASSERT(language_from_tag("zh-CN") == Language::Chinese);
        CPPUNIT_ASSERT(language_from_tag("zh-TW") == Language::Chinese);
        CPPUNIT_ASSERT(language_from_tag("en-US") == Language::English);
        CPPUNIT_ASSERT(language_from_tag("") == Language::English);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(LabelsTest);
