#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>

#include "grid_rows.hpp"

#include "reports/deal_plan_report.hpp"
#include "reports/event_report.hpp"
#include "reports/forecast_review_report.hpp"
#include "reports/funnel_report.hpp"
#include "reports/org_chart.hpp"
#include "reports/rebate_report.hpp"
#include "reports/report_sheet.hpp"

using namespace kat;

namespace {
using test::row;
const ReportItem* item_with(const ReportSheet& sheet, const std::string& needle)
{
    for (const ReportItem& item : sheet.items)
        if (item.text.find(needle) != std::string::npos)
            return &item;
    return nullptr;
}
} // namespace

class ReportPlansTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ReportPlansTest);
    CPPUNIT_TEST(ranges_point_at_the_source_columns);
    CPPUNIT_TEST(funnel_table_is_sized_by_the_model_and_feeds_the_chart);
    CPPUNIT_TEST(org_chart_has_a_box_per_person_and_a_line_per_report);
    CPPUNIT_TEST(a_custom_stage_model_is_written_on_the_report_and_weighs_it);
    CPPUNIT_TEST(an_unusable_custom_model_falls_back_and_says_so);
    CPPUNIT_TEST(the_review_reads_its_own_targets_and_dates);
    CPPUNIT_TEST(the_deal_plan_links_its_people_flags_strengths_and_fit);
    CPPUNIT_TEST(the_event_report_keeps_its_plan_and_reads_its_invitees);
    CPPUNIT_TEST(the_review_says_what_it_needs);
    CPPUNIT_TEST(the_funnel_learns_stage_limits_and_hides_its_chart_data);
    CPPUNIT_TEST(a_partner_page_lists_each_sale_with_its_customer);
    CPPUNIT_TEST_SUITE_END();

