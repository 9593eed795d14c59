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


if __name__ == "__main__":
    unittest.main(verbosity=2)
