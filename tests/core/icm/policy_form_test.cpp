#include <cppunit/extensions/HelperMacros.h>

#include "icm/policy_form.hpp"
#include "icm/rebate_policy.hpp"

using namespace kat;

class PolicyFormTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PolicyFormTest);
    CPPUNIT_TEST(seed_form_makes_the_seed_policy);
    CPPUNIT_TEST(tiers_replace_threshold_and_volume_rate);
    CPPUNIT_TEST(bad_fields_are_named_and_nothing_is_half_read);
    CPPUNIT_TEST(form_survives_the_document_text);
    CPPUNIT_TEST_SUITE_END();

public:
    void seed_form_makes_the_seed_policy()
    {
        const auto rows = policy_rows(PolicyForm{}, Language::Chinese);
        CPPUNIT_ASSERT(rows.ok());
        CPPUNIT_ASSERT_EQUAL(std::string("单笔返点率"), rows.value()[0][0].text);
        const RebatePolicy policy = rebate_policy_from_rows(rows.value()).value();
        CPPUNIT_ASSERT_EQUAL(std::int64_t(50000), policy.single_rate.ppm);
        CPPUNIT_ASSERT_EQUAL(std::int64_t(400000), policy.indirect_weight.ppm);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), policy.volume_tiers.size());
        CPPUNIT_ASSERT_EQUAL(Cents(10000000), policy.volume_tiers[0].from_base);
        CPPUNIT_ASSERT_EQUAL(std::int64_t(10000), policy.volume_tiers[0].rate.ppm);
        CPPUNIT_ASSERT(policy.period == RebatePeriod::HalfYear);
    }

    void tiers_replace_threshold_and_volume_rate()
    {
        PolicyForm form;
        form.tiers = "500000:3%; 100,000 : 1%；200000=0.02";
        form.period = "季度";
        form.cap = "¥20,000";
        const auto rows = policy_rows(form, Language::English);
        CPPUNIT_ASSERT_MESSAGE(rows.ok() ? "" : rows.error().message, rows.ok());
        const RebatePolicy policy = rebate_policy_from_rows(rows.value()).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), policy.volume_tiers.size());
        CPPUNIT_ASSERT_EQUAL(Cents(20000000), policy.volume_tiers[1].from_base); // sorted
        CPPUNIT_ASSERT_EQUAL(std::int64_t(20000), policy.volume_tiers[1].rate.ppm);
        CPPUNIT_ASSERT(policy.period == RebatePeriod::Quarter);
        CPPUNIT_ASSERT(policy.cap && *policy.cap == Cents(2000000));
        for (const auto& r : rows.value())
            CPPUNIT_ASSERT(r[0].text != "threshold" && r[0].text != "volume_rate");
    }

    void bad_fields_are_named_and_nothing_is_half_read()
    {
        PolicyForm form;
        form.rate = "five";
        auto rows = policy_rows(form, Language::English);
        CPPUNIT_ASSERT(!rows.ok());
        CPPUNIT_ASSERT(rows.error().message.rfind("rate:", 0) == 0);
        form = PolicyForm{};
        form.tiers = "200000";
        CPPUNIT_ASSERT(policy_rows(form, Language::English).error().message.rfind("tiers:", 0) == 0);
        form = PolicyForm{};
        form.period = "fortnight";
        CPPUNIT_ASSERT(policy_rows(form, Language::English).error().message.rfind("period:", 0) == 0);
        form = PolicyForm{};
        form.indirect_weight = "140%";
        CPPUNIT_ASSERT(!policy_rows(form, Language::English).ok());
    }

    void form_survives_the_document_text()
    {
        PolicyForm form;
        form.rate = "6%";
        form.tiers = "200000:2%;\n500000:3%"; // a newline inside a field stays one field
        form.cap = "9000";
        const PolicyForm back = policy_form_from_text(policy_form_to_text(form));
        CPPUNIT_ASSERT_EQUAL(std::string("6%"), back.rate);
        CPPUNIT_ASSERT_EQUAL(std::string("200000:2%; 500000:3%"), back.tiers);
        CPPUNIT_ASSERT_EQUAL(std::string("9000"), back.cap);
        CPPUNIT_ASSERT(policy_form_from_text("nonsense\nrate=7%") == [] { PolicyForm f; f.rate = "7%"; return f; }());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PolicyFormTest);
