#include <cppunit/extensions/HelperMacros.h>

#include "stakeholders/role_map.hpp"

using namespace kat;

namespace {
Cell text(const char* s) { return Cell::of(std::string(s)); }

struct People {
    Column names, roles, influence, support, contact, counterparts;
    People& add(const char* name, const char* role, const char* infl, Cell supp, const char* cont, const char* counterpart = "")
    {
        names.push_back(text(name));
        roles.push_back(*role ? text(role) : Cell::empty());
        influence.push_back(*infl ? text(infl) : Cell::empty());
        support.push_back(std::move(supp));
        contact.push_back(*cont ? text(cont) : Cell::empty());
        counterparts.push_back(*counterpart ? text(counterpart) : Cell::empty());
        return *this;
    }
    Result<std::vector<Stakeholder>> read() const
    {
        return read_stakeholders({&names, &roles, &influence, &support, &contact, &counterparts});
    }
};

// A well-covered account: all four buying influences, supportive and in contact.
People covered()
{
    People p;
    p.add("王总", "决策者", "高", text("支持"), "经常", "李经理")
        .add("刘工", "技术把关者", "中", Cell::of(2.0), "经常")
        .add("陈主任", "用户", "中", text("中立"), "偶尔")
        .add("赵科长", "内线", "低", text("Support"), "frequent");
    return p;
}

bool has(const std::vector<RedFlag>& flags, RedFlagKind kind, const std::string& person = "")
{
    for (const RedFlag& f : flags)
        if (f.kind == kind && f.person == person)
            return true;
    return false;
}
} // namespace

class RoleMapTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(RoleMapTest);
    CPPUNIT_TEST(seed_004_buying_influences_in_three_scripts);
    CPPUNIT_TEST(seed_002_roles_and_pinyin_glosses);
    CPPUNIT_TEST(unknown_role_is_not_a_role);
    CPPUNIT_TEST(support_accepts_words_and_minus_five_to_five);
    CPPUNIT_TEST(text_where_a_rating_is_expected_is_an_error);
    CPPUNIT_TEST(contact_support_and_influence_in_the_words_people_write);
    CPPUNIT_TEST(coverage_and_flags_per_deal);
    CPPUNIT_TEST(matrix_puts_names_in_influence_by_support_cells);
    CPPUNIT_TEST(matrix_adds_unknown_only_when_needed);
    CPPUNIT_TEST(coverage_scores_identified_supportive_contacted);
    CPPUNIT_TEST(covered_account_has_no_red_flags);
    CPPUNIT_TEST(each_red_flag_fires);
    CPPUNIT_TEST(flags_are_most_severe_first_and_one_per_person);
    CPPUNIT_TEST(blank_name_with_data_is_an_error);
    CPPUNIT_TEST_SUITE_END();

