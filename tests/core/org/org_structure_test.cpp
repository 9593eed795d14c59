#include <cppunit/extensions/HelperMacros.h>

#include "org/org_structure.hpp"

using namespace kat;

namespace {
Cell text(const std::string& s) { return s.empty() ? Cell::empty() : Cell::of(s); }

OrgStructure org_of(const std::vector<std::pair<std::string, std::string>>& rows)
{
    Column names, managers;
    for (const auto& [name, manager] : rows) {
        names.push_back(text(name));
        managers.push_back(text(manager));
    }
    return OrgStructure::read(names, managers).value();
}

// 总经理 → 副总 (技术) → 研发部长 → 工程师; 副总 (采购) → 采购经理
OrgStructure customer()
{
    return org_of({{"总经理", ""}, {"技术副总", "总经理"}, {"研发部长", "技术副总"}, {"工程师", "研发部长"},
                   {"采购副总", "總經理"}, {"采购经理", "采购副总"}});
}
} // namespace

class OrgStructureTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(OrgStructureTest);
    CPPUNIT_TEST(chain_of_command_top_first);
    CPPUNIT_TEST(depth_is_zero_for_the_top);
    CPPUNIT_TEST(reports_all_levels_or_direct);
    CPPUNIT_TEST(clean_org_checks_ok);
    CPPUNIT_TEST(cycle_is_named_and_blocks_the_path);
    CPPUNIT_TEST(unknown_manager_and_several_tops);
    CPPUNIT_TEST(duplicate_and_blank_names);
    CPPUNIT_TEST(tree_parents_break_every_cycle);
    CPPUNIT_TEST(two_thousand_people_deep_and_wide);
    CPPUNIT_TEST_SUITE_END();

public:
    void chain_of_command_top_first()
    {
        const OrgStructure org = customer();
        const auto chain = org.chain_of_command(*org.find("工程师")).value();
        std::string path;
        for (std::size_t p : chain)
            path += (path.empty() ? "" : " > ") + org.name(p);
        CPPUNIT_ASSERT_EQUAL(std::string("总经理 > 技术副总 > 研发部长 > 工程师"), path);
    }
    void depth_is_zero_for_the_top()
    {
        const OrgStructure org = customer();
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), org.depth(*org.find("总经理")).value());
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), org.depth(*org.find("工程師")).value()); // Traditional lookup
    }
    void reports_all_levels_or_direct()
    {
        const OrgStructure org = customer();
        CPPUNIT_ASSERT_EQUAL(std::size_t(5), org.reports_below(*org.find("总经理"), false));
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), org.reports_below(*org.find("总经理"), true));
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), org.reports_below(*org.find("工程师"), false));
    }
    void clean_org_checks_ok()
    {
        const auto lines = org_problem_lines(customer(), Language::English);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), lines.size());
        CPPUNIT_ASSERT_EQUAL(std::string("OK"), lines[0]);
    }
    void cycle_is_named_and_blocks_the_path()
    {
        const OrgStructure org = org_of({{"CEO", ""}, {"A", "C"}, {"B", "A"}, {"C", "B"}, {"D", "C"}});
        CPPUNIT_ASSERT(org.chain_of_command(*org.find("A")).error().kind == ErrorKind::Cycle);
        CPPUNIT_ASSERT(org.depth(*org.find("D")).error().kind == ErrorKind::Cycle); // hangs under the loop
        CPPUNIT_ASSERT(org.depth(*org.find("CEO")).ok());
        const auto lines = org_problem_lines(org, Language::English);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), lines.size());
        CPPUNIT_ASSERT(lines[0].find("Cycle: ") == 0);
        CPPUNIT_ASSERT(lines[0].find("A") != std::string::npos && lines[0].find("C") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), org.reports_below(*org.find("A"), false)); // B, C, D; A once
    }
    void unknown_manager_and_several_tops()
    {
        const OrgStructure org = org_of({{"张总", ""}, {"李总", ""}, {"王经理", "赵总"}});
        const auto lines = org_problem_lines(org, Language::Chinese);
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), lines.size());
        CPPUNIT_ASSERT(lines[0].find("赵总") != std::string::npos);
        CPPUNIT_ASSERT(lines[1].find("张总、李总") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), org.depth(*org.find("王经理")).value()); // unknown manager: a top of its own
    }
    void duplicate_and_blank_names()
    {
        Column names = {text("张三"), text("張三"), Cell::empty()};
        Column managers = {Cell::empty(), Cell::empty(), text("张三")};
        const OrgStructure org = OrgStructure::read(names, managers).value();
        const auto lines = org_problem_lines(org, Language::English);
        // problems come in row order: the duplicate on row 2, the blank name on row 3; the
        // duplicate, having no manager either, also makes a second top
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), lines.size());
        CPPUNIT_ASSERT_EQUAL(std::string("Duplicate name: 張三 (row 2) is 张三 (row 1)"), lines[0]);
        CPPUNIT_ASSERT_EQUAL(std::string("Row 3 has no name"), lines[1]);
        CPPUNIT_ASSERT(lines[2].find("Several tops") == 0);
        CPPUNIT_ASSERT(!OrgStructure::read(names, {}).ok());
    }
    void tree_parents_break_every_cycle()
    {
        const OrgStructure org = org_of({{"A", "B"}, {"B", "A"}, {"C", "D"}, {"D", "C"}, {"E", "A"}});
        const auto parents = org.tree_parents();
        int tops = 0;
        for (const auto& p : parents)
            tops += !p.has_value();
        CPPUNIT_ASSERT_EQUAL(2, tops);
        CPPUNIT_ASSERT(!parents[0].has_value()); // A, the first of its loop in input order
        CPPUNIT_ASSERT(!parents[2].has_value());
    }
    void two_thousand_people_deep_and_wide()
    {
        std::vector<std::pair<std::string, std::string>> deep, wide;
        for (int i = 0; i < 2000; ++i) {
            deep.emplace_back("P" + std::to_string(i), i ? "P" + std::to_string(i - 1) : "");
            wide.emplace_back("W" + std::to_string(i), i ? "W0" : "");
        }
        const OrgStructure chain = org_of(deep);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1999), chain.depth(*chain.find("P1999")).value());
        CPPUNIT_ASSERT_EQUAL(std::size_t(1999), chain.reports_below(0, false));
        const OrgStructure flat = org_of(wide);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1999), flat.reports_below(0, true));
        CPPUNIT_ASSERT_EQUAL(std::string("OK"), org_problem_lines(flat, Language::English)[0]);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(OrgStructureTest);
