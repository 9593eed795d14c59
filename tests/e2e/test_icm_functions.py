"""User story: a company running the seed's partner scheme keeps one ledger sheet and gets
exact rebates from ICM.* formulas — the seed's 张三 example to the cent — and a statement
per partner and period; bad ledgers give Calc errors, never a wrong amount."""
import unittest

from calc_helpers import ERR_VALUE, OfficeTestCase, put

LEDGER = [
    ("合作伙伴", "类型", "销售金额", "回款", "日期"),
    ("张三", "直接", 40000.0, 40000.0, "2026-03-01"),
    ("張三", "直接", 60000.0, 50000.0, "2026-04-15"),
    ("张三", "间接", 30000.0, "", "2026-05-20"),
    ("李四", "Direct", "¥20,000", 20000.0, "2026-08-01"),
]


class IcmFunctionsTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        put(self.sheet, 0, 0, LEDGER)

    def test_seed_zhang_san_to_the_cent(self):
        self.assertValue(self.compute("H1", "=ICM.REBATE(D2:D3)"), 4500.0)          # 2,000 + 2,500
        self.assertValue(self.compute("H2", "=ICM.PENDING(C2:C3;D2:D3)"), 500.0)
        self.assertValue(self.compute("H3", "=ICM.BASE(D2:D3;C4)"), 102000.0)
        self.assertValue(self.compute("H4", "=ICM.VOLUME(D2:D3;C4)"), 1020.0)
        self.assertValue(self.compute("H5", '=ICM.REBATE(D2:D3;"6%")'), 5400.0)

    def test_threshold_and_tier_table(self):
        put(self.sheet, 9, 0, [(99999.99,), (0.0,)])
        self.assertValue(self.compute("H1", "=ICM.VOLUME(J1;J2)"), 0.0)              # one cent short
        self.assertValue(self.compute("H2", "=ICM.VOLUME(D2:D3;C4;200000)"), 0.0)    # custom threshold
        put(self.sheet, 11, 0, [("起始基数", "返点率"), (100000.0, 0.01), (100500.0, "2%")])
        self.assertValue(self.compute("H3", "=ICM.VOLUME(D2:D3;C4;L1:M3)"), 2040.0) # 102,000 × 2 %
        self.assertCalcError(self.compute("H4", "=ICM.VOLUME(D2:D3;C4;L1:M3;0.01)"), ERR_VALUE)

    def test_statement_array_per_partner_and_period(self):
        rng = self.sheet.getCellRangeByName("H1:R4")
        rng.setArrayFormula("=ICM.STATEMENT(A2:A5;B2:B5;C2:C5;D2:D5;E2:E5)")
        self.doc.calculateAll()
        rows = rng.getDataArray()
        self.assertEqual(rows[0][:3], ("Partner", "Period", "Direct sales"))
        self.assertEqual(rows[0][9], "Total payable")
        zhang = rows[1]
        self.assertEqual(zhang[:2], ("张三", "2026 H1"))
        self.assertEqual(zhang[2:11], (100000.0, 90000.0, 4500.0, 500.0, 30000.0, 102000.0, 1020.0, 5520.0, 0.0))
        self.assertEqual(rows[2][:2], ("李四", "2026 H2"))
        self.assertEqual(rows[2][9], 1000.0)

    def test_statement_with_policy_and_refund(self):
        put(self.sheet, 0, 5, [("张三", "直接", "", -10000.0, "2026-06-01")])
        put(self.sheet, 11, 0, [("周期", "年"), ("上限", 3000.0)])
        rng = self.sheet.getCellRangeByName("H10:R12")
        rng.setArrayFormula("=ICM.STATEMENT(A2:A6;B2:B6;C2:C6;D2:D6;E2:E6;L1:M2)")
        self.doc.calculateAll()
        zhang = rng.getDataArray()[1]
        self.assertEqual(zhang[1], "2026")
        self.assertEqual(zhang[4], 4000.0)     # 4,500 paid − 500 clawed back
        self.assertEqual(zhang[10], -500.0)    # the clawback line
        self.assertEqual(zhang[7], 92000.0)    # base lowered by the refund: below 100,000
        self.assertEqual(zhang[9], 3000.0)     # capped

    def test_bad_ledgers_are_errors(self):
        put(self.sheet, 0, 6, [("王五", "gift", 1.0, 1.0, "2026-01-01"), ("王五", "直接", 100.0, 150.0, "2026-01-01"),
                               ("王五", "直接", "lots", 1.0, "2026-01-01")])
        cases = [
            "=ICM.STATEMENT(A7;B7;C7;D7)",          # unknown type
            "=ICM.STATEMENT(A8;B8;C8;D8)",          # collected above the amount
            "=ICM.PENDING(C8;D8)",
            "=ICM.REBATE(C9)",                      # text amount
            "=ICM.STATEMENT(A2:A5;B2:B4;C2:C5;D2:D5)",  # sizes differ
            "=ICM.PENDING(C2:C3;D2:D4)",
            '=ICM.REBATE(D2:D3;"lots")',
            '=ICM.STATEMENT(A2:A5;B2:B5;C2:C5;D2:D5;E2:E5;B2:C3)',  # not a policy
        ]
        for i, formula in enumerate(cases):
            with self.subTest(formula=formula):
                self.assertCalcError(self.compute("H%d" % (i + 1), formula), ERR_VALUE)


class ChineseStatementTest(OfficeTestCase):
    profile_name = "profile-zh-CN"
    ui_language = "zh-CN"

    def test_statement_headers_and_periods_in_chinese(self):
        put(self.sheet, 0, 0, LEDGER)
        rng = self.sheet.getCellRangeByName("H1:R2")
        rng.setArrayFormula("=ICM.STATEMENT(A2:A4;B2:B4;C2:C4;D2:D4;E2:E4)")
        self.doc.calculateAll()
        rows = rng.getDataArray()
        self.assertEqual(rows[0][0], "合作伙伴")
        self.assertEqual(rows[1][1], "2026年上半年")
        self.assertEqual(rows[1][9], 5520.0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
