"""User story: a manager points the functions at ranges the way Calc users write them — a
header row included (B1:B8), whole columns (B:B) — and in every family gets exactly what the
bounded data range gives; results name stages as the data writes them, in either office
language."""
import unittest

from calc_helpers import OfficeTestCase, put

DEALS = [
    ("销售阶段", "商机金额", "区域"),
    ("意向客户", 100000.0, "华东"),
    ("谈判客户", 200000.0, "华北"),
    ("成交客户", 300000.0, "华北"),
    ("输单", 50000.0, "华东"),
]
LEDGER = [("合作伙伴", "类型", "金额", "回款"), ("张三", "直接", 40000.0, 40000.0), ("张三", "直接", 60000.0, 50000.0),
          ("张三", "间接", 30000.0, "")]
PEOPLE = [("姓名", "上级", "角色", "影响力", "支持度", "接触程度"),
          ("王总", "", "决策者", "高", "支持", "经常接触"),
          ("刘工", "王总", "技术把关者", "高", "反对", "接触很少"),
          ("赵工", "刘工", "教练", "中", "支持", "从来没有接触")]
CAMPAIGNS = [("活动", "成本", "参会人数"), ("春季峰会", 10000.0, 40.0)]
CAMPAIGN_DEALS = [("活动", "金额", "阶段"), ("春季峰会", 50000.0, "成交客户"), ("春季峰会", 20000.0, "意向客户")]

# (family, bounded formula, headed formula, whole-column formula): the same answer expected.
CASES = [
    ("PIPELINE.WEIGHTED", "=PIPELINE.WEIGHTED(Deals.B2:B5;Deals.A2:A5)", "=PIPELINE.WEIGHTED(Deals.B1:B5;Deals.A1:A5)",
     "=PIPELINE.WEIGHTED(Deals.B:B;Deals.A:A)"),
    ("PIPELINE.WINRATE", "=PIPELINE.WINRATE(Deals.A2:A5)", "=PIPELINE.WINRATE(Deals.A1:A5)", "=PIPELINE.WINRATE(Deals.A:A)"),
    ("PIPELINE.COVERAGE", "=PIPELINE.COVERAGE(Deals.B2:B5;100000;Deals.A2:A5)",
     "=PIPELINE.COVERAGE(Deals.B1:B5;100000;Deals.A1:A5)", "=PIPELINE.COVERAGE(Deals.B:B;100000;Deals.A:A)"),
    ("ICM.REBATE", "=ICM.REBATE(Ledger.D2:D4)", "=ICM.REBATE(Ledger.D1:D4)", "=ICM.REBATE(Ledger.D:D)"),
    ("ICM.PENDING", "=ICM.PENDING(Ledger.C2:C3;Ledger.D2:D3)", "=ICM.PENDING(Ledger.C1:C3;Ledger.D1:D3)", None),
    ("ROLE.COVERAGE", "=ROLE.COVERAGE(People.C2:C4;People.E2:E4;People.F2:F4)",
     "=ROLE.COVERAGE(People.C1:C4;People.E1:E4;People.F1:F4)", "=ROLE.COVERAGE(People.C:C;People.E:E;People.F:F)"),
    ("ORG.DEPTH", '=ORG.DEPTH("赵工";People.A2:A4;People.B2:B4)', '=ORG.DEPTH("赵工";People.A1:A4;People.B1:B4)',
     '=ORG.DEPTH("赵工";People.A:A;People.B:B)'),
]

# Array functions: (bounded, headed, whole) compared cell by cell.
ARRAYS = [
    ("PIPELINE.TABLE", "=PIPELINE.TABLE(Deals.A2:A5;Deals.B2:B5)", "=PIPELINE.TABLE(Deals.A1:A5;Deals.B1:B5)",
     "=PIPELINE.TABLE(Deals.A:A;Deals.B:B)", (10, 6)),
    ("PIPELINE.BYGROUP", "=PIPELINE.BYGROUP(Deals.C2:C5;Deals.B2:B5;Deals.A2:A5)",
     "=PIPELINE.BYGROUP(Deals.C1:C5;Deals.B1:B5;Deals.A1:A5)", "=PIPELINE.BYGROUP(Deals.C:C;Deals.B:B;Deals.A:A)", (4, 6)),
    ("ICM.STATEMENT", "=ICM.STATEMENT(Ledger.A2:A4;Ledger.B2:B4;Ledger.C2:C4;Ledger.D2:D4)",
     "=ICM.STATEMENT(Ledger.A1:A4;Ledger.B1:B4;Ledger.C1:C4;Ledger.D1:D4)",
     "=ICM.STATEMENT(Ledger.A:A;Ledger.B:B;Ledger.C:C;Ledger.D:D)", (2, 11)),
    ("ROLE.MATRIX", "=ROLE.MATRIX(People.A2:A4;People.D2:D4;People.E2:E4)",
     "=ROLE.MATRIX(People.A1:A4;People.D1:D4;People.E1:E4)", "=ROLE.MATRIX(People.A:A;People.D:D;People.E:E)", (4, 4)),
    ("ORG.CHECK", "=ORG.CHECK(People.A2:A4;People.B2:B4)", "=ORG.CHECK(People.A1:A4;People.B1:B4)",
     "=ORG.CHECK(People.A:A;People.B:B)", (1, 1)),
    ("CAMPAIGN.ROI", "=CAMPAIGN.ROI(Camps.A2:A2;Camps.B2:B2;Camps.C2:C2;Camps.E2:E3;Camps.F2:F3;Camps.G2:G3)",
     "=CAMPAIGN.ROI(Camps.A1:A2;Camps.B1:B2;Camps.C1:C2;Camps.E1:E3;Camps.F1:F3;Camps.G1:G3)", None, (3, 9)),
]


class RangesAsWrittenTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        sheets = self.doc.Sheets
        self.sheet.setName("Deals")
        put(self.sheet, 0, 0, DEALS)
        for name, rows in (("Ledger", LEDGER), ("People", PEOPLE), ("Camps", CAMPAIGNS)):
            sheets.insertNewByName(name, sheets.getCount())
            put(sheets.getByName(name), 0, 0, rows)
        put(sheets.getByName("Camps"), 4, 0, CAMPAIGN_DEALS)
        sheets.insertNewByName("Out", sheets.getCount())
        self.out = sheets.getByName("Out")

    def values(self, cell):
        return (cell.getError(), cell.getValue(), cell.getString())

    def test_single_answers_are_the_same_with_a_header_row_or_a_whole_column(self):
        for row, (name, bounded, headed, whole) in enumerate(CASES):
            with self.subTest(function=name):
                cells = []
                for col, formula in enumerate((bounded, headed, whole)):
                    if formula is None:
                        continue
                    cell = self.out.getCellByPosition(col, row)
                    cell.setFormula(formula)
                    cells.append(cell)
                self.doc.calculateAll()
                first = self.values(cells[0])
                self.assertEqual(0, first[0], "%s gives error %d" % (bounded, first[0]))
                for cell in cells[1:]:
                    self.assertEqual(first, self.values(cell), cell.getFormula())

    def test_array_answers_are_the_same_with_a_header_row_or_a_whole_column(self):
        for name, bounded, headed, whole, (rows, cols) in ARRAYS:
            with self.subTest(function=name):
                results = []
                for i, formula in enumerate((bounded, headed, whole)):
                    if formula is None:
                        continue
                    top = 20 * i
                    area = self.out.getCellRangeByPosition(10, top, 10 + cols - 1, top + rows - 1)
                    area.setArrayFormula(formula)
                    self.doc.calculateAll()
                    results.append([[self.values(area.getCellByPosition(c, r)) for c in range(cols)] for r in range(rows)])
                    area.setArrayFormula("")
                self.assertTrue(all(e == 0 for row in results[0] for e, _, _ in row[:1]), (name, results[0]))
                for other in results[1:]:
                    self.assertEqual(results[0], other, name)

    def test_stage_rows_keep_the_datas_own_names(self):
        area = self.out.getCellRangeByName("A30:F39")
        area.setArrayFormula("=PIPELINE.TABLE(Deals.A:A;Deals.B:B)")
        self.doc.calculateAll()
        names = [area.getCellByPosition(0, r).getString() for r in range(10)]
        # An English office: the data's Chinese names where it has them, the model's English
        # names for stages the data does not use.
        self.assertIn("谈判客户", names)
        self.assertIn("意向客户", names)
        self.assertIn("Target", names)


class ChineseOfficeEnglishDataTest(OfficeTestCase):
    ui_language = "zh-CN"
    profile_name = "profile-zh-CN"

    def test_english_stage_names_stay_english_in_a_chinese_office(self):
        put(self.sheet, 0, 0, [("Stage", "Amount"), ("Negotiation", 100.0), ("Intent", 50.0)])
        area = self.sheet.getCellRangeByName("D1:I10")
        area.setArrayFormula("=PIPELINE.TABLE(A:A;B:B)")
        self.doc.calculateAll()
        names = [area.getCellByPosition(0, r).getString() for r in range(10)]
        self.assertEqual("阶段", names[0])           # headers in the office's language
        self.assertIn("Negotiation", names)
        self.assertIn("Intent", names)
        self.assertIn("目标客户", names)              # a stage the data does not use


if __name__ == "__main__":
    unittest.main()
