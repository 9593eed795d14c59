#include <cppunit/extensions/HelperMacros.h>

#include "grid_rows.hpp"

#include "tables/table_mapping.hpp"

using namespace kat;

namespace {
using test::row;
std::size_t column(const DetectedTable& t, Field f)
{
    const auto c = t.mapping.column_of(f);
    CPPUNIT_ASSERT_MESSAGE(std::string("not mapped: ") + std::string(field_code(f)), c.has_value());
    return *c;
}
} // namespace

class TableMappingTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(TableMappingTest);
    CPPUNIT_TEST(chinese_headers_below_a_title_are_found);
    CPPUNIT_TEST(traditional_full_width_and_english_headers_map_alike);
    CPPUNIT_TEST(the_crm_export_headers_map);
    CPPUNIT_TEST(a_header_with_a_unit_maps_by_containment);
    CPPUNIT_TEST(missing_fields_and_unknown_headers_are_reported);
    CPPUNIT_TEST(no_header_row_is_not_found);
    CPPUNIT_TEST(ledger_and_stakeholder_tables);
    CPPUNIT_TEST(mapping_round_trips_through_text);
    CPPUNIT_TEST(trailing_blank_rows_are_not_data);
    CPPUNIT_TEST_SUITE_END();

public:
    void chinese_headers_below_a_title_are_found()
    {
        const Grid grid = {row({"2026 商机表", "", "", ""}), row({"", "", "", ""}),
                           row({"客户名称", "销售阶段", "商机金额", "赢率"}), row({"华为", "意向客户", "100", ""})};
        const Result<DetectedTable> t = detect_table(grid, TableKind::Opportunities);
        CPPUNIT_ASSERT(t.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), t.value().header_row);
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), t.value().last_row);
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), column(t.value(), Field::Account));
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), column(t.value(), Field::Stage));
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), column(t.value(), Field::Amount));
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), column(t.value(), Field::Probability));
    }

    void traditional_full_width_and_english_headers_map_alike()
    {
        const Grid grid = {row({"銷售階段", "ＡＭＯＵＮＴ", "Win Probability", "預測類別"}), row({"x", "1", "", ""})};
        const Result<DetectedTable> t = detect_table(grid, TableKind::Opportunities);
        CPPUNIT_ASSERT(t.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), column(t.value(), Field::Stage));
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), column(t.value(), Field::Amount));
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), column(t.value(), Field::Probability));
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), column(t.value(), Field::ForecastCategory));
    }

    void the_crm_export_headers_map()
    {
        const Grid grid = {row({"opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date",
                                "close_date", "close_value"})};
        const Result<DetectedTable> t = detect_table(grid, TableKind::Opportunities);
        CPPUNIT_ASSERT(t.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), column(t.value(), Field::DealName));
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), column(t.value(), Field::Owner));
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), column(t.value(), Field::Product));
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), column(t.value(), Field::Account));
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), column(t.value(), Field::Stage));
        CPPUNIT_ASSERT_EQUAL(std::size_t(5), column(t.value(), Field::Created));
        CPPUNIT_ASSERT_EQUAL(std::size_t(6), column(t.value(), Field::CloseDate));
        CPPUNIT_ASSERT_EQUAL(std::size_t(7), column(t.value(), Field::Amount));
        CPPUNIT_ASSERT(t.value().unmapped_headers.empty());
    }

    void a_header_with_a_unit_maps_by_containment()
    {
        const Grid grid = {row({"阶段", "金额(元)", "本季度预测类别说明"})};
        const Result<DetectedTable> t = detect_table(grid, TableKind::Opportunities);
        CPPUNIT_ASSERT(t.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), column(t.value(), Field::Amount));
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), column(t.value(), Field::ForecastCategory));
    }

    void missing_fields_and_unknown_headers_are_reported()
    {
        const Grid grid = {row({"阶段", "金额", "备注"})};
        const DetectedTable t = detect_table(grid, TableKind::Opportunities).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), t.unmapped_headers.size());
        CPPUNIT_ASSERT_EQUAL(std::string("备注"), t.unmapped_headers[0]);
        CPPUNIT_ASSERT(std::find(t.missing.begin(), t.missing.end(), Field::Probability) != t.missing.end());
        CPPUNIT_ASSERT(std::find(t.missing.begin(), t.missing.end(), Field::Stage) == t.missing.end());
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), t.data_rows());
    }

    void no_header_row_is_not_found()
    {
        const Grid grid = {row({"客户", "金额"}), row({"华为", "100"})}; // no stage column
        const Result<DetectedTable> t = detect_table(grid, TableKind::Opportunities);
        CPPUNIT_ASSERT(!t.ok());
        CPPUNIT_ASSERT(t.error().kind == ErrorKind::NotFound);
        CPPUNIT_ASSERT(!detect_table(Grid{}, TableKind::Stakeholders).ok());
    }

    void ledger_and_stakeholder_tables()
    {
        const Grid ledger = {row({"合作伙伴", "类型", "销售金额", "回款", "日期"})};
        const DetectedTable l = detect_table(ledger, TableKind::PartnerLedger).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), column(l, Field::Amount));
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), column(l, Field::Collected));
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), column(l, Field::Date));
        // The customer of each sale is optional (the partner's page lists it where given).
        CPPUNIT_ASSERT((l.missing == std::vector<Field>{Field::Account}));
        const Grid with_customers = {row({"合作伙伴", "客户", "类型", "销售金额", "回款"})};
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), column(detect_table(with_customers, TableKind::PartnerLedger).value(), Field::Account));
        const Grid people = {row({"姓名", "职务", "汇报对象", "角色", "影响力", "态度", "接触程度", "我方对应人"})};
        const DetectedTable p = detect_table(people, TableKind::Stakeholders).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), column(p, Field::ReportsTo));
        CPPUNIT_ASSERT_EQUAL(std::size_t(5), column(p, Field::Support));
        CPPUNIT_ASSERT_EQUAL(std::size_t(7), column(p, Field::Counterpart));
        // Department, which deal or account the people belong to, and the strategic-selling
        // columns (feedback mode, personal win, business result): optional columns.
        CPPUNIT_ASSERT((p.missing == std::vector<Field>{Field::Department, Field::DealName, Field::Account, Field::FeedbackMode,
                                                        Field::PersonalWin, Field::BusinessResult}));
        const Grid strategic = {row({"姓名", "角色", "反馈模式", "赢的标准", "业务结果"})};
        const DetectedTable s = detect_table(strategic, TableKind::Stakeholders).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), column(s, Field::FeedbackMode));
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), column(s, Field::PersonalWin));
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), column(s, Field::BusinessResult));
        // A stakeholder table that says which deal each person is on (forecast hygiene).
        const Grid linked = {row({"姓名", "商机", "角色", "支持度"})};
        const DetectedTable d = detect_table(linked, TableKind::Stakeholders).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), column(d, Field::DealName));
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), column(d, Field::Role));
        // An opportunity sheet is not a ledger: no partner column.
        CPPUNIT_ASSERT(!detect_table(Grid{row({"阶段", "金额", "回款"})}, TableKind::PartnerLedger).ok());
    }

    void mapping_round_trips_through_text()
    {
        ColumnMapping m;
        m.set(Field::Stage, 4);
        m.set(Field::Amount, 7);
        m.set(Field::ReportsTo, 12);
        const std::string text = mapping_to_text(m);
        CPPUNIT_ASSERT_EQUAL(std::string("stage=4;amount=7;reports_to=12"), text);
        const ColumnMapping back = mapping_from_text(text + ";bogus=3;amount=x;;");
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), back.columns.size());
        CPPUNIT_ASSERT_EQUAL(std::size_t(7), *back.column_of(Field::Amount));
        CPPUNIT_ASSERT_EQUAL(std::size_t(12), *back.column_of(Field::ReportsTo));
    }

    void trailing_blank_rows_are_not_data()
    {
        const Grid grid = {row({"阶段", "金额"}), row({"意向客户", "1"}), row({"", ""}), row({" ", ""})};
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), detect_table(grid, TableKind::Opportunities).value().data_rows());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(TableMappingTest);
