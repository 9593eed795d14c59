"""User story: a sales manager keeps deals on one sheet and the key people of each deal on
another, and asks which probabilities the stakeholder work does not support — in English
and in Chinese, with whole columns and header rows as people write them."""
import unittest

from calc_helpers import OfficeTestCase, put

DEALS = [("商机", "阶段", "金额", "赢率"),
         ("A", "谈判客户", 100000.0, ""),
         ("B", "立项客户", 200000.0, ""),
         ("C", "意向客户", 100000.0, ""),
         ("D", "意向客户", 50000.0, ""),
         ("E", "潜在客户", 10000.0, 0.5),
         ("W", "成交客户", 300000.0, ""),
         ("L", "输单", 80000.0, "")]
PEOPLE = [("姓名", "商机", "角色", "支持度"),
          ("王工", "A", "教练", "支持"),
          ("李工", "C", "内线", "支持"),
          ("刘工", "C", "技术把关者", "反对"),
          ("赵工", "D", "Coach", "中立")]
FORMULA = ("=PIPELINE.HYGIENE(Deals.A:A;Deals.B:B;Deals.C:C;Deals.D:D;"
           "People.B:B;People.C:C;People.D:D)")


class HygieneCase:
    REASONS = None
    TOTAL = None

    def setUp(self):
        super().setUp()
        self.sheet.setName("Deals")
        put(self.sheet, 0, 0, DEALS)
        self.doc.Sheets.insertNewByName("People", 1)
        put(self.doc.Sheets.getByName("People"), 0, 0, PEOPLE)

    def test_flagged_deals_reasons_and_supported_total(self):
        area = self.sheet.getCellRangeByName("G1:L8")
        area.setArrayFormula(FORMULA)
        self.doc.calculateAll()
        rows = area.getDataArray()
        deals = [r[0] for r in rows[1:6]]
        self.assertEqual(["A", "B", "C", "D", "E"], deals)       # W (won) and L (lost) are never flagged
        by_deal = {r[0]: r for r in rows[1:6]}
        self.assertEqual(self.REASONS["A"], by_deal["A"][5])
        self.assertEqual(self.REASONS["B"], by_deal["B"][5])
        self.assertAlmostEqual(0.30, by_deal["A"][4])             # 80 % claimed, no economic buyer: 30 %
        self.assertAlmostEqual(0.15, by_deal["B"][4])             # no coach either: 15 %
        self.assertEqual("谈判客户", by_deal["A"][1])
        total = rows[6]
        self.assertEqual(self.TOTAL, total[0])
        self.assertAlmostEqual(530000.0, total[3])                # claimed weighted forecast
        self.assertAlmostEqual(399000.0, total[4])                # what the evidence supports


class EnglishHygieneTest(HygieneCase, OfficeTestCase):
    REASONS = {"A": "economic buyer unknown", "B": "no supportive coach; economic buyer unknown"}
    TOTAL = "Total"


class ChineseHygieneTest(HygieneCase, OfficeTestCase):
    profile_name = "profile-zh-CN"
    ui_language = "zh-CN"
    REASONS = {"A": "决策者未知", "B": "没有支持我方的教练；决策者未知"}
    TOTAL = "合计"


if __name__ == "__main__":
    unittest.main()
