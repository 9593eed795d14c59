"""User story: a manager opens a real CRM export (Maven Analytics' 8,800 deals: stages
Prospecting/Engaging/Won/Lost, US M/D/YYYY dates as text, open deals without amounts) in
Calc and gets win rate, sales cycle, stalled deals and a funnel with their own stage model.
Expected values are computed here, independently, from the CSV itself."""
import csv
import datetime
import os
import unittest

from calc_helpers import OfficeTestCase, put
from kat_office import file_url, props

SOURCE = os.environ.get("KAT_SOURCE_DIR", "")
CSV = os.path.join(SOURCE, "..", "shared", "data", "crm-sales-opportunities", "sales_pipeline.csv")
TODAY = datetime.date(2017, 12, 31)


def us_date(text):
    month, day, year = (int(p) for p in text.split("/"))
    return datetime.date(year, month, day)


@unittest.skipUnless(os.path.exists(CSV), "the CRM export is not beside the repository (../shared/data/crm-sales-opportunities)")
class CrmExportTest(OfficeTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        with open(CSV, newline="", encoding="utf-8") as f:
            cls.rows = list(csv.DictReader(f))

    def setUp(self):
        # Text import as a user would open it; dates stay text ("detect special numbers" off).
        self.doc = self.office.desktop.loadComponentFromURL(
            file_url(CSV), "_blank", 0,
            props(Hidden=True, FilterName="Text - txt - csv (StarCalc)", FilterOptions="44,34,76,1,,1033,false,false"))
        self.doc.Sheets.insertNewByName("dashboard", 1)
        self.sheet = self.doc.Sheets.getByName("dashboard")
        put(self.sheet, 0, 0, [("Stage", "Win %"), ("Prospecting", 0.1), ("Engaging", 0.4), ("Won", 1.0), ("Lost", 0.0)])
        self.n = len(self.rows) + 1

    def col(self, letter):
        return "$sales_pipeline.$%s$2:$%s$%d" % (letter, letter, self.n)

    def test_export_has_the_expected_shape(self):
        self.assertEqual(len(self.rows), 8800)
        self.assertEqual(self.doc.Sheets.getByIndex(0).getCellRangeByName("E1").getString(), "deal_stage")

    def test_win_rate_cycle_stalled_and_funnel(self):
        won = [r for r in self.rows if r["deal_stage"] == "Won"]
        lost = [r for r in self.rows if r["deal_stage"] == "Lost"]
        expected_win_rate = len(won) / (len(won) + len(lost))
        cycles = [(us_date(r["close_date"]) - us_date(r["engage_date"])).days for r in won]
        expected_cycle = sum(cycles) / len(cycles)
        expected_stalled = sum(1 for r in self.rows if r["deal_stage"] in ("Prospecting", "Engaging")
                               and r["engage_date"] and (TODAY - us_date(r["engage_date"])).days > 30)
        expected_won_value = sum(float(r["close_value"]) for r in won)

        stage, engaged, closed, value = self.col("E"), self.col("F"), self.col("G"), self.col("H")
        model = "$dashboard.$A$2:$B$5"
        formulas = {
            "D1": "=PIPELINE.WINRATE(%s;%s)" % (stage, model),
            "D2": "=PIPELINE.CYCLE(%s;%s;%s;%s)" % (engaged, closed, stage, model),
            "D3": '=PIPELINE.STALLED(%s;%s;"2017-12-31")' % (stage, engaged),
            "D4": "=PIPELINE.WEIGHTED(%s;%s;;%s)" % (value, stage, model),
        }
        for address, formula in formulas.items():
            self.sheet.getCellRangeByName(address).setFormula(formula)
        table = self.sheet.getCellRangeByName("F1:K6")
        table.setArrayFormula("=PIPELINE.TABLE(%s;%s;;%s)" % (stage, value, model))
        self.doc.calculateAll()

        self.assertAlmostEqual(self.sheet.getCellRangeByName("D1").getValue(), expected_win_rate, places=12)
        self.assertAlmostEqual(self.sheet.getCellRangeByName("D2").getValue(), expected_cycle, places=9)
        self.assertEqual(self.sheet.getCellRangeByName("D3").getValue(), expected_stalled)
        self.assertAlmostEqual(self.sheet.getCellRangeByName("D4").getValue(), expected_won_value, places=6)

        rows = table.getDataArray()
        by_stage = {r[0]: r for r in rows[1:]}
        for name in ("Prospecting", "Engaging", "Won", "Lost"):
            self.assertEqual(by_stage[name][1], sum(1 for r in self.rows if r["deal_stage"] == name), name)
        self.assertEqual(by_stage["Total"][1], 8800.0)
        self.assertAlmostEqual(by_stage["Won"][2], expected_won_value, places=6)
        self.assertEqual(by_stage["Engaging"][2], 0.0)  # open deals carry no amount in this export

    def test_whole_columns_with_their_header_give_the_bounded_figures(self):
        # E:E and H:H hold the header row and a million rows; no model: the data's own.
        bounded = "=PIPELINE.WEIGHTED(%s;%s)" % (self.col("H"), self.col("E"))
        whole = "=PIPELINE.WEIGHTED($sales_pipeline.$H:$H;$sales_pipeline.$E:$E)"
        self.sheet.getCellRangeByName("D10").setFormula(bounded)
        self.sheet.getCellRangeByName("D11").setFormula(whole)
        self.sheet.getCellRangeByName("D12").setFormula("=PIPELINE.WINRATE($sales_pipeline.$E:$E)")
        self.doc.calculateAll()
        won = sum(1 for r in self.rows if r["deal_stage"] == "Won")
        lost = sum(1 for r in self.rows if r["deal_stage"] == "Lost")
        self.assertEqual(0, self.sheet.getCellRangeByName("D10").getError())
        self.assertEqual(self.sheet.getCellRangeByName("D10").getValue(), self.sheet.getCellRangeByName("D11").getValue())
        self.assertAlmostEqual(self.sheet.getCellRangeByName("D12").getValue(), won / (won + lost), places=12)

    def test_funnel_report_with_no_settings_uses_the_exports_own_stages(self):
        # No model, no mapping: the export's own stages, every deal counted, no error cell.
        from kat_office import dispatch_report
        built, name, status = dispatch_report(self.doc, "FunnelReport", "sales_pipeline.B2")
        self.assertTrue(built, status)
        self.doc.calculateAll()
        report = self.doc.Sheets.getByName(name)
        cursor = report.createCursor()
        cursor.gotoEndOfUsedArea(False)
        area = report.getCellRangeByPosition(0, 0, cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow)
        errors = [(c, r) for r, row in enumerate(area.getDataArray()) for c, _ in enumerate(row)
                  if report.getCellByPosition(c, r).getError() != 0]
        self.assertEqual([], errors)
        rows = area.getDataArray()
        top = next(i for i, r in enumerate(rows) if r[0] == "Stage")
        stage_rows = {r[0]: r for r in rows[top + 1:top + 7]}
        for stage in ("Prospecting", "Engaging", "Won", "Lost"):
            self.assertEqual(stage_rows[stage][1], sum(1 for r in self.rows if r["deal_stage"] == stage), stage)
        self.assertEqual(stage_rows["Total"][1], 8800.0)
        self.assertIn("your data's own stages", [r[5] for r in rows[:3] if len(r) > 5])


if __name__ == "__main__":
    unittest.main(verbosity=2)
