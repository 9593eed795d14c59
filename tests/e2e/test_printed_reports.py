"""User story: a sales manager builds the forecast review for this quarter, types each rep's
target into the yellow cells, and the review answers at once; next week's rebuild keeps the
targets. Every report prints as a rep would send it: its own page style, the review on one
landscape page, helper data hidden, a Chinese office's report in Chinese to the last word."""
import datetime
import os
import re
import subprocess
import tempfile
import unittest

import uno

from calc_helpers import OfficeTestCase, put
from kat_office import dispatch_report, file_url, props


def serial(day):
    return float((day - datetime.date(1899, 12, 30)).days)


def this_quarter(today):
    first = datetime.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    after = datetime.date(first.year + (first.month + 2) // 12, (first.month + 2) % 12 + 1, 1)
    return first, after - datetime.timedelta(days=1)


TODAY = datetime.date.today()
FIRST, LAST = this_quarter(TODAY)
BEFORE = FIRST - datetime.timedelta(days=3)   # last quarter
# The seven-stage customer funnel: 谈判客户 (negotiation) weighs 80 %.
DEALS = [("Deal", "Owner", "Stage", "Amount", "Close date"),
         ("D1", "Ann", "成交客户", 300.0, serial(FIRST)),              # won in the quarter, on its first day
         ("D2", "Ann", "成交客户", 500.0, serial(BEFORE)),             # won last quarter: not counted
         ("D3", "Ann", "谈判客户", 200.0, serial(LAST)),               # open, on the quarter's last day
         ("D4", "Bob", "谈判客户", 1000.0, serial(LAST + datetime.timedelta(days=1))),  # next quarter
         ("D5", "Cid", "意向客户", 400.0, serial(FIRST))]


def rows_of(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    return sheet.getCellRangeByPosition(0, 0, cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow).getDataArray()


def find_row(rows, first_cell, start=0):
    for i in range(start, len(rows)):
        if rows[i] and rows[i][0] == first_cell:
            return i
    raise AssertionError("no row starting with %r" % first_cell)


def pdf_pages(doc, sheet, path):
    doc.storeToURL(file_url(path), props(FilterName="calc_pdf_Export",
                                         FilterData=uno.Any("[]com.sun.star.beans.PropertyValue", props(Selection=sheet))))
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


class ForecastReviewReportTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        put(self.sheet, 0, 0, DEALS)
        self.before = self.sheet.getCellRangeByName("A1:E6").getFormulaArray()

    def build(self, **arguments):
        built, name, status = dispatch_report(self.doc, "ForecastReview", "Sheet1.B2", **arguments)
        self.assertTrue(built, status)
        self.doc.calculateAll()
        return self.doc.Sheets.getByName(name)

    def test_targets_typed_in_answer_at_once_and_survive_a_rebuild(self):
        report = self.build()
        self.assertEqual("Forecast review", report.Name)
        rows = rows_of(report)
        # This quarter's first and last day, as editable dates.
        self.assertEqual(serial(FIRST), rows[find_row(rows, "From")][1])
        self.assertEqual(serial(LAST), rows[find_row(rows, "To")][1])
        owners = find_row(rows, "Owner")
        self.assertEqual(["Ann", "Bob", "Cid"], [rows[owners + i][0] for i in (1, 2, 3)])
        # The manager types Ann's and Bob's targets; Cid has none yet.
        report.getCellByPosition(1, owners + 1).setValue(1000.0)
        report.getCellByPosition(1, owners + 2).setValue(2000.0)
        self.doc.calculateAll()
        rows = rows_of(report)
        top = find_row(rows, "Group")
        review = {r[0]: r for r in rows[top + 1:top + 5]}
        ann = review["Ann"]
        self.assertEqual((1000.0, 300.0), ann[1:3])                   # target; won in the quarter only
        self.assertAlmostEqual(300.0 + 200.0 * 0.8, ann[5])          # weighted, won at 100 %
        self.assertEqual((700.0, 200.0), (ann[6], ann[7]))            # gap; open pipeline
        self.assertAlmostEqual(200.0 / 700.0, ann[8])                  # gap coverage
        self.assertAlmostEqual(0.3, ann[9])                            # attainment
        self.assertEqual((2000.0, 0.0, 2000.0, 0.0), (review["Bob"][1], review["Bob"][2], review["Bob"][6], review["Bob"][7]))
        self.assertEqual(("", ""), (review["Cid"][1], review["Cid"][6]))  # no target: no gap
        self.assertEqual(3000.0, review["Total"][1])
        # The chart plots the groups from hidden helper columns.
        chart = report.Charts.getByIndex(0)
        data = chart.EmbeddedObject.Data
        self.assertEqual(("Ann", "Bob", "Cid"), tuple(data.RowDescriptions))
        self.assertEqual((1000.0, 300.0), tuple(data.Data[0][:2]))
        used = chart.getRanges()[0]
        columns = report.Columns
        self.assertTrue(all(not columns.getByIndex(c).IsVisible for c in range(used.StartColumn, used.EndColumn + 1)))
        # Next week: a rebuild for the year keeps the targets; the workbook remembers the period.
        report = self.build(Period="year")
        rows = rows_of(report)
        owners = find_row(rows, "Owner")
        self.assertEqual([1000.0, 2000.0, ""], [rows[owners + i][1] for i in (1, 2, 3)])
        self.assertEqual(serial(datetime.date(TODAY.year, 1, 1)), rows[find_row(rows, "From")][1])
        self.assertTrue(self.doc.DocumentProperties.UserDefinedProperties.getPropertyValue("KeyAccount.ReviewPeriod")
                        .startswith("year|"))
        # Dates no deal closes in: a warning row appears above the targets; they are still kept.
        report = self.build(Period="custom")
        rows = rows_of(report)
        report.getCellByPosition(1, find_row(rows, "From")).setValue(serial(LAST) + 400)
        report.getCellByPosition(1, find_row(rows, "To")).setValue(serial(LAST) + 500)
        report = self.build()
        rows = rows_of(report)
        self.assertTrue(any(str(r[0]).startswith("No deal closes in") for r in rows))
        owners = find_row(rows, "Owner")
        self.assertEqual([1000.0, 2000.0, ""], [rows[owners + i][1] for i in (1, 2, 3)])
        self.assertEqual(self.before, self.sheet.getCellRangeByName("A1:E6").getFormulaArray())

    def test_a_custom_period_keeps_the_dates_typed_on_the_sheet(self):
        report = self.build(Period="custom")
        rows = rows_of(report)
        start = find_row(rows, "From")
        report.getCellByPosition(1, start).setValue(serial(BEFORE))      # the manager widens it
        report.getCellByPosition(1, start + 1).setValue(serial(LAST))
        report = self.build()
        rows = rows_of(report)
        self.assertEqual((serial(BEFORE), serial(LAST)), (rows[start][1], rows[start + 1][1]))
        self.assertEqual(800.0, rows[find_row(rows, "Ann", find_row(rows, "Group"))][2])  # D1 and D2 won within

    def test_printed_on_one_landscape_page(self):
        report = self.build()
        style = self.doc.StyleFamilies.getByName("PageStyles").getByName(report.PageStyle)
        self.assertTrue(style.IsLandscape and style.Size.Width > style.Size.Height)
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "review.pdf")
            self.assertEqual(1, pdf_pages(self.doc, report, path))
            text = pdf_text(path)
        self.assertIn("Page 1 of 1", text)
        self.assertNotIn("Offset", text)                 # helper data is not printed
        # The header: where the figures come from, the report, the day printed (a live date).
        self.assertIn("Source: 'Sheet1'.A1:E6", text)
        self.assertRegex(text, r"Printed \d{1,2}/\d{1,2}/\d{2,4}")


LEDGER = [("合作伙伴", "类型", "销售金额", "回款", "日期"),
          ("张三", "直接", 40000.0, 40000.0, "2026-03-01"),
          ("张三", "直接", 60000.0, 50000.0, "2026-04-15"),
          ("张三", "间接", 30000.0, "", "2026-05-20"),
          ("李四", "直接", 20000.0, 20000.0, "2026-08-01")]

PEOPLE = [("姓名", "职务", "上级", "角色", "影响力", "支持度", "接触程度", "我方对应人"),
          ("王总", "总经理", "", "决策者", "高", "支持", "经常", "李经理"),
          ("刘工", "技术总监", "王总", "技术把关者", "高", "反对", "偶尔", ""),
          ("陈主任", "设备科主任", "刘工", "使用者", "中", 3.0, "经常", ""),
          ("周秘书", "秘书", "王总", "内线", "低", "中立", "有", "")]


class PartnerPagesAndRoleMapTest(OfficeTestCase):
    def test_each_partner_on_its_own_page_and_exported_alone(self):
        put(self.sheet, 0, 0, LEDGER)
        built, name, status = dispatch_report(self.doc, "RebateStatements", "Sheet1.A1")
        self.assertTrue(built, status)
        self.doc.calculateAll()
        report = self.doc.Sheets.getByName(name)
        rows = rows_of(report)
        zhang = find_row(rows, "Rebate statement: 张三")
        li = find_row(rows, "Rebate statement: 李四")
        breaks = [b.Position for b in report.getRowPageBreaks() if b.ManualBreak]
        self.assertEqual([zhang, li], breaks)
        # 张三's page: the policy, every sale with its rebate, then the half-year's figures.
        page = rows[zhang:li]
        self.assertIn("rate", [r[0] for r in page])
        sales = [r for r in page if r[1] in ("直接", "间接")]
        self.assertEqual([40000.0, 60000.0, 30000.0], [r[2] for r in sales])
        self.assertEqual([2000.0, 2500.0], [r[4] for r in sales[:2]])           # 5 % of what was collected
        self.assertEqual(500.0, sales[1][5])                                     # pending on the 10,000 not yet paid
        self.assertTrue(sales[2][4].startswith("Indirect"))
        paid = {r[0]: r[1] for r in page}
        self.assertEqual(5520.0, paid["Total payable"])                          # the worked example, to the cent
        self.assertNotIn("李四", str(page))
        with tempfile.TemporaryDirectory() as folder:
            whole = os.path.join(folder, "all.pdf")
            # Two partners, two pages: printed, the sheet is the partners' pages alone; the
            # overview above them stays on screen and says so.
            self.assertEqual(2, pdf_pages(self.doc, report, whole))
            pages = pdf_text(whole).split("\f")
            self.assertIn("Rebate statement: 张三", pages[0])
            self.assertNotIn("李四", pages[0])
            self.assertIn("Rebate statement: 李四", pages[1])
            self.assertNotIn("张三", pages[1])
            self.assertTrue(any(str(r[0]).startswith("Printing this sheet prints each partner") for r in rows[:zhang]))
            # The rep clicks into 张三's page and exports it alone.
            self.doc.CurrentController.setActiveSheet(report)
            self.doc.CurrentController.select(report.getCellByPosition(0, zhang + 3))
            alone = os.path.join(folder, "zhang.pdf")
            built, where, status = dispatch_report(self.doc, "ExportPartnerStatement", None, URL=file_url(alone))
            self.assertTrue(built, status)
            info = subprocess.run(["pdfinfo", alone], capture_output=True, text=True, check=True).stdout
            self.assertEqual("1", re.search(r"Pages:\s+(\d+)", info).group(1))
            text = pdf_text(alone)
            self.assertIn("张三", text)
            self.assertNotIn("李四", text)
            # Outside a partner's page nothing is exported.
            self.doc.CurrentController.select(report.getCellByPosition(0, 0))
            built, _, status = dispatch_report(self.doc, "ExportPartnerStatement", None, URL=file_url(alone + "2"))
            self.assertFalse(built)
            self.assertFalse(os.path.exists(alone + "2"))

    def test_role_map_is_a_coloured_grid_on_one_landscape_page(self):
        put(self.sheet, 0, 0, PEOPLE)
        built, name, status = dispatch_report(self.doc, "RoleMap", "Sheet1.A1")
        self.assertTrue(built, status)
        self.doc.calculateAll()
        report = self.doc.Sheets.getByName(name)
        rows = rows_of(report)
        grid = find_row(rows, "Influence \\ Support")
        self.assertEqual(("Support", "Neutral", "Oppose"), rows[grid][1:4])
        self.assertEqual("刘工", rows[grid + 1][3])                               # high influence, opposed
        red = report.getCellByPosition(3, grid + 1).CellBackColor
        green = report.getCellByPosition(1, grid + 1).CellBackColor
        self.assertGreater(red >> 16, red & 0xFF)                                 # reddish
        self.assertGreater((green >> 8) & 0xFF, green >> 16)                      # greenish
        people = find_row(rows, "Key people (as of this build)")
        liu = [r for r in rows[people:] if r[0] == "刘工"][0]
        self.assertIn("veto", str(liu).lower())                                   # the person's own flag
        with tempfile.TemporaryDirectory() as folder:
            self.assertEqual(1, pdf_pages(self.doc, report, os.path.join(folder, "map.pdf")))


KEY_PEOPLE = [("姓名", "职务", "商机", "角色", "影响力", "支持度", "接触程度", "反馈模式", "个人赢"),
              ("王总", "院长", "A-1", "决策者", "高", "支持", "经常", "平稳", "升职"),
              ("刘处", "设备处长", "A-1", "技术把关者", "高", "反对", "偶尔", "成长", ""),
              ("李工", "工程师", "B-2", "教练", "中", "支持", "经常", "成长", "少加班")]
PLAN_DEALS = [("商机", "客户", "阶段", "金额", "预计成交日期"),
              ("A-1", "华东理工", "谈判客户", 900000.0, serial(LAST)),
              ("B-2", "宁波海关", "意向客户", 300000.0, serial(LAST))]
RATINGS = [("客户", "规模", "预算", "关系"), ("权重", 2.0, 1.0, 1.0), ("华东理工", 5.0, 3.0, 1.0)]


class DealPlanTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        put(self.sheet, 0, 0, PLAN_DEALS)
        sheets = self.doc.Sheets
        sheets.insertNewByName("关键人物", 1)
        put(sheets.getByName("关键人物"), 0, 0, KEY_PEOPLE)
        sheets.insertNewByName("理想客户", 2)
        put(sheets.getByName("理想客户"), 0, 0, RATINGS)

    def test_the_plan_of_the_deal_at_the_cursor_on_one_page(self):
        built, name, status = dispatch_report(self.doc, "DealPlan", self.sheet.Name + ".C2")  # in A-1's row
        self.assertTrue(built, status)
        self.doc.calculateAll()
        report = self.doc.Sheets.getByName(name)
        rows = rows_of(report)
        self.assertEqual("Deal plan: A-1", rows[0][0])
        text = str(rows)
        self.assertIn("王总", text)
        self.assertIn("刘处", text)
        self.assertNotIn("李工", text)                                   # B-2's coach is not on A-1's plan
        self.assertIn("Technical buyer opposed (veto): 刘处", text)
        self.assertIn("Economic buyer supports us: 王总", text)
        self.assertIn("Economic buyer sees no gap (even keel or overconfident): 王总", text)
        self.assertIn("平稳", text)                                       # the feedback mode, live from the key-people sheet
        fit = [i for i, r in enumerate(rows) if r[5] == "Fit to the ideal customer"][0]   # the page's right half
        self.assertAlmostEqual(14.0 / 20.0, rows[fit + 1][5])            # (5×2 + 3 + 1) ÷ 20
        verdict = [r for r in rows if r[5] == "Supported"]
        self.assertEqual(0.15, verdict[0][6])                            # 80 % claimed, no supportive coach: 15 %
        # A person's edit on the key-people sheet shows at once: the plan is live there.
        self.doc.Sheets.getByName("关键人物").getCellRangeByName("H2").setString("成长")
        self.doc.calculateAll()
        self.assertIn("成长", str(rows_of(report)))
        with tempfile.TemporaryDirectory() as folder:
            self.assertEqual(1, pdf_pages(self.doc, report, os.path.join(folder, "plan.pdf")))

    def test_a_deal_by_name_and_the_fit_function(self):
        built, name, status = dispatch_report(self.doc, "DealPlan", self.sheet.Name + ".A1", Deal="b-2")
        self.assertTrue(built, status)
        self.assertEqual("Deal plan: B-2", rows_of(self.doc.Sheets.getByName(name))[0][0])
        # The header row is no deal: the plan says what to do instead of guessing.
        built, _, status = dispatch_report(self.doc, "DealPlan", self.sheet.Name + ".A1")
        self.assertFalse(built)
        self.assertIn("deal's row", status)
        cell = self.sheet.getCellRangeByName("H1")
        cell.setFormula("=ACCOUNT.FIT($'理想客户'.A3:D3;$'理想客户'.B2:D2)")
        self.doc.calculateAll()
        self.assertAlmostEqual(0.7, cell.getValue())


class PrintedReportsInChineseTest(OfficeTestCase):
    profile_name = "profile-zh-CN"
    ui_language = "zh-CN"

    def test_review_and_funnel_print_in_chinese(self):
        put(self.sheet, 0, 0, DEALS)
        built, name, status = dispatch_report(self.doc, "ForecastReview", self.sheet.Name + ".A1")
        self.assertTrue(built, status)
        self.assertEqual("预测评审", name)
        self.doc.calculateAll()
        with tempfile.TemporaryDirectory() as folder:
            review = os.path.join(folder, "review.pdf")
            self.assertEqual(1, pdf_pages(self.doc, self.doc.Sheets.getByName(name), review))
            text = pdf_text(review)
            built, funnel, status = dispatch_report(self.doc, "FunnelReport", self.sheet.Name + ".A1")
            self.assertTrue(built, status)
            self.doc.calculateAll()
            funnel_pdf = os.path.join(folder, "funnel.pdf")
            pdf_pages(self.doc, self.doc.Sheets.getByName(funnel), funnel_pdf)
            funnel_text = pdf_text(funnel_pdf)
        self.assertIn("第 1 页,共 1 页", text)
        self.assertIn("数据来源:'%s'.A1:E6" % self.sheet.Name, text)
        self.assertIn("打印日期:", text)
        for words in ("差距覆盖率", "本期目标", "赢单金额、加权预测与目标对比"):
            self.assertIn(words, text)
        # No English word a user did not type: the deals' own words are English here, so
        # only the report's labels are checked, by the words the English report would use.
        for english in ("Target", "Gap", "Period", "Review", "Page", "Offset", "Reached"):
            self.assertNotIn(english, text + funnel_text)
        self.assertIn("较上一阶段转化率 =", funnel_text)

    def test_deal_plan_in_chinese_on_one_page(self):
        put(self.sheet, 0, 0, PLAN_DEALS)
        self.doc.Sheets.insertNewByName("关键人物", 1)
        put(self.doc.Sheets.getByName("关键人物"), 0, 0, KEY_PEOPLE)
        built, name, status = dispatch_report(self.doc, "DealPlan", self.sheet.Name + ".B2")
        self.assertTrue(built, status)
        self.assertEqual("商机作战图", name)
        self.doc.calculateAll()
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "plan.pdf")
            self.assertEqual(1, pdf_pages(self.doc, self.doc.Sheets.getByName(name), path))
            text = pdf_text(path)
        for words in ("商机作战图:A-1", "单一销售目标", "采购影响者", "技术把关者反对(可一票否决):刘处", "决策者支持我们:王总",
                      "下一步行动", "第 1 页,共 1 页"):
            self.assertIn(words, text)
        for english in ("Deal plan", "Strengths", "Red flags", "Next actions", "Claimed"):
            self.assertNotIn(english, text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
