"""User story: a sales manager builds a pipeline dashboard with sheet functions alone, on
their own layout, in English or Chinese; every figure follows seed 003, array results come
with headers, and bad input gives a Calc error, never a wrong number or a crash."""
import unittest

from calc_helpers import ERR_DIV0, ERR_NA, ERR_VALUE, OfficeTestCase, put

# A small opportunity table: amount, stage (mixed scripts), category, created, closed, region, probability
DEALS = [
    ("金额", "阶段", "预测类别", "创建日期", "成交日期", "区域", "赢率"),
    (100000.0, "意向客户", "", "2026-01-05", "", "华东", ""),
    (100000.0, "意向客戶", "", "2026-02-01", "", "華東", 0.5),
    (200000.0, "谈判客户", "承诺", "2026-01-10", "", "华北", ""),
    (300000.0, "成交客户", "", "2026-01-01", "2026-03-02", "华北", ""),
    (50000.0, "输单", "", "2026-01-15", "2026-02-15", "华东", ""),
    ("40万", "Prospect", "", "1/20/2026", "", "", ""),
]
A, S, C, CR, CL, G, P = ("$A$2:$A$7", "$B$2:$B$7", "$C$2:$C$7", "$D$2:$D$7", "$E$2:$E$7", "$F$2:$F$7", "$G$2:$G$7")


class PipelineFamilyTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        put(self.sheet, 0, 0, DEALS)

    def array(self, target, formula):
        rng = self.sheet.getCellRangeByName(target)
        rng.setArrayFormula(formula)
        self.doc.calculateAll()
        return rng.getDataArray()

    def test_table_is_the_funnel_with_header_lost_and_total(self):
        rows = self.array("J1:O10", "=PIPELINE.TABLE(%s;%s;%s)" % (S, A, P))
        self.assertEqual(rows[0], ("Stage", "Deals", "Amount", "Weighted", "Win probability",
                                   "Conversion from previous stage"))
        # Stages as the data writes them (意向客户, 谈判客户, 输单 in an English office); the
        # model's English names only where the data names no deal in that stage.
        self.assertEqual([r[0] for r in rows[1:]], ["Target", "Prospect", "意向客户", "Project approved", "Endorsed",
                                                    "谈判客户", "成交客户", "输单", "Total"])
        intent = rows[3]
        self.assertEqual(intent[1:4], (2.0, 200000.0, 100000.0 * 0.3 + 100000.0 * 0.5))
        self.assertEqual(rows[2][2], 400000.0)  # "40万" read as 400,000
        total = rows[9]
        self.assertEqual(total[1], 6.0)
        self.assertEqual(total[2], 1150000.0)
        self.assertAlmostEqual(total[3], 30000 + 50000 + 160000 + 300000 + 400000 * 0.15)
        # conversion 意向 → 立项: reached 2 (谈判 + won) of 4 (two 意向, 谈判, won)
        self.assertAlmostEqual(rows[4][5], 0.5)

    def test_conversion_reached_and_cumulative(self):
        rows = self.array("J1:M8", "=PIPELINE.CONVERSION(%s)" % S)
        self.assertEqual(rows[1][1], 6.0)  # everyone entered, the lost deal too
        self.assertEqual(rows[2][1], 5.0)  # all but the lost deal reached 潜在客户
        self.assertAlmostEqual(rows[7][3], 1 / 6)

    def test_forecast_categories_and_roll_ups(self):
        rows = self.array("J1:K9", "=PIPELINE.FORECAST(%s;%s;%s;%s)" % (A, S, C, P))
        values = dict(rows[1:])
        self.assertEqual(values["Closed"], 300000.0)
        self.assertEqual(values["Commit"], 200000.0)
        self.assertEqual(values["Omitted"], 50000.0)
        self.assertEqual(values["Commit forecast"], 500000.0)
        self.assertEqual(values["Pipeline"], 600000.0)  # two 意向 + 40万 Prospect
        self.assertAlmostEqual(values["Expected"], 500000.0 + 30000 + 50000 + 60000)

    def test_coverage_three_times_rule(self):
        self.assertValue(self.compute("J1", "=PIPELINE.COVERAGE(%s;200000;%s)" % (A, S)), 800000 / 200000)
        self.assertValue(self.compute("J2", "=PIPELINE.COVERAGE(%s;1150000)" % A), 1.0)
        self.assertCalcError(self.compute("J3", "=PIPELINE.COVERAGE(%s;0)" % A), ERR_DIV0)

    def test_split_seed_seventy_thirty(self):
        put(self.sheet, 9, 0, [(0.7, 0.3)])
        self.assertEqual(self.array("J2:K2", "=PIPELINE.SPLIT(1000000;0.1;J1:K1)")[0], (70000.0, 30000.0))
        self.assertEqual(self.array("J3:K3", '=PIPELINE.SPLIT(1000000;"100%";J1:K1)')[0], (700000.0, 300000.0))
        put(self.sheet, 9, 5, [(-0.3,)])
        self.assertCalcError(self.compute("K6", "=PIPELINE.SPLIT(1000000;0.1;J6)"), ERR_VALUE)

    def test_win_rate_and_cycle(self):
        self.assertValue(self.compute("J1", "=PIPELINE.WINRATE(%s)" % S), 0.5)
        # the only won deal: 2026-01-01 → 2026-03-02 = 60 days
        self.assertValue(self.compute("J2", "=PIPELINE.CYCLE(%s;%s;%s)" % (CR, CL, S)), 60.0)

    def test_stalled_with_default_and_stage_limits(self):
        put(self.sheet, 9, 0, [("阶段", "天数"), ("意向客户", 45.0)])
        # today 2026-02-20: 意向 since 01-05 (46 d) and 02-01 (19 d); 谈判 since 01-10 (41 d); Prospect 01-20 (31 d)
        self.assertValue(self.compute("L1", '=PIPELINE.STALLED(%s;%s;"2026-02-20")' % (S, CR)), 3.0)
        self.assertValue(self.compute("L2", '=PIPELINE.STALLED(%s;%s;"2026-02-20";J1:K2)' % (S, CR)), 3.0)
        # a day earlier: 意向 at exactly its 45 days and Prospect at exactly 30 are not past their limit
        self.assertValue(self.compute("L3", '=PIPELINE.STALLED(%s;%s;"2026-02-19";J1:K2)' % (S, CR)), 1.0)

    def test_by_group_merges_scripts_and_totals(self):
        rows = self.array("J1:O5", "=PIPELINE.BYGROUP(%s;%s;%s)" % (G, A, S))
        self.assertEqual(rows[0][0], "Group")
        self.assertEqual(rows[1][0], "华东")
        self.assertEqual(rows[1][1], 3.0)          # 华东 and 華東 are one region
        self.assertEqual(rows[2][4], 300000.0)     # 华北 won amount
        self.assertEqual(rows[3][0], "(blank)")
        self.assertEqual(rows[4][0], "Total")

    def test_calibrate_against_history(self):
        put(self.sheet, 9, 0, [("谈判客户", "Won"), ("意向客户", "输单"), ("谈判客户", "Lost")])
        rows = self.array("L1:Q8", "=PIPELINE.CALIBRATE(J1:J3;K1:K3)")
        self.assertEqual(rows[3][1], 3.0)
        self.assertAlmostEqual(rows[6][3], 0.5)
        self.assertAlmostEqual(rows[6][4], 0.8)

    def test_user_model_range_in_every_function(self):
        put(self.sheet, 0, 10, [("Prospecting", 0.1), ("Engaging", 0.4), ("Won", 1.0), ("Lost", 0.0)])
        put(self.sheet, 3, 10, [(1000.0, "Prospecting"), (1000.0, "engaging"), (500.0, "Won"), (700.0, "Lost")])
        model = "$A$11:$B$14"
        rows = self.array("J11:O16", "=PIPELINE.TABLE(E11:E14;D11:D14;;%s)" % model)
        # The data's own spelling ("engaging") labels its stage, so a lookup of it matches.
        self.assertEqual([r[0] for r in rows[1:]], ["Prospecting", "engaging", "Won", "Lost", "Total"])
        self.assertAlmostEqual(rows[5][3], 100 + 400 + 500)
        self.assertValue(self.compute("J20", "=PIPELINE.WINRATE(E11:E14;%s)" % model), 0.5)

    def test_pareto_and_campaign_roi(self):
        put(self.sheet, 9, 0, [(5.0,), (50.0,), (2.0,), (25.0,), (10.0,), (3.0,), (5.0,)])
        classes = [r[0] for r in self.array("K1:K7", "=ACCOUNT.PARETO(J1:J7)")]
        self.assertEqual(classes, ["B", "A", "C", "A", "A", "C", "B"])
        put(self.sheet, 12, 0, [("客户集成会", 50000.0, 40.0), ("SEM", 20000.0, 0.0)])
        put(self.sheet, 12, 4, [("客户集成会", 200000.0, "成交客户"), ("客户集成会", 100000.0, "意向客户")])
        rows = self.array("Q1:Y4", "=CAMPAIGN.ROI(M1:M2;N1:N2;O1:O2;M5:M6;N5:N6;O5:O6)")
        self.assertEqual(rows[0][8], "ROI")
        self.assertEqual(rows[1][3], 1250.0)
        self.assertAlmostEqual(rows[1][8], 3.0)
        self.assertCalcError(self.sheet.getCellRangeByName("T3"), ERR_DIV0)  # SEM: no attendees

    def test_bad_input_is_an_error_never_a_wrong_number(self):
        put(self.sheet, 9, 0, [(1.0, "意向客户", "soon", "maybe"), ("lots", "Someday", "", "")])
        cases = [
            ("=PIPELINE.TABLE(K2;J1)", ERR_NA),                    # unknown stage
            ("=PIPELINE.TABLE(K1:K2;J1:J2)", ERR_VALUE),           # text amount (read before the stage)
            ("=PIPELINE.TABLE(K1:K1;J1:J2)", ERR_VALUE),           # sizes differ
            ("=PIPELINE.FORECAST(J1:J1;K1:K1;M1:M1)", ERR_VALUE),  # unknown category
            ("=PIPELINE.CYCLE(L1;L1;K1)", ERR_VALUE),              # a date that is not a date
            ("=PIPELINE.WINRATE(K1)", ERR_DIV0),                   # nothing closed yet
            ('=PIPELINE.STALLED(K1;L1;"2026-01-01")', ERR_VALUE),
            ('=PIPELINE.STALLED(K1;D2;"tomorrow")', ERR_VALUE),
            ("=PIPELINE.COVERAGE(J1:J2;100)", ERR_VALUE),          # text amount
            ('=PIPELINE.COVERAGE(J1;"big")', ERR_VALUE),
            ("=ACCOUNT.PARETO(J1:J2)", ERR_VALUE),
            ("=ACCOUNT.PARETO(J1;0.9;0.5)", ERR_VALUE),
            ('=PIPELINE.BYGROUP(K2;J1;K2)', ERR_NA),
            ("=PIPELINE.CALIBRATE(K1;M1)", ERR_VALUE),
        ]
        for i, (formula, code) in enumerate(cases):
            with self.subTest(formula=formula):
                self.assertCalcError(self.compute("R%d" % (i + 1), formula), code)
        self.assertTrue(self.office.alive())


class ChinesePipelineFamilyTest(OfficeTestCase):
    """The same functions in a zh-CN office answer with Chinese headers."""

    profile_name = "profile-zh-CN"
    ui_language = "zh-CN"

    def test_table_and_forecast_headers_in_chinese(self):
        put(self.sheet, 0, 0, [(100.0, "意向客户"), (200.0, "成交客户")])
        rng = self.sheet.getCellRangeByName("D1:I10")
        rng.setArrayFormula("=PIPELINE.TABLE(B1:B2;A1:A2)")
        self.doc.calculateAll()
        rows = rng.getDataArray()
        self.assertEqual(rows[0][0], "阶段")
        self.assertEqual(rows[1][0], "目标客户")
        self.assertEqual(rows[9][0], "合计")


if __name__ == "__main__":
    unittest.main(verbosity=2)