public:
    void seed_004_buying_influences_in_three_scripts()
    {
        CPPUNIT_ASSERT(buying_role_named("教练") == BuyingRole::Coach);
        CPPUNIT_ASSERT(buying_role_named("內線") == BuyingRole::Coach);
        CPPUNIT_ASSERT(buying_role_named("Coach Buyer") == BuyingRole::Coach);
        CPPUNIT_ASSERT(buying_role_named("教练(CoachBuyer)") == BuyingRole::Coach);
        CPPUNIT_ASSERT(buying_role_named("使用者") == BuyingRole::User);
        CPPUNIT_ASSERT(buying_role_named("UserBuyer") == BuyingRole::User);
        CPPUNIT_ASSERT(buying_role_named("技術把關者") == BuyingRole::Technical);
        CPPUNIT_ASSERT(buying_role_named("技术指导者") == BuyingRole::Technical);
        CPPUNIT_ASSERT(buying_role_named("Technical buyer") == BuyingRole::Technical);
        CPPUNIT_ASSERT(buying_role_named("决策者(EconomicalBuyer)") == BuyingRole::Economic);
        CPPUNIT_ASSERT(buying_role_named("Economic Buyer") == BuyingRole::Economic);
        CPPUNIT_ASSERT(buying_role_named("Decision maker") == BuyingRole::Economic);
        CPPUNIT_ASSERT(buying_role_named("拍板人") == BuyingRole::Economic);
        CPPUNIT_ASSERT(buying_role_named("財務決策者") == BuyingRole::Economic);
        CPPUNIT_ASSERT_EQUAL(std::string("ECONOMIC"), std::string(role_code(BuyingRole::Economic)));
    }
    void seed_002_roles_and_pinyin_glosses()
    {
        CPPUNIT_ASSERT(buying_role_named("守門人") == BuyingRole::Gatekeeper);
        CPPUNIT_ASSERT(buying_role_named("影響者") == BuyingRole::Influencer);
        CPPUNIT_ASSERT(buying_role_named("執行者") == BuyingRole::Executor);
        CPPUNIT_ASSERT(buying_role_named("掌握財務者") == BuyingRole::Finance);
        // seed 002 as published: pinyin glosses inside the word
        CPPUNIT_ASSERT(buying_role_named("決(jue)(jue)策者(zhe)") == BuyingRole::Economic);
        CPPUNIT_ASSERT(buying_role_named("Gatekeeper") == BuyingRole::Gatekeeper);
    }
    void unknown_role_is_not_a_role()
    {
        CPPUNIT_ASSERT(!buying_role_named("采购经理").has_value());
        CPPUNIT_ASSERT(!buying_role_named("").has_value());
    }
    void support_accepts_words_and_minus_five_to_five()
    {
        CPPUNIT_ASSERT(read_support(Cell::of(3.0)).value() == Support::Support);
        CPPUNIT_ASSERT(read_support(Cell::of(0.0)).value() == Support::Neutral);
        CPPUNIT_ASSERT(read_support(Cell::of(-5.0)).value() == Support::Oppose);
        CPPUNIT_ASSERT(read_support(text("+2")).value() == Support::Support);
        CPPUNIT_ASSERT(read_support(text("反對")).value() == Support::Oppose);
        CPPUNIT_ASSERT(read_influence(text("高")).value() == Influence::High);
        CPPUNIT_ASSERT(read_contact(text("偶爾")).value() == Contact::Some);
        CPPUNIT_ASSERT(!read_support(Cell::empty()).value().has_value());
    }
    void coverage_and_flags_per_deal()
    {
        // Two deals: 华为 has its coach and economic buyer; 中兴 only a user.
        const Column names = {text("王总"), text("李工"), text("赵工")};
        const Column roles = {text("决策者"), text("教练"), text("使用者")};
        const Column support = {text("支持"), text("支持"), text("中立")};
        const Column contact = {text("经常"), text("经常"), text("偶尔")};
        const Column deals = {text("华为"), text("華為"), text("中兴")};
        StakeholderColumns columns;
        columns.names = &names;
        columns.roles = &roles;
        columns.support = &support;
        columns.contact = &contact;
        const std::vector<Stakeholder> people = read_stakeholders(columns).value();
        const Table coverage = role_coverage_by_deal(people, deals, Language::English);
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), coverage.size());
        CPPUNIT_ASSERT_EQUAL(std::string("华为"), coverage[1][0].text);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, coverage[1][1].number, 1e-12);     // coach 1 + economic 1 of four roles
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.75 / 4, coverage[2][1].number, 1e-12); // a neutral user in some contact
        const Table flags = red_flags_by_deal(people, deals, Language::English);
        bool zte_has_no_coach = false, huawei_has_no_coach = false;
        for (const TableRow& row : flags) {
            zte_has_no_coach = zte_has_no_coach || (row[0].text == "中兴" && row[1].text.find("No coach") == 0);
            huawei_has_no_coach = huawei_has_no_coach || (row[0].text == "华为" && row[1].text.find("No coach") == 0);
        }
        CPPUNIT_ASSERT(zte_has_no_coach && !huawei_has_no_coach);
    }

    void contact_support_and_influence_in_the_words_people_write()
    {
        // The key-people checklist's own wording (经常接触 / 接触很少 / 从来没有接触), in both scripts.
        CPPUNIT_ASSERT(read_contact(text("经常接触")).value() == Contact::Frequent);
        CPPUNIT_ASSERT(read_contact(text("接触很少")).value() == Contact::Some);
        CPPUNIT_ASSERT(read_contact(text("接觸很少")).value() == Contact::Some);
        CPPUNIT_ASSERT(read_contact(text("从来没有接触")).value() == Contact::None);
        CPPUNIT_ASSERT(read_contact(text("從來沒有接觸")).value() == Contact::None);
        CPPUNIT_ASSERT(read_contact(text("Rarely")).value() == Contact::Some);
        CPPUNIT_ASSERT(read_contact(text("Never met")).value() == Contact::None);
        CPPUNIT_ASSERT(read_support(text("Champion")).value() == Support::Support);
        CPPUNIT_ASSERT(read_support(text("不支持")).value() == Support::Oppose);
        CPPUNIT_ASSERT(read_support(text("不表态")).value() == Support::Neutral);
        CPPUNIT_ASSERT(read_influence(text("Very high")).value() == Influence::High);
        CPPUNIT_ASSERT(read_influence(text("中等")).value() == Influence::Medium);
        CPPUNIT_ASSERT(!read_contact(text("sometimes maybe")).ok()); // still no guessing
    }
    void text_where_a_rating_is_expected_is_an_error()
    {
        CPPUNIT_ASSERT(!read_support(text("maybe")).ok());
        CPPUNIT_ASSERT(!read_support(Cell::of(7.0)).ok());
        CPPUNIT_ASSERT(!read_influence(Cell::of(3.0)).ok());
        People p = covered();
        p.support[1] = text("fairly keen");
        const auto read = p.read();
        CPPUNIT_ASSERT(!read.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), read.error().row);
    }
    void matrix_puts_names_in_influence_by_support_cells()
    {
        People p = covered();
        p.add("孙处长", "", "高", Cell::of(-3.0), "none");
        const Table m = role_matrix(p.read().value(), Language::Chinese);
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), m.size());
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), m[0].size());
        CPPUNIT_ASSERT_EQUAL(std::string("支持"), m[0][1].text);
        CPPUNIT_ASSERT_EQUAL(std::string("王总"), m[1][1].text);        // high × support
        CPPUNIT_ASSERT_EQUAL(std::string("孙处长"), m[1][3].text);      // high × oppose
        CPPUNIT_ASSERT_EQUAL(std::string("刘工"), m[2][1].text);        // medium × +2
        CPPUNIT_ASSERT_EQUAL(std::string("陈主任"), m[2][2].text);      // medium × neutral
        CPPUNIT_ASSERT(m[3][2].kind == TableCell::Kind::Empty);
    }
    void matrix_adds_unknown_only_when_needed()
    {
        People p = covered();
        p.add("周秘书", "守门人", "", Cell::empty(), "");
        const Table m = role_matrix(p.read().value(), Language::English);
        CPPUNIT_ASSERT_EQUAL(std::size_t(5), m.size());
        CPPUNIT_ASSERT_EQUAL(std::string("Unknown"), m[4][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("周秘书"), m[4][4].text);
    }
    void coverage_scores_identified_supportive_contacted()
    {
        // economic 1, technical 1, user ½+⅛+⅛ = ¾, coach 1 → 3.75 / 4
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3.75 / 4.0, role_coverage(covered().read().value()), 1e-12);
        People only_coach;
        only_coach.add("赵科长", "教练", "低", Cell::empty(), "");
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5 / 4.0, role_coverage(only_coach.read().value()), 1e-12);
        CPPUNIT_ASSERT_EQUAL(0.0, role_coverage({}));
    }
    void covered_account_has_no_red_flags()
    {
        CPPUNIT_ASSERT(red_flags(covered().read().value()).empty());
        const Table t = red_flag_table({}, Language::English);
        CPPUNIT_ASSERT_EQUAL(std::string("No red flags"), t[0][0].text);
    }
    void each_red_flag_fires()
    {
        People p;
        p.add("刘工", "技术把关者", "中", text("反对"), "经常")
            .add("王总", "Economic buyer", "高", text("中立"), "")
            .add("孙处长", "", "高", text("oppose"), "经常")
            .add("周总", "影响者", "高", text("支持"), "无");
        const auto flags = red_flags(p.read().value());
        CPPUNIT_ASSERT(has(flags, RedFlagKind::NoCoach));
        CPPUNIT_ASSERT(has(flags, RedFlagKind::TechnicalBuyerOpposed, "刘工"));
        CPPUNIT_ASSERT(has(flags, RedFlagKind::EconomicBuyerNotSupportive, "王总"));
        CPPUNIT_ASSERT(has(flags, RedFlagKind::OpposedHighInfluence, "孙处长"));
        CPPUNIT_ASSERT(has(flags, RedFlagKind::HighInfluenceUncovered, "周总"));
        CPPUNIT_ASSERT(has(flags, RedFlagKind::NoUserBuyer));
        CPPUNIT_ASSERT(!has(flags, RedFlagKind::NoEconomicBuyer));

        People uncontacted = covered();
        uncontacted.contact[0] = text("从未");
        CPPUNIT_ASSERT(has(red_flags(uncontacted.read().value()), RedFlagKind::EconomicBuyerUncontacted, "王总"));

        People nobody_decides = covered();
        nobody_decides.roles[0] = Cell::empty();
        CPPUNIT_ASSERT(has(red_flags(nobody_decides.read().value()), RedFlagKind::NoEconomicBuyer));

        // A counterpart covers a high-influence person we do not meet ourselves.
        People covered_by_counterpart = covered();
        covered_by_counterpart.add("吴董", "", "高", text("支持"), "无", "总经理");
        CPPUNIT_ASSERT(red_flags(covered_by_counterpart.read().value()).empty());
    }
    void flags_are_most_severe_first_and_one_per_person()
    {
        People p;
        p.add("王总", "决策者", "高", text("反对"), "无");
        const auto flags = red_flags(p.read().value());
        CPPUNIT_ASSERT(flags.front().severity == Severity::Critical);
        CPPUNIT_ASSERT(flags.back().severity == Severity::Medium);
        int about_wang = 0;
        for (const RedFlag& f : flags)
            about_wang += f.person == "王总";
        CPPUNIT_ASSERT_EQUAL(1, about_wang); // not also "opposed high influence" and "uncontacted"
        const Table t = red_flag_table(flags, Language::Chinese);
        CPPUNIT_ASSERT_EQUAL(std::string("严重"), t[0][1].text);
    }
    void blank_name_with_data_is_an_error()
    {
        People p = covered();
        p.names[2] = Cell::empty();
        CPPUNIT_ASSERT(p.read().error().kind == ErrorKind::BadValue);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(RoleMapTest);
