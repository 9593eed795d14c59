"""User story: a rep with no table yet chooses Key Account ▸ New Starter Workbook (or the
Funnel panel's button), gets a workbook with an opportunity table, a partner ledger and key
people in their language, with drop-down lists of the words the extension reads, and every
report works on it at once."""
import unittest

from calc_helpers import OfficeTestCase
from kat_office import dispatch_report


class StarterWorkbookTest(OfficeTestCase):
    def new_workbook(self):
        built, first, status = dispatch_report(self.doc, "NewWorkbook")
        self.assertTrue(built, status)
        components = self.office.desktop.Components.createEnumeration()
        docs = []
        while components.hasMoreElements():
            docs.append(components.nextElement())
        starter = [d for d in docs if d.supportsService("com.sun.star.sheet.SpreadsheetDocument")
                   and d.Sheets.hasByName(first) and d is not self.doc and d.Sheets.getByIndex(0).Name == first]
        self.assertEqual(1, len(starter), [d.Sheets.ElementNames for d in docs])
        self.starter = starter[0]
        self.addCleanup(self.starter.close, True)
        return self.starter, status

    def test_three_tables_with_lists_and_every_report_works(self):
        doc, status = self.new_workbook()
        self.assertEqual(("Opportunities", "Partner ledger", "Key people", "Users' seminar"), doc.Sheets.ElementNames)
        self.assertFalse(doc.isModified())                       # nothing of the user's to lose yet
        deals = doc.Sheets.getByName("Opportunities")
        self.assertEqual("Stage", deals.getCellByPosition(4, 0).getString())
        validation = deals.getCellByPosition(4, 1).Validation
        self.assertEqual("LIST", validation.Type.value)
        for stage in ("Target", "Negotiation", "Closed won", "Lost"):
            self.assertIn('"%s"' % stage, validation.getFormula1())
        self.assertFalse(validation.ShowErrorMessage)            # the team's own stage names stay allowed
        people = doc.Sheets.getByName("Key people")
        self.assertIn('"Even keel"', people.getCellByPosition(9, 1).Validation.getFormula1())
        # Every report on it, no error cell anywhere.
        for command, place in (("FunnelReport", "Opportunities.B2"), ("ForecastReview", "Opportunities.B2"),
                               ("DealPlan", "Opportunities.B2"), ("RebateStatements", "Partner ledger.A2"),
                               ("RoleMap", "Key people.A2"), ("OrgChart", "Key people.A2"),
                               ("EventReport", "Users' seminar.A2")):
            target = doc.Sheets.getByName(place.split(".")[0]).getCellRangeByName(place.split(".")[1])
            built, name, report_status = dispatch_report(doc, command, target)
            self.assertTrue(built, command + ": " + report_status)
            self.assertNotIn("Other columns", report_status)        # every column of ours is understood
            doc.calculateAll()
            report = doc.Sheets.getByName(name)
            cursor = report.createCursor()
            cursor.gotoEndOfUsedArea(False)
            area = report.getCellRangeByPosition(0, 0, cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow)
            formulas = area.getFormulaArray()
            for r, row in enumerate(formulas):
                for c, formula in enumerate(row):
                    if formula.startswith("="):
                        self.assertEqual(0, report.getCellByPosition(c, r).getError(), "%s %s at %d,%d" % (command, formula, r, c))
        # The event report: its funnel over the invitees, and the two deals the seminar sourced.
        event = doc.Sheets.getByName("Event report")
        rows = event.getCellRangeByPosition(0, 0, 4, 80).getDataArray()
        firsts = [r[0] for r in rows]
        self.assertEqual("Users' seminar", rows[firsts.index("Event")][1])   # named as its invitee sheet
        funnel = firsts.index("Step")
        self.assertEqual([3.0, 2.0, 2.0, 1.0, 1.0, 0.0], [rows[funnel + i][1] for i in range(1, 7)])
        self.assertEqual(920000.0, rows[firsts.index("Open pipeline")][1])        # 680,000 + 240,000, both open
        self.assertEqual(2.0, rows[firsts.index("Deals")][1])
        # The rep types a cost and a bigger headcount; the rebuilt report keeps the cost though
        # the backups' list above it grew.
        costs = firsts.index("Cost (type the amounts)")
        event.getCellByPosition(1, costs + 2).setValue(8000.0)
        event.getCellByPosition(1, firsts.index("Target headcount")).setValue(5.0)
        doc.Sheets.getByName("Users' seminar").getCellRangeByName("A5:D6").setDataArray(
            (("Ms Wu", "Harbour Lab", "Backup", "Invited"), ("Mr Xu", "City Hospital", "Backup", "Invited")))
        built, _, report_status = dispatch_report(doc, "EventReport", doc.Sheets.getByName("Users' seminar").getCellRangeByName("A2"))
        self.assertTrue(built, report_status)
        doc.calculateAll()
        event = doc.Sheets.getByName("Event report")
        rows = event.getCellRangeByPosition(0, 0, 4, 80).getDataArray()
        firsts = [r[0] for r in rows]
        self.assertEqual(5.0, rows[firsts.index("Target headcount")][1])
        self.assertEqual(8000.0, rows[firsts.index("Cost (type the amounts)") + 2][1])
        backups = firsts.index("Backups to call (the confirmed main list is short of the headcount)")
        self.assertEqual(["Mr Zhou", "Ms Wu", "Mr Xu"], firsts[backups + 1:backups + 4])  # 5 wanted, 2 confirmed
        # The funnel report found the key people on their own sheet (forecast hygiene).
        funnel = doc.Sheets.getByName("Funnel report")
        text = str(funnel.getCellRangeByPosition(0, 0, 6, 80).getDataArray())
        self.assertIn("Key people from", text)


class ChineseStarterWorkbookTest(OfficeTestCase):
    profile_name = "profile-zh-CN"
    ui_language = "zh-CN"

    def test_headers_and_lists_in_chinese(self):
        built, first, status = dispatch_report(self.doc, "NewWorkbook")
        self.assertTrue(built, status)
        doc = self.office.desktop.getCurrentComponent()
        self.addCleanup(doc.close, True)
        self.assertEqual(("商机", "合作伙伴台账", "关键人物", "用户研讨会"), doc.Sheets.ElementNames)
        built, name, status = dispatch_report(doc, "EventReport", doc.Sheets.getByName("用户研讨会").getCellRangeByName("A2"))
        self.assertTrue(built, status)
        self.assertEqual("活动报告", name)
        deals = doc.Sheets.getByName("商机")
        self.assertEqual("阶段", deals.getCellByPosition(4, 0).getString())
        self.assertIn('"谈判客户"', deals.getCellByPosition(4, 1).Validation.getFormula1())
        self.assertIn('"过度自信"', doc.Sheets.getByName("关键人物").getCellByPosition(9, 1).Validation.getFormula1())
        built, name, status = dispatch_report(doc, "FunnelReport", deals.getCellRangeByName("A2"))
        self.assertTrue(built, status)
        self.assertTrue(status.startswith("已识别"), status)


if __name__ == "__main__":
    unittest.main(verbosity=2)
