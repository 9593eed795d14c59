"""User story: a sales manager prints every report of the shipped sample workbook (and a
9-person organisation, a two-partner ledger, an event's invitees), in English and in a
Chinese office, and hands the pages out. Each report prints one page wide, on as many pages
as it should (9-person org chart: 1; two partners: 2, one each), with its name, source and
date in the header and "page n of m" in the footer, and no English word in the Chinese
print. The pages are kept as PDF and PNG under build/report-pages/<office>/<language>/ for
a person to look at (docs/images/ holds the ones the docs show)."""
import datetime
import os
import re
import shutil
import subprocess
import unittest

import uno

from calc_helpers import OfficeTestCase, put
from kat_office import dispatch_report, file_url, props

SAMPLE = os.path.join(os.environ.get("KAT_SOURCE_DIR", "../.."), "samples", "opportunities.ods")
BUILD = os.environ.get("KAT_BUILD_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "build"))
OFFICE = os.path.basename(os.environ.get("KAT_OFFICE_ROOT", "test-office"))

# Nine people in two levels under one general manager: one page.
NINE = [("姓名", "职务", "上级", "角色", "影响力", "支持度", "接触程度", "我方对应人"),
        ("王总", "总经理", "", "决策者", "高", "支持", "经常", "李经理"),
        ("刘工", "技术总监", "王总", "技术把关者", "高", "反对", "偶尔", ""),
        ("陈主任", "设备科主任", "刘工", "使用者", "中", "支持", "经常", ""),
        ("赵会计", "财务经理", "王总", "", "中", "中立", "无", ""),
        ("周秘书", "秘书", "王总", "内线", "低", "支持", "有", ""),
        ("孙会计", "会计", "赵会计", "", "低", "", "", ""),
        ("钱工", "工程师", "刘工", "使用者", "低", "中立", "偶尔", ""),
        ("吴工", "工程师", "刘工", "", "低", "", "", ""),
        ("郑主任", "采购主任", "王总", "技术把关者", "中", "中立", "有", "")]
LEDGER = [("合作伙伴", "客户", "类型", "销售金额", "回款", "日期"),
          ("张三", "华东理工", "直接", 40000.0, 40000.0, "2026-03-01"),
          ("张三", "浙江大学", "直接", 60000.0, 50000.0, "2026-04-15"),
          ("张三", "厦门大学", "间接", 30000.0, "", "2026-05-20"),
          ("李四", "宁波海关", "直接", 20000.0, 20000.0, "2026-08-01")]
INVITEES = [("姓名", "名单", "状态", "客户", "意向"),
            ("王院长", "正式", "已到场", "华东理工", "有"),
            ("李主任", "正式", "已确认", "浙江大学", ""),
            ("张工", "正式", "已确认、婉拒", "厦门大学", ""),
            ("钱老师", "备选", "已邀请", "宁波海关", "")]


def pdf_info(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    width, height = (float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    return pages, width > height


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


class ReportPagesCase:
    """The prints, once per UI language (the two classes below)."""
    LANGUAGE = None
    NAMES = None      # report command → the sheet's name in this language
    PAGE_ONE = None   # "Page 1 of {n}" in this language

    def setUp(self):
        self.folder = os.path.join(BUILD, "report-pages", OFFICE, self.LANGUAGE)
        os.makedirs(self.folder, exist_ok=True)
        copy = os.path.join(self.folder, "opportunities.ods")
        shutil.copyfile(SAMPLE, copy)
        self.doc = self.office.open(copy)
        sheets = self.doc.Sheets
        for name, rows in (("Org", NINE), ("Ledger", LEDGER), ("Invitees", INVITEES)):
            sheets.insertNewByName(name, sheets.Count)
            put(sheets.getByName(name), 0, 0, rows)
        self.deals = sheets.getByIndex(0).Name

    def print_report(self, command, cell, **arguments):
        """Builds the report, exports its sheet to PDF and PNG (kept), and returns (pages,
        landscape, text of all pages)."""
        built, name, status = dispatch_report(self.doc, command, cell, **arguments)
        self.assertTrue(built, status)
        self.assertEqual(self.NAMES[command], name)
        self.doc.calculateAll()
        report = self.doc.Sheets.getByName(name)
        style = self.doc.StyleFamilies.getByName("PageStyles").getByName(report.PageStyle)
        self.assertEqual(1, style.ScaleToPagesX, "%s is not one page wide" % command)
        path = os.path.join(self.folder, command + ".pdf")
        self.doc.storeToURL(file_url(path), props(FilterName="calc_pdf_Export", FilterData=uno.Any(
            "[]com.sun.star.beans.PropertyValue", props(Selection=report))))
        for old in [f for f in os.listdir(self.folder) if f.startswith(command + "-") and f.endswith(".png")]:
            os.remove(os.path.join(self.folder, old))
        subprocess.run(["pdftoppm", "-r", "60", "-png", path, os.path.join(self.folder, command)], check=True, timeout=120)
        pages, landscape = pdf_info(path)
        text = pdf_text(path)
        # The header and footer of every page: source, name, date printed; page n of m.
        for n, page in enumerate(text.split("\f")[:pages], start=1):
            self.assertIn(name, page)
            self.assertIn(self.PAGE_ONE.format(n, pages), page)
            self.assertIn(str(datetime.date.today().year), page)
        pngs = [f for f in os.listdir(self.folder) if f.startswith(command + "-") and f.endswith(".png")]
        self.assertEqual(pages, len(pngs))
        return pages, landscape, text

    def test_funnel_report(self):
        pages, _, text = self.print_report("FunnelReport", self.deals + ".B3")
        self.assertLessEqual(pages, 2)   # the sample's 65 deals: funnel and forecast, then the hygiene list

    def test_forecast_review(self):
        pages, landscape, _ = self.print_report("ForecastReview", self.deals + ".B3")
        self.assertEqual((1, True), (pages, landscape))

    def test_deal_plan(self):
        pages, landscape, _ = self.print_report("DealPlan", self.deals + ".B3")
        self.assertEqual((1, True), (pages, landscape))

    def test_nine_person_org_chart_on_one_page(self):
        pages, landscape, _ = self.print_report("OrgChart", "Org.A2")
        self.assertEqual((1, True), (pages, landscape))

    def test_role_map_on_one_page(self):
        pages, landscape, _ = self.print_report("RoleMap", "Org.A2")
        self.assertEqual((1, True), (pages, landscape))

    def test_two_partners_two_pages(self):
        pages, _, text = self.print_report("RebateStatements", "Ledger.A2")
        self.assertEqual(2, pages)
        first, second = text.split("\f")[:2]
        self.assertIn("张三", first)
        self.assertNotIn("李四", first)
        self.assertIn("李四", second)
        self.assertNotIn("张三", second)

    def test_event_report_on_one_page(self):
        pages, landscape, _ = self.print_report("EventReport", "Invitees.A2")
        self.assertEqual((1, True), (pages, landscape))


class EnglishReportPagesTest(ReportPagesCase, OfficeTestCase):
    LANGUAGE = "en-US"
    NAMES = {"FunnelReport": "Funnel report", "ForecastReview": "Forecast review", "DealPlan": "Deal plan",
             "OrgChart": "Org chart", "RoleMap": "Role map", "RebateStatements": "Rebate statements",
             "EventReport": "Event report"}
    PAGE_ONE = "Page {} of {}"


class ChineseReportPagesTest(ReportPagesCase, OfficeTestCase):
    LANGUAGE = "zh-CN"
    profile_name = "profile-zh-CN"
    ui_language = "zh-CN"
    NAMES = {"FunnelReport": "漏斗报告", "ForecastReview": "预测评审", "DealPlan": "商机作战图", "OrgChart": "组织结构图",
             "RoleMap": "角色地图", "RebateStatements": "返点对账单", "EventReport": "活动报告"}
    PAGE_ONE = "第 {} 页,共 {} 页"

    def print_report(self, command, cell, **arguments):
        pages, landscape, text = super().print_report(command, cell, **arguments)
        # No English word of ours in a Chinese print (the data here are all Chinese; the
        # Latin letters left are the sample's product codes and the source range's sheet).
        for english in ("Page", "Source", "Printed", "Total", "Stage", "Target", "Partner", "Rebate", "Influence",
                        "Support", "Role", "Event", "Deal", "Cost", "Backup"):
            self.assertNotIn(english, text, command)
        return pages, landscape, text


if __name__ == "__main__":
    unittest.main(verbosity=2)