public:
    void ranges_point_at_the_source_columns()
    {
        CPPUNIT_ASSERT_EQUAL(std::string("AA"), column_name(26));
        CPPUNIT_ASSERT_EQUAL(std::string("$C$7"), cell_name(6, 2, true));
        const Grid grid = {row({"title", ""}), row({"阶段", "金额"}), row({"意向客户", "1"}), row({"报价", "2"})};
        const DetectedTable table = detect_table(grid, TableKind::Opportunities).value();
        const SourcePlace place{"O'Brien 商机", 4, 1};
        CPPUNIT_ASSERT_EQUAL(std::string("$'O''Brien 商机'.$C$7:$C$8"), data_range(place, table, Field::Amount));
        CPPUNIT_ASSERT_EQUAL(std::string("$'O''Brien 商机'.$B$6:$C$8"), table_range(place, table, 2));
        CPPUNIT_ASSERT_EQUAL(std::string("\"a\"\"b\""), formula_string("a\"b"));
    }

    void a_partner_page_lists_each_sale_with_its_customer()
    {
        const Grid ledger = {row({"合作伙伴", "类型", "销售金额", "回款", "日期", "客户"}),
                             row({"张三", "直接", "40000", "40000", "2026-03-01", "华东理工"}),
                             row({"李四", "直接", "20000", "20000", "2026-08-01", "浙江大学"})};
        const DetectedTable table = detect_table(ledger, TableKind::PartnerLedger).value();
        CPPUNIT_ASSERT(table.mapping.has(Field::Account));
        const ReportSheet sheet = rebate_report(ledger, table, {"台账", 0, 0}, seed_policy_rows(Language::Chinese), Language::Chinese);
        // Each partner page's sales list starts with the customer, a live reference to the
        // ledger's cell; the header of every page names the ledger.
        std::vector<std::pair<std::size_t, std::string>> first_cells; // (row, customer reference) of each sales list
        for (const ReportItem& item : sheet.items)
            if (item.kind == ReportItem::Kind::Formulas && item.column == 0)
                first_cells.emplace_back(item.row, item.block.at(0).at(0).text);
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), first_cells.size());
        CPPUNIT_ASSERT_EQUAL(std::string("=$'台账'.$F$2"), first_cells[0].second);
        CPPUNIT_ASSERT_EQUAL(std::string("=$'台账'.$F$3"), first_cells[1].second);
        const auto heading = std::find_if(sheet.items.begin(), sheet.items.end(), [&](const ReportItem& item) {
            return item.row + 1 == first_cells[0].first && item.column == 0;
        });
        CPPUNIT_ASSERT(heading != sheet.items.end());
        CPPUNIT_ASSERT_EQUAL(std::string("客户"), heading->text);
        CPPUNIT_ASSERT_EQUAL(std::string("'台账'.A1:F3"), sheet.page.source);
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), sheet.page.breaks_before_rows.size()); // one page per partner
    }

    void the_review_reads_its_own_targets_and_dates()
    {
        const Grid grid = {row({"Owner", "Stage", "Amount", "Close date"}), row({"Ann", "Negotiation", "100", "2026-11-02"}),
                           row({"Bob", "Won", "50", "2026-10-05"}), row({"Ann", "Won", "70", "2026-01-05"})};
        const DetectedTable table = detect_table(grid, TableKind::Opportunities).value();
        ForecastReviewOptions options;
        options.today = 46351.0; // 2026-11-25
        options.targets = {{"bob", 500.0}, {"Cid", 300.0}}; // kept: Bob's (any case), Cid with no deal now
        const ReportSheet sheet = forecast_review_report(grid, table, {"Deals", 0, 0}, options, Language::English);
        const ForecastReviewCells cells = forecast_review_cells(sheet);
        const ReportItem* review = item_with(sheet, "=PIPELINE.REVIEW(");
        CPPUNIT_ASSERT(review);
        CPPUNIT_ASSERT_EQUAL(std::size_t(3 + 2), review->rows); // Ann, Bob, Cid + header and Total
        CPPUNIT_ASSERT_EQUAL(std::size_t(10), review->columns);
        // The targets block (header row included) and the two date cells are its arguments.
        const std::string targets = cell_name(cells.targets_top - 1, 0, true) + ":" + cell_name(cells.targets_top + 2, 1, true);
        const std::string dates = cell_name(cells.from_row, 1, true) + ";" + cell_name(cells.to_row, 1, true);
        CPPUNIT_ASSERT_MESSAGE(review->text, review->text.find(";" + targets + ";" + dates + ";") != std::string::npos);
        CPPUNIT_ASSERT(review->text.find("$'Deals'.$A$2:$A$4;$'Deals'.$C$2:$C$4;$'Deals'.$B$2:$B$4;$'Deals'.$D$2:$D$4") !=
                       std::string::npos);
        // Groups in the data's order, then kept ones; kept targets filled in, the rest blank and yellow.
        std::vector<std::string> groups;
        for (const ReportItem& item : sheet.items)
            if (item.column == 0 && item.row >= cells.targets_top && item.row < cells.targets_top + cells.targets_rows)
                groups.push_back(item.text);
        CPPUNIT_ASSERT((groups == std::vector<std::string>{"Ann", "Bob", "Cid"}));
        int numbers = 0, blanks = 0;
        for (const ReportItem& item : sheet.items)
            if (item.column == 1 && item.row >= cells.targets_top && item.row < cells.targets_top + cells.targets_rows) {
                CPPUNIT_ASSERT(item.style == CellStyle::Input);
                item.kind == ReportItem::Kind::Number ? ++numbers : ++blanks;
            }
        CPPUNIT_ASSERT_EQUAL(2, numbers);
        CPPUNIT_ASSERT_EQUAL(1, blanks);
        // This quarter's dates, editable; the chart over hidden data, groups only (no Total).
        CPPUNIT_ASSERT(item_with(sheet, "2026 Q4"));
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), sheet.charts.size());
        CPPUNIT_ASSERT_EQUAL(review->row + 3, sheet.charts[0].last_row);
        for (std::size_t c = sheet.charts[0].first_column; c <= sheet.charts[0].last_column; ++c)
            CPPUNIT_ASSERT(std::find(sheet.hidden_columns.begin(), sheet.hidden_columns.end(), c) != sheet.hidden_columns.end());
        CPPUNIT_ASSERT(sheet.page.landscape && sheet.page.pages_wide == 1 && sheet.page.pages_tall == 1);
        CPPUNIT_ASSERT(!item_with(sheet, "No deal closes"));     // Ann's deal closes this quarter
        // An old CRM export reviewed today: the report says the period is empty and which
        // dates the data covers, instead of a table of zeros.
        const Grid old_export = {row({"Owner", "Stage", "Amount", "Close date"}), row({"Ann", "Won", "50", "3/1/2017"}),
                                 row({"Bob", "Won", "70", "2016-10-20"})};
        const ReportSheet empty = forecast_review_report(old_export, detect_table(old_export, TableKind::Opportunities).value(),
                                                         {"Deals", 0, 0}, options, Language::English);
        const ReportItem* note = item_with(empty, "No deal closes in 2026 Q4: the close dates run 2016-10-20 – 2017-03-01.");
        CPPUNIT_ASSERT(note && note->style == CellStyle::Warning);
    }

    void the_deal_plan_links_its_people_flags_strengths_and_fit()
    {
        const Grid deals = {row({"商机", "客户", "阶段", "金额"}), row({"A-1", "华东理工", "谈判客户", "100"}),
                            row({"B-2", "宁波海关", "意向客户", "50"})};
        const DetectedTable deals_table = detect_table(deals, TableKind::Opportunities).value();
        const Grid people = {row({"姓名", "商机", "角色", "影响力", "支持度", "反馈模式", "个人赢", "接触程度"}),
                             row({"王总", "a-1", "决策者", "高", "支持", "平稳", "升职", "经常"}),
                             row({"李工", "B-2", "教练", "高", "支持", "成长", "", "经常"}),
                             row({"刘处", "A-1", "技术把关者", "高", "反对", "成长", "", "偶尔"})};
        DealPlanOptions options;
        options.deal_row = *deal_row_named(deals, deals_table, "a-1");
        options.people = StakeholderSource{people, detect_table(people, TableKind::Stakeholders).value(), {"关键人物", 0, 0}};
        options.fit = 0.7;
        const ReportSheet sheet = deal_plan_report(deals, deals_table, {"商机", 0, 0}, options, Language::Chinese);
        CPPUNIT_ASSERT(item_with(sheet, "商机作战图:A-1"));
        CPPUNIT_ASSERT(item_with(sheet, "=$'商机'.$D$2"));                      // the amount, live from the deal's row
        // Its two people (any case of the deal's name), live from the key-people sheet; not 李工.
        CPPUNIT_ASSERT(item_with(sheet, "=$'关键人物'.$A$2&\"\""));
        CPPUNIT_ASSERT(item_with(sheet, "=$'关键人物'.$A$4&\"\""));
        CPPUNIT_ASSERT(!item_with(sheet, "=$'关键人物'.$A$3&\"\""));
        CPPUNIT_ASSERT(item_with(sheet, "=$'关键人物'.$F$2&\"\""));             // the feedback mode column is shown
        // Red flags beside strengths: the veto (王总 is flagged once, for the gravest: no gap);
        // and the economic buyer's support is a strength.
        CPPUNIT_ASSERT(item_with(sheet, "技术把关者反对(可一票否决):刘处"));
        CPPUNIT_ASSERT(item_with(sheet, "决策者看不到需求缺口(平稳或过度自信):王总"));
        CPPUNIT_ASSERT(item_with(sheet, "决策者支持我们:王总"));
        // The hygiene verdict: 80 % claimed, no supportive coach → capped at 15 %.
        bool capped = false;
        for (const ReportItem& item : sheet.items)
            capped = capped || (item.kind == ReportItem::Kind::Number && item.style == CellStyle::Warning && item.number == 0.15);
        CPPUNIT_ASSERT(capped);
        bool fit = false;
        for (const ReportItem& item : sheet.items)
            fit = fit || (item.kind == ReportItem::Kind::Number && item.number == 0.7);
        CPPUNIT_ASSERT(fit);
        const InputArea* actions = sheet.input("next_actions");
        CPPUNIT_ASSERT(actions && actions->rows == 6);
        CPPUNIT_ASSERT(sheet.page.landscape && sheet.page.pages_wide == 1 && sheet.page.pages_tall == 1);
        CPPUNIT_ASSERT(!deal_row_named(deals, deals_table, "C-3"));
    }

    void the_event_report_keeps_its_plan_and_reads_its_invitees()
    {
        const Grid invitees = {row({"姓名", "名单", "状态"}), row({"王院长", "正式", "已确认"}), row({"钱老师", "备选", "已邀请"}),
                               row({"周工", "备选", "已邀请"})};
        const DetectedTable table = detect_table(invitees, TableKind::Invitees).value();
        EventReportOptions options;
        options.kept_plan = {Cell::of(std::string("春季研讨会")), Cell::empty(), Cell::empty(), Cell::empty(), Cell::of(3.0),
                             Cell::of(20000.0), Cell::empty()};
        options.kept_costs = {{Cell::of(std::string("场地")), Cell::of(8000.0)}};
        const ReportSheet sheet = event_report(invitees, table, {"研讨会", 0, 0}, options, Language::Chinese);
        CPPUNIT_ASSERT(item_with(sheet, "春季研讨会"));                          // kept, not the sheet's name
        const ReportItem* funnel = item_with(sheet, "=EVENT.FUNNEL($'研讨会'.$C$2:$C$4)");
        CPPUNIT_ASSERT(funnel && funnel->rows == 8);
        // The cost per attendee divides by the funnel's "attended" cell; the typed cost is kept.
        const std::string attended = cell_name(funnel->row + 5, 1, true);
        CPPUNIT_ASSERT(item_with(sheet, "N(" + attended + "))"));
        bool cost = false;
        for (const ReportItem& item : sheet.items)
            cost = cost || (item.kind == ReportItem::Kind::Number && item.number == 8000.0 && item.style == CellStyle::Input);
        CPPUNIT_ASSERT(cost);
        // Headcount 3, one main confirmed: two backups to call, the area sized for them.
        const ReportItem* backups = item_with(sheet, "=EVENT.BACKUPS(");
        CPPUNIT_ASSERT(backups && backups->rows == 2);
        // Beside it, live: "none to call now" when the answer is blank.
        const ReportItem* none = item_with(sheet, "目前无需联系备选");
        CPPUNIT_ASSERT(none && none->row == backups->row && none->column == 1);
        CPPUNIT_ASSERT_EQUAL(std::string("=IF(") + cell_name(backups->row, 0) + "=\"\";", none->text.substr(0, 4 + cell_name(backups->row, 0).size() + 4));
        // No opportunity table with a campaign column: it says how to get the pipeline.
        CPPUNIT_ASSERT(item_with(sheet, "来源活动"));
        CPPUNIT_ASSERT(sheet.input("plan") && sheet.input("plan")->rows == event_plan_rows);
        CPPUNIT_ASSERT(sheet.page.landscape && sheet.page.pages_tall == 1);
    }

    void the_review_says_what_it_needs()
    {
        const Grid grid = {row({"Stage", "Amount", "Close date"}), row({"Negotiation", "100", "2026-11-02"})};
        const DetectedTable table = detect_table(grid, TableKind::Opportunities).value();
        const ReportSheet sheet = forecast_review_report(grid, table, {"Deals", 0, 0}, {}, Language::Chinese);
        CPPUNIT_ASSERT(!item_with(sheet, "PIPELINE.REVIEW"));
        CPPUNIT_ASSERT(item_with(sheet, "“负责人”或“区域”"));
        CPPUNIT_ASSERT(sheet.charts.empty());
    }

    void the_funnel_learns_stage_limits_and_hides_its_chart_data()
    {
        // Three deals passed 目标客户 in 10 days each; the report writes that limit as an input
        // and the live count reads it.
        const Grid grid = {row({"阶段", "金额", "创建日期", "进入阶段日期"}), row({"潜在客户", "1", "2026-01-01", "2026-01-11"}),
                           row({"潜在客户", "1", "2026-01-01", "2026-01-11"}), row({"潜在客户", "1", "2026-01-01", "2026-01-11"}),
                           row({"目标客户", "1", "2026-02-01", "2026-02-01"})};
        const DetectedTable table = detect_table(grid, TableKind::Opportunities).value();
        FunnelReportOptions options;
        options.today = 46100.0;
        const ReportSheet sheet = funnel_report(grid, table, {"商机", 0, 0}, options, Language::Chinese);
        const ReportItem* stalled = item_with(sheet, "=PIPELINE.STALLED(");
        CPPUNIT_ASSERT(stalled);
        const ReportItem* limit = nullptr;
        for (const ReportItem& item : sheet.items)
            if (item.kind == ReportItem::Kind::Number && item.style == CellStyle::Input && item.number == 10.0)
                limit = &item;
        CPPUNIT_ASSERT(limit);
        const std::string limits = ";" + cell_name(limit->row - 1, 0, true) + ":" + cell_name(limit->row, 1, true) + ")";
        CPPUNIT_ASSERT_MESSAGE(stalled->text, stalled->text.find(limits) != std::string::npos);
        CPPUNIT_ASSERT(item_with(sheet, "未列出的阶段"));               // the other stages keep 30 days
        // The funnel chart's helper columns are hidden; the chart sits beside the table.
        const ChartSpec& chart = sheet.charts.at(0);
        CPPUNIT_ASSERT((sheet.hidden_columns == std::vector<std::size_t>{chart.first_column, chart.first_column + 1,
                                                                         chart.first_column + 2}));
        CPPUNIT_ASSERT(chart.anchor_column == chart.last_column + 1);
        // The notes under the table stay inside its six columns, on rows sized for them.
        const ReportItem* note = item_with(sheet, "较上一阶段转化率 =");
        CPPUNIT_ASSERT(note && note->span == 6);
        ReportSheet fitted = sheet;
        fit_wrapped_rows(fitted);
        bool sized = false;
        for (const auto& [r, height] : fitted.row_heights)
            sized = sized || (r == note->row && height > 452); // more than one line
        CPPUNIT_ASSERT(sized);
    }

    void funnel_table_is_sized_by_the_model_and_feeds_the_chart()
    {
        const Grid grid = {row({"Stage", "Amount"}), row({"Quotation", "1"}), row({"Won", "2"}), row({"Needs confirmed", "3"})};
        const DetectedTable table = detect_table(grid, TableKind::Opportunities).value();
        const ReportSheet sheet = funnel_report(grid, table, {"Deals", 0, 0}, {}, Language::English);
        const ReportItem* funnel = item_with(sheet, "=PIPELINE.TABLE(");
        CPPUNIT_ASSERT(funnel);
        CPPUNIT_ASSERT_EQUAL(std::size_t(5 + 3), funnel->rows);       // action5 chosen: 5 stages + header, Lost, Total
        CPPUNIT_ASSERT(funnel->text.find("\"action5\"") != std::string::npos);
        CPPUNIT_ASSERT(funnel->text.find("$'Deals'.$A$2:$A$4;$'Deals'.$B$2:$B$4;;") != std::string::npos); // no probability column
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), sheet.charts.size());
        CPPUNIT_ASSERT_EQUAL(funnel->row, sheet.charts[0].first_row);
        CPPUNIT_ASSERT_EQUAL(funnel->row + 5, sheet.charts[0].last_row); // the model's stages, not Lost or Total
        CPPUNIT_ASSERT(item_with(sheet, "PIPELINE.FORECAST(")->text.find(";\"\";") != std::string::npos); // no category column
        CPPUNIT_ASSERT(item_with(sheet, "Not listed: no stage-entered date column"));
        CPPUNIT_ASSERT(sheet.status.find("Not mapped: Probability") != std::string::npos);
    }

    void org_chart_has_a_box_per_person_and_a_line_per_report()
    {
        Grid grid = {row({"姓名", "上级", "角色"})};
        grid.push_back(row({"CEO", "", "决策者"}));
        for (int i = 0; i < 30; ++i)
            grid.push_back({Cell::of("P" + std::to_string(i)), Cell::of(std::string(i < 5 ? "CEO" : "P" + std::to_string(i % 5))),
                            Cell::of(std::string(i == 7 ? "教练" : ""))});
        const DetectedTable table = detect_table(grid, TableKind::Stakeholders).value();
        const OrgChart chart = org_chart(grid, table, {"S", 0, 0}, OrgChartOptions{}, Language::English).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(31), chart.boxes.size());
        CPPUNIT_ASSERT_EQUAL(std::size_t(30), chart.connectors.size());
        for (std::size_t a = 0; a < chart.boxes.size(); ++a)
            for (std::size_t b = a + 1; b < chart.boxes.size(); ++b) {
                const PlacedBox &p = chart.boxes[a].box, &q = chart.boxes[b].box;
                const bool overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
                CPPUNIT_ASSERT_MESSAGE("boxes " + std::to_string(a) + " and " + std::to_string(b) + " overlap", !overlap);
            }
        CPPUNIT_ASSERT(chart.boxes[0].box.y > 0.0); // below the top of the drawing area
        CPPUNIT_ASSERT(chart.drawing_row > 4);        // which starts below the sheet's text
        CPPUNIT_ASSERT(chart.sheet.page.pages_wide == 1 && chart.sheet.page.pages_tall == 1); // 31 people: one page
        // Boxes sized by what the office measures for their text, plus the padding.
        OrgChartOptions measured;
        std::vector<std::string> asked;
        measured.measure = [&](const std::string& text) {
            asked.push_back(text);
            return BoxSize{100.0 * static_cast<double>(text.size()), 1234.0};
        };
        const OrgChart sized = org_chart(grid, table, {"S", 0, 0}, measured, Language::Chinese).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(31), asked.size());
        CPPUNIT_ASSERT_EQUAL(std::string("CEO\n◆ 决策者"), sized.boxes[0].text); // no title: name and badge
        CPPUNIT_ASSERT_DOUBLES_EQUAL(100.0 * sized.boxes[0].text.size() + 2 * box_padding_x, sized.boxes[0].box.width, 1e-9);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(1234.0 + 2 * box_padding_y, sized.boxes[0].box.height, 1e-9);
        // Beyond one page's worth of people the chart tiles two pages wide.
        Grid big = grid;
        for (int i = 30; i < 45; ++i)
            big.push_back({Cell::of("P" + std::to_string(i)), Cell::of(std::string("CEO")), Cell::empty()});
        const OrgChart tiled = org_chart(big, detect_table(big, TableKind::Stakeholders).value(), {"S", 0, 0}, OrgChartOptions{},
                                         Language::English).value();
        CPPUNIT_ASSERT(tiled.sheet.page.pages_wide == 2 && tiled.sheet.page.pages_tall == 0);
        // Only people with a role: the CEO and P7, P7 hung under the CEO.
        const OrgChart roles = org_chart(grid, table, {"S", 0, 0}, OrgChartOptions{true, {}}, Language::English).value();
        CPPUNIT_ASSERT_EQUAL(std::size_t(2), roles.boxes.size());
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), roles.connectors.size());
        // No reports-to column: an error, not a drawing of disconnected boxes.
        const Grid flat = {row({"姓名", "角色"}), row({"A", "教练"})};
        CPPUNIT_ASSERT(!org_chart(flat, detect_table(flat, TableKind::Stakeholders).value(), {"S", 0, 0}, OrgChartOptions{},
                                  Language::English).ok());
    }

    void a_custom_stage_model_is_written_on_the_report_and_weighs_it()
    {
        const auto rows = stage_rows_from_text("接洽=10%\n\n方案：40\n签约\t100%\n");
        CPPUNIT_ASSERT_EQUAL(std::size_t(3), rows.size());
        CPPUNIT_ASSERT_EQUAL(std::string("方案"), rows[1][0].text);
        CPPUNIT_ASSERT_EQUAL(std::string("40"), rows[1][1].text);
        const Result<StageModel> model = chosen_stage_model("custom", rows, {});
        CPPUNIT_ASSERT(model.ok());
        CPPUNIT_ASSERT_EQUAL(std::size_t(4), model.value().stages().size()); // + the Lost stage it adds
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.4, model.value().stage(1).probability, 1e-12);

        const Grid grid = {row({"Stage", "Amount"}), row({"方案", "100"}), row({"签约", "50"})};
        const DetectedTable table = detect_table(grid, TableKind::Opportunities).value();
        FunnelReportOptions options;
        options.model = "custom";
        options.custom_model_rows = rows;
        const ReportSheet sheet = funnel_report(grid, table, {"Deals", 0, 0}, options, Language::English);
        const ReportItem* funnel = item_with(sheet, "=PIPELINE.TABLE(");
        CPPUNIT_ASSERT_EQUAL(std::size_t(3 + 3), funnel->rows);  // three stages + header, Lost, Total
        // The model argument is the block on the sheet (column S), header to the last typed stage.
        CPPUNIT_ASSERT(funnel->text.find(";$S$5:$T$8)") != std::string::npos);
        const ReportItem* stage = item_with(sheet, "方案");
        CPPUNIT_ASSERT(stage && stage->column == 18 && stage->style == CellStyle::Input);
        CPPUNIT_ASSERT(!item_with(sheet, "Lost") || item_with(sheet, "Lost")->column != 18); // not typed, not written
        // A rebuild keeps the target from the cell right of its label, not from the model block.
        const ReportItem* target_label = item_with(sheet, "Sales target (edit me)");
        CPPUNIT_ASSERT(target_label);
        const FunnelReportCells cells = funnel_report_cells(sheet);
        CPPUNIT_ASSERT_EQUAL(target_label->row, cells.target_row);
        CPPUNIT_ASSERT_EQUAL(target_label->column + 1, cells.target_column);
    }

    void an_unusable_custom_model_falls_back_and_says_so()
    {
        const Grid grid = {row({"Stage", "Amount"}), row({"Quotation", "1"})};
        const DetectedTable table = detect_table(grid, TableKind::Opportunities).value();
        FunnelReportOptions options;
        options.model = "custom";
        options.custom_model_rows = stage_rows_from_text("接洽=lots");
        const ReportSheet sheet = funnel_report(grid, table, {"Deals", 0, 0}, options, Language::English);
        CPPUNIT_ASSERT(item_with(sheet, "Custom model not used: "));
        CPPUNIT_ASSERT(item_with(sheet, "=PIPELINE.TABLE(")->text.find("\"action5\"") != std::string::npos);
        CPPUNIT_ASSERT(!chosen_stage_model("custom", options.custom_model_rows, {}).ok());
        CPPUNIT_ASSERT(!chosen_stage_model("nonsense", {}, {}).ok());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ReportPlansTest);
