// Which model a sheet's own stages call for: a built-in funnel or CRM pipeline that knows
// them, else a model made of the data's own stages — but a typo stays a typo.
#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "pipeline/model_choice.hpp"

using namespace kat;

namespace {

Column stages(std::initializer_list<const char*> names, std::size_t times = 1)
{
    Column column;
    for (std::size_t t = 0; t < times; ++t)
        for (const char* name : names)
            column.push_back(Cell::of(std::string(name)));
    return column;
}

} // namespace

class ModelChoiceTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ModelChoiceTest);
    CPPUNIT_TEST(the_key_account_funnels_are_recognised);
    CPPUNIT_TEST(crm_default_pipelines_are_recognised);
    CPPUNIT_TEST(an_export_with_its_own_stages_gets_its_own_model);
    CPPUNIT_TEST(a_rare_typo_keeps_the_model_and_its_error);
    CPPUNIT_TEST(names_that_are_no_pipeline_stages_keep_the_model);
    CPPUNIT_TEST_SUITE_END();

public:
    void the_key_account_funnels_are_recognised()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("customer7"), choose_stage_model(stages({"意向客户", "谈判客户", "输单"})).name);
        CPPUNIT_ASSERT_EQUAL(std::string("action5"), choose_stage_model(stages({"报价", "需求确认", "赢单"})).name);
    }

    void crm_default_pipelines_are_recognised()
    {
        const ModelChoice salesforce = choose_stage_model(stages({"Prospecting", "Value Proposition", "Closed Won", "Closed Lost"}));
        CPPUNIT_ASSERT_EQUAL(std::string("salesforce"), salesforce.name);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, salesforce.model->stage(*salesforce.model->find("Value Proposition")).probability, 1e-12);
        CPPUNIT_ASSERT_EQUAL(std::string("hubspot"),
                             choose_stage_model(stages({"Appointment scheduled", "Contract sent", "Closed won"})).name);
        CPPUNIT_ASSERT_EQUAL(std::string("pipedrive"), choose_stage_model(stages({"Lead In", "Demo Scheduled", "Won"})).name);
    }

    void an_export_with_its_own_stages_gets_its_own_model()
    {
        // The public CRM export: Prospecting / Engaging / Won / Lost, in data order Won first.
        const ModelChoice own = choose_stage_model(stages({"Won", "Engaging", "Lost", "Prospecting"}));
        CPPUNIT_ASSERT(own.from_data());
        const StageModel& m = *own.model;
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), m.stages().size());
        CPPUNIT_ASSERT_EQUAL(std::string("Prospecting"), m.stage(0).name); // ordered by what the words say
        CPPUNIT_ASSERT_EQUAL(std::string("Engaging"), m.stage(1).name);
        CPPUNIT_ASSERT(m.stage(2).outcome == StageOutcome::Won);
        CPPUNIT_ASSERT(m.stage(3).outcome == StageOutcome::Lost);
        CPPUNIT_ASSERT(m.stage(0).probability < m.stage(1).probability && m.stage(1).probability < 1.0);
        // Chinese words too: 线索 → 方案 → 合同, whatever order the rows come in.
        const ModelChoice zh = choose_stage_model(stages({"合同谈判", "线索", "方案报价", "丢单"}));
        CPPUNIT_ASSERT(zh.from_data());
        CPPUNIT_ASSERT_EQUAL(std::string("线索"), zh.model->stage(0).name);
        CPPUNIT_ASSERT_EQUAL(std::string("方案报价"), zh.model->stage(1).name);
        CPPUNIT_ASSERT_EQUAL(std::string("合同谈判"), zh.model->stage(2).name);
    }

    void a_rare_typo_keeps_the_model_and_its_error()
    {
        // One 意向客 among 100 rows of the seven-stage funnel: the model stays, the typo is #N/A.
        Column column = stages({"意向客户", "谈判客户", "立项客户", "成交客户"}, 25);
        column.push_back(Cell::of(std::string("意向客")));
        const ModelChoice choice = choose_stage_model(column);
        CPPUNIT_ASSERT_EQUAL(std::string("customer7"), choice.name);
        CPPUNIT_ASSERT(!choice.model->find("意向客"));
        // Even in a two-row table a near miss of a known name is a typo, not a stage.
        CPPUNIT_ASSERT_EQUAL(std::string("customer7"), choose_stage_model(stages({"意向客", "谈判客户"})).name);
    }

    void names_that_are_no_pipeline_stages_keep_the_model()
    {
        const ModelChoice choice = choose_stage_model(stages({"Someday", "意向客户"}));
        CPPUNIT_ASSERT(!choice.from_data());
        CPPUNIT_ASSERT(!choice.model->find("Someday"));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ModelChoiceTest);
