"""User story: a sales manager's weekly review — this quarter, per rep: target, won,
committed, weighted, the gap and whether the open pipeline covers it; and the split credit
of shared deals — written with sheet functions over the team's own table."""
import unittest

from calc_helpers import OfficeTestCase, put

DEALS = [("商机", "负责人", "阶段", "金额", "预计成交日期", "预测类别"),
         ("D1", "张三", "成交客户", 300.0, "2026-01-11", ""),
         ("D2", "张三", "成交客户", 500.0, "2026-04-06", ""),      # won, but next quarter
         ("D3", "张三", "谈判客户", 200.0, "2026-03-31", "承诺"),
         ("D4", "张三", "意向客户", 100.0, "2026-01-01", ""),
         ("D5", "李四", "谈判客户", 1000.0, "2026-04-01", ""),      # outside the quarter
         ("D6", "王五", "意向客户", 400.0, "2026-02-01", "")]       # a rep with no target
TARGETS = [("负责人", "目标"), ("张三", 1000.0), ("李四", 2000.0)]
SPLITS = [("商机", "成员", "份额"), ("D3", "张三", 70.0), ("D3", "李四", 30.0), ("D6", "王五", 0.5), ("D6", "张三", 0.4)]


class ForecastReviewTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        put(self.sheet, 0, 0, DEALS)
        put(self.sheet, 8, 0, TARGETS)
        put(self.sheet, 11, 0, SPLITS)

    def array(self, target, formula):
        area = self.sheet.getCellRangeByName(target)
        area.setArrayFormula(formula)
        self.doc.calculateAll()
        return area.getDataArray()

    def test_quarter_review_per_rep(self):
        rows = self.array("P20:Y24", '=PIPELINE.REVIEW(B:B;D:D;C:C;E:E;I1:J3;"2026-01-01";"2026-03-31";F:F)')
        self.assertEqual(("Group", "Target"), rows[0][:2])
        by_rep = {r[0]: r for r in rows[1:]}
        self.assertEqual(["张三", "李四", "王五", "Total"], [r[0] for r in rows[1:]])
        zhang = by_rep["张三"]
        self.assertEqual((1000.0, 300.0, 500.0), zhang[1:4])          # target, won (D2 is next quarter), commit
        self.assertAlmostEqual(300 + 160 + 30, zhang[5])              # weighted, won at 100 %
        self.assertEqual((700.0, 300.0), (zhang[6], zhang[7]))        # gap, open pipeline
        self.assertAlmostEqual(300 / 700, zhang[8])
        self.assertAlmostEqual(0.3, zhang[9])
        self.assertEqual((2000.0, 0.0), (by_rep["李四"][1], by_rep["李四"][7]))  # D5 closes April 1st
        self.assertEqual("", by_rep["王五"][1])                        # no target: none invented
        self.assertEqual(400.0, by_rep["王五"][7])

    def test_split_credit_and_shares_that_do_not_add_up(self):
        rows = self.array("P30:S35", "=PIPELINE.CREDIT(A2:A7;D2:D7;C2:C7;L2:L5;M2:M5;N2:N5)")
        by_member = {r[0]: r for r in rows[1:]}
        self.assertAlmostEqual(200 * 0.8 * 0.7 + 400 * 0.3 * 0.4, by_member["张三"][2])   # amount × probability × share
        self.assertAlmostEqual(200 * 0.8 * 0.3, by_member["李四"][2])
        self.assertEqual(["张三", "李四", "王五", "Total"], [r[0] for r in rows[1:5]])
        self.assertIn("D6", rows[5][0])                                 # 50 % + 40 %: reported
        self.assertIn("90", rows[5][0])


if __name__ == "__main__":
    unittest.main()
