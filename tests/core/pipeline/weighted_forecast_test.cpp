#include <cppunit/extensions/HelperMacros.h>

#include "pipeline/deal.hpp"
#include "pipeline/weighted_forecast.hpp"

using namespace kat;

namespace {
Cell text(const char* s) { return Cell::of(std::string(s)); }

Result<double> weighted(const Column& amounts, const Column& stages, const Column* probabilities = nullptr,
                        const StageModel& model = StageModel::customer7())
{
    DealColumns columns;
    columns.amounts = &amounts;
    columns.stages = &stages;
    columns.probabilities = probabilities;
    const Result<DealSet> deals = read_deals(columns, model);
    if (!deals.ok())
        return deals.error();
    return weighted_forecast(deals.value().deals, model);
}
} // namespace

class WeightedForecastTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(WeightedForecastTest);
    CPPUNIT_TEST(seven_stage_funnel_is_weighted_by_seed_probabilities);
    CPPUNIT_TEST(explicit_probability_overrides_stage_default);
    CPPUNIT_TEST(lost_deals_count_zero_even_with_a_probability);
    CPPUNIT_TEST(blank_rows_are_skipped_and_missing_amounts_add_nothing);
    CPPUNIT_TEST(text_amounts_are_read);
    CPPUNIT_TEST(unreadable_amount_is_an_error_naming_its_row);
    CPPUNIT_TEST(unknown_stage_is_not_found);
    CPPUNIT_TEST(amount_without_stage_or_probability_cannot_be_weighted);
    CPPUNIT_TEST(ranges_of_different_sizes_are_rejected);
    CPPUNIT_TEST(sum_keeps_cents_over_many_rows);
    CPPUNIT_TEST_SUITE_END();

public:
    void seven_stage_funnel_is_weighted_by_seed_probabilities()
    {
        // One deal of 1,000,000 in each of the seven stages of seed 003:
        // 1,000,000 × (5% + 15% + 30% + 50% + 60% + 80% + 100%) = 3,400,000.
        Column amounts(7, Cell::of(1000000.0));
        Column stages = {text("目标客户"), text("潜在客户"), text("意向客户"), text("立项客户"),
                         text("认可客户"), text("谈判客户"), text("成交客户")};
        const Result<double> r = weighted(amounts, stages);
        CPPUNIT_ASSERT(r.ok());
        CPPUNIT_ASSERT_DOUBLES_EQUAL(3400000.0, r.value(), 1e-6);
    }
    void explicit_probability_overrides_stage_default()
    {
        Column amounts = {Cell::of(100000.0), Cell::of(100000.0)};
        Column stages = {text("意向客户"), text("意向客户")};
        Column probabilities = {Cell::of(std::string("50%")), Cell::empty()};
        const Result<double> r = weighted(amounts, stages, &probabilities);
        CPPUNIT_ASSERT(r.ok());
        CPPUNIT_ASSERT_DOUBLES_EQUAL(50000.0 + 30000.0, r.value(), 1e-9);
    }
    void lost_deals_count_zero_even_with_a_probability()
    {
        Column amounts = {Cell::of(500000.0)};
        Column stages = {text("输单")};
        Column probabilities = {Cell::of(0.9)};
        CPPUNIT_ASSERT_EQUAL(0.0, weighted(amounts, stages, &probabilities).value());
    }
    void blank_rows_are_skipped_and_missing_amounts_add_nothing()
    {
        Column amounts = {Cell::of(100.0), Cell::empty(), Cell::empty()};
        Column stages = {text("成交客户"), Cell::empty(), text("谈判客户")};
        const Result<double> r = weighted(amounts, stages);
        CPPUNIT_ASSERT(r.ok());
        CPPUNIT_ASSERT_EQUAL(100.0, r.value());
    }
    void text_amounts_are_read()
    {
        Column amounts = {text("¥40,000"), text("40万")};
        Column stages = {text("成交客户"), text("意向客户")};
        CPPUNIT_ASSERT_DOUBLES_EQUAL(40000.0 + 120000.0, weighted(amounts, stages).value(), 1e-9);
    }
    void unreadable_amount_is_an_error_naming_its_row()
    {
        Column amounts = {Cell::of(1.0), text("about a million")};
        Column stages = {text("意向客户"), text("意向客户")};
        const Result<double> r = weighted(amounts, stages);
        CPPUNIT_ASSERT(!r.ok());
        CPPUNIT_ASSERT(r.error().kind == ErrorKind::BadValue);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), r.error().row);
    }
    void unknown_stage_is_not_found()
    {
        Column amounts = {Cell::of(1.0)};
        Column stages = {text("Prospecting")};
        CPPUNIT_ASSERT(weighted(amounts, stages).error().kind == ErrorKind::NotFound);
    }
    void amount_without_stage_or_probability_cannot_be_weighted()
    {
        Column amounts = {Cell::of(1.0)};
        Column stages = {Cell::empty()};
        CPPUNIT_ASSERT(weighted(amounts, stages).error().kind == ErrorKind::NotFound);
        Column probabilities = {Cell::of(0.5)};
        CPPUNIT_ASSERT_EQUAL(0.5, weighted(amounts, stages, &probabilities).value());
    }
    void ranges_of_different_sizes_are_rejected()
    {
        Column amounts = {Cell::of(1.0), Cell::of(2.0)};
        Column stages = {text("意向客户")};
        CPPUNIT_ASSERT(weighted(amounts, stages).error().kind == ErrorKind::SizeMismatch);
    }
    void sum_keeps_cents_over_many_rows()
    {
        // 100,000 deals of 0.10 at 100%: naive summation drifts in the cents.
        Column amounts(100000, Cell::of(0.1));
        Column stages(100000, text("成交客户"));
        CPPUNIT_ASSERT_DOUBLES_EQUAL(10000.0, weighted(amounts, stages).value(), 1e-9);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(WeightedForecastTest);
