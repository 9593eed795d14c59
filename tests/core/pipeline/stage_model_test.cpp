#include <cppunit/extensions/HelperMacros.h>

#include "pipeline/stage_model.hpp"

using namespace kat;

namespace {
double probability_of(const StageModel& model, const char* stage)
{
    const auto index = model.find(stage);
    CPPUNIT_ASSERT_MESSAGE(std::string("stage not found: ") + stage, index.has_value());
    return model.stage(*index).probability;
}
std::vector<Cell> row(const char* stage, Cell probability) { return {Cell::of(std::string(stage)), probability}; }
} // namespace

class StageModelTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(StageModelTest);
    CPPUNIT_TEST(customer7_has_the_seed_probabilities_in_funnel_order);
    CPPUNIT_TEST(action5_has_the_seed_probabilities_in_funnel_order);
    CPPUNIT_TEST(stage_names_match_in_english_simplified_and_traditional);
    CPPUNIT_TEST(ordinal_prefix_and_stage_suffix_are_ignored);
    CPPUNIT_TEST(lost_is_zero_and_closed_in_every_model);
    CPPUNIT_TEST(unknown_stage_is_not_found);
    CPPUNIT_TEST(built_in_models_by_name);
    CPPUNIT_TEST(user_model_from_rows_with_header_row);
    CPPUNIT_TEST(user_model_rejects_duplicates_and_bad_probabilities);
    CPPUNIT_TEST(user_model_gets_lost_aliases_when_it_has_no_lost_stage);
    CPPUNIT_TEST_SUITE_END();

public:
    void customer7_has_the_seed_probabilities_in_funnel_order()
    {
        const StageModel& m = StageModel::customer7();
        const double expected[] = {0.05, 0.15, 0.30, 0.50, 0.60, 0.80, 1.00, 0.0};
        const char* names[] = {"目标客户", "潜在客户", "意向客户", "立项客户", "认可客户", "谈判客户", "成交客户", "输单"};
        CPPUNIT_ASSERT_EQUAL(std::size_t(8), m.stages().size());
        for (std::size_t i = 0; i < 8; ++i) {
            CPPUNIT_ASSERT_EQUAL(std::string(names[i]), m.stage(i).name);
            CPPUNIT_ASSERT_DOUBLES_EQUAL(expected[i], m.stage(i).probability, 1e-15);
        }
        CPPUNIT_ASSERT(m.stage(6).outcome == StageOutcome::Won);
        CPPUNIT_ASSERT(m.stage(7).outcome == StageOutcome::Lost);
    }
    void action5_has_the_seed_probabilities_in_funnel_order()
    {
        const StageModel& m = StageModel::action5();
        CPPUNIT_ASSERT_EQUAL(std::size_t(6), m.stages().size());
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.10, probability_of(m, "初步接洽"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.30, probability_of(m, "需求确认"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.50, probability_of(m, "报价"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.80, probability_of(m, "拟定合同"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1.00, probability_of(m, "赢单"), 1e-15);
    }
    void stage_names_match_in_english_simplified_and_traditional()
    {
        const StageModel& m = StageModel::customer7();
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.30, probability_of(m, "意向客户"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.30, probability_of(m, "意向客戶"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.30, probability_of(m, "INTENT"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.05, probability_of(m, "目標客戶"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.80, probability_of(m, "談判客戶"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.50, probability_of(m, "Project Approved"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.50, probability_of(StageModel::action5(), "報價"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.80, probability_of(StageModel::action5(), "擬定合同"), 1e-15);
    }
    void ordinal_prefix_and_stage_suffix_are_ignored()
    {
        const StageModel& m = StageModel::customer7();
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.30, probability_of(m, "3.意向客户阶段"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.05, probability_of(m, "一、目标客户"), 1e-15);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.80, probability_of(m, "6 Negotiation stage"), 1e-15);
    }
    void lost_is_zero_and_closed_in_every_model()
    {
        for (const StageModel* m : {&StageModel::customer7(), &StageModel::action5()}) {
            for (const char* lost : {"输单", "輸單", "丢单", "Lost", "Closed Lost"}) {
                const auto index = m->find(lost);
                CPPUNIT_ASSERT_MESSAGE(lost, index.has_value());
                CPPUNIT_ASSERT(m->stage(*index).outcome == StageOutcome::Lost);
                CPPUNIT_ASSERT_EQUAL(0.0, m->stage(*index).probability);
            }
        }
    }
    void unknown_stage_is_not_found()
    {
        CPPUNIT_ASSERT(!StageModel::customer7().find("Prospecting").has_value());
        CPPUNIT_ASSERT(!StageModel::customer7().find("").has_value());
        CPPUNIT_ASSERT(!StageModel::action5().find("意向客户").has_value());
    }
    void built_in_models_by_name()
    {
        CPPUNIT_ASSERT(StageModel::built_in("customer7") == &StageModel::customer7());
        CPPUNIT_ASSERT(StageModel::built_in("ACTION5") == &StageModel::action5());
        CPPUNIT_ASSERT(StageModel::built_in("五階段") == &StageModel::action5());
        CPPUNIT_ASSERT(StageModel::built_in("") == &StageModel::customer7());
        CPPUNIT_ASSERT(StageModel::built_in("customer9") == nullptr);
    }
    void user_model_from_rows_with_header_row()
    {
        // The CRM export's stages, as a manager would type them, header included.
        const Result<StageModel> m = StageModel::from_rows({
            row("Stage", Cell::of(std::string("Win %"))),
            row("Prospecting", Cell::of(0.1)),
            row("Engaging", Cell::of(std::string("40%"))),
            row("Won", Cell::of(100.0)),
            row("Lost", Cell::of(0.0)),
        });
        CPPUNIT_ASSERT(m.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), m.value().stages().size());
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.4, probability_of(m.value(), "engaging"), 1e-15);
        CPPUNIT_ASSERT(m.value().stage(*m.value().find("Won")).outcome == StageOutcome::Won);
        CPPUNIT_ASSERT(m.value().stage(*m.value().find("Lost")).outcome == StageOutcome::Lost);
    }
    void user_model_rejects_duplicates_and_bad_probabilities()
    {
        CPPUNIT_ASSERT(!StageModel::from_rows({row("A", Cell::of(0.1)), row("a", Cell::of(0.2))}).ok());
        CPPUNIT_ASSERT(!StageModel::from_rows({row("A", Cell::of(0.1)), row("B", Cell::of(std::string("high")))}).ok());
        CPPUNIT_ASSERT(!StageModel::from_rows({row("A", Cell::of(250.0))}).ok());
        CPPUNIT_ASSERT(!StageModel::from_rows({}).ok());
        CPPUNIT_ASSERT(!StageModel::from_rows({{Cell::of(std::string("only one column"))}}).ok());
    }
    void user_model_gets_lost_aliases_when_it_has_no_lost_stage()
    {
        const Result<StageModel> m = StageModel::from_rows({row("Lead", Cell::of(0.2)), row("Deal", Cell::of(1.0))});
        CPPUNIT_ASSERT(m.ok());
        const auto lost = m.value().find("丟單");
        CPPUNIT_ASSERT(lost.has_value());
        CPPUNIT_ASSERT(m.value().stage(*lost).outcome == StageOutcome::Lost);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(StageModelTest);
