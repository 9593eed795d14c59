"""User story: a rep keeps a plain stakeholder list of the customer (in Chinese or English)
and sees from ROLE.* and ORG.* formulas who decides, who is missing, who opposes and how
the organisation hangs together; broken lists give a Calc error or a reported problem,
never a crash or a hang."""
import unittest

from calc_helpers import ERR_NA, ERR_VALUE, OfficeTestCase, put

# 姓名 | 职务 | 上级 | 角色 | 影响力 | 支持度 | 接触 | 对应人 — rows 2…6. Roles in both
# scripts; 陈主任's support is a −5…+5 rating, 赵会计's a neutral 0.
PEOPLE_ZH = [
    ("姓名", "职务", "上级", "角色", "影响力", "支持度", "接触", "对应人"),
    ("王总", "总经理", "", "決策者", "高", "支持", "经常", "李经理"),
    ("刘工", "技术总监", "王总", "技术把关者", "高", "反对", "偶尔", ""),
    ("陈主任", "设备科主任", "刘工", "使用者", "中", 3.0, "经常", ""),
    ("赵会计", "财务经理", "王总", "掌握财务者", "中", 0.0, "无", ""),
    ("周秘书", "秘书", "王总", "守门人", "低", "中立", "有", ""),
]

PEOPLE_EN = [
    ("Name", "Title", "Reports to", "Role", "Influence", "Support", "Contact", "Counterpart"),
    ("Ann Lee", "CEO", "", "Economic buyer", "High", "Neutral", "none", ""),
    ("Bob Ray", "CIO", "Ann Lee", "Technical buyer", "High", "Support", "frequent", "Our SE"),
    ("Cy Wu", "Ops lead", "Bob Ray", "Coach", "Medium", 4.0, "frequent", ""),
    ("Di Fox", "Analyst", "Cy Wu", "User buyer", "Low", "Support", "some", ""),
]


class StakeholderFunctionsTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        put(self.sheet, 0, 0, PEOPLE_ZH)

    def array(self, address, formula):
        rng = self.sheet.getCellRangeByName(address)
        rng.setArrayFormula(formula)
        self.doc.calculateAll()
        return rng.getDataArray()

    def rows_of(self, address, formula):
        """How many rows an array function returns (a too-large array range pads with #N/A)."""
        cell = self.compute(address, "=ROWS(%s)" % formula.lstrip("="))
        self.assertEqual(cell.getError(), 0, "error %d for %s" % (cell.getError(), formula))
        return int(cell.getValue())

    def text_of(self, address, formula):
        cell = self.compute(address, formula)
        self.assertEqual(cell.getError(), 0, "error %d for %s" % (cell.getError(), formula))
        return cell.getString()

    def test_normalize_aliases_of_both_seeds_and_scripts(self):
        cases = {"教练": "COACH", "内线": "COACH", "使用者": "USER", "技术指导者": "TECHNICAL",
                 "拍板人": "ECONOMIC", "財務決策者": "ECONOMIC", "守门人": "GATEKEEPER", "影响者": "INFLUENCER",
                 "执行者": "EXECUTOR", "掌握财务者": "FINANCE", "Economic Buyer": "ECONOMIC",
                 "ＣＯＡＣＨ": "COACH", "decision maker": "ECONOMIC"}
        put(self.sheet, 10, 0, [(alias,) for alias in cases])
        for row, (alias, code) in enumerate(cases.items(), start=1):
            with self.subTest(alias=alias):
                self.assertEqual(self.text_of("M%d" % row, "=ROLE.NORMALIZE(K%d)" % row), code)
        self.assertCalcError(self.compute("N1", '=ROLE.NORMALIZE("销售代表")'), ERR_NA)
        self.assertCalcError(self.compute("N2", '=ROLE.NORMALIZE("")'), ERR_NA)

    def test_normalize_a_whole_column(self):
        rows = self.array("K1:K5", "=ROLE.NORMALIZE(D2:D6)")
        self.assertEqual([r[0] for r in rows], ["ECONOMIC", "TECHNICAL", "USER", "FINANCE", "GATEKEEPER"])

    def test_matrix_places_everyone_by_influence_and_support(self):
        rows = self.array("K1:N4", "=ROLE.MATRIX(A2:A6;E2:E6;F2:F6)")
        self.assertEqual(rows[0], ("Influence \\ Support", "Support", "Neutral", "Oppose"))
        self.assertEqual(rows[1], ("High influence", "王总", "", "刘工"))
        self.assertEqual(rows[2], ("Medium influence", "陈主任", "赵会计", ""))   # rating 3 → support, 0 → neutral
        self.assertEqual(rows[3], ("Low influence", "", "周秘书", ""))

    def test_coverage_of_the_four_buying_influences(self):
        # Economic 1 (identified ½ + supportive ¼ + frequent ¼), Technical ⅝ (opposed, some
        # contact ⅛), User 1, Coach 0 → 2.625 / 4.
        self.assertValue(self.compute("K1", "=ROLE.COVERAGE(D2:D6;F2:F6;G2:G6)"), 0.65625)
        put(self.sheet, 3, 5, [("内线",)])    # 周秘书 turns out to be our coach: neutral, some contact → ¾
        self.assertValue(self.compute("K2", "=ROLE.COVERAGE(D2:D6;F2:F6;G2:G6)"), (1 + 0.625 + 1 + 0.75) / 4)

    def test_risks_most_severe_first(self):
        risks = "=ROLE.RISKS(A2:A6;D2:D6;E2:E6;F2:F6;G2:G6;H2:H6)"
        rows = self.array("K1:M2", risks)
        self.assertTrue(rows[0][0].startswith("No coach"), rows[0][0])
        self.assertEqual(rows[0][1:], ("Critical", ""))
        self.assertEqual(rows[1], ("Technical buyer opposed (veto): 刘工", "Critical", "刘工"))
        self.assertEqual(self.rows_of("K5", risks), 2)   # 刘工 is flagged once, for the veto

    def test_each_red_flag_of_an_english_list(self):
        put(self.sheet, 10, 0, PEOPLE_EN)
        risks = "=ROLE.RISKS(K2:K5;N2:N5;O2:O5;P2:P5;Q2:Q5%s)"
        # Ann is neutral and uncontacted: flagged once, for the graver of the two.
        rows = self.array("U1:W1", risks % ";R2:R5")
        self.assertEqual(rows[0], ("Economic buyer not supportive: Ann Lee", "High", "Ann Lee"))
        self.assertEqual(self.rows_of("Y1", risks % ";R2:R5"), 1)   # Bob is high influence and covered
        put(self.sheet, 15, 1, [("Support",)])   # Ann comes round, still nobody has met her
        rows = self.array("U4:W5", risks % ";R2:R5")
        self.assertEqual(rows[0][0], "Economic buyer not contacted: Ann Lee")
        put(self.sheet, 16, 2, [("none",)])      # Bob: no contact any more, and no counterparts given
        rows = self.array("U7:W9", risks % "")
        self.assertEqual(rows[1], ("High influence, no contact and no counterpart: Bob Ray", "Medium", "Bob Ray"))
        put(self.sheet, 14, 3, [("High", -2.0)])   # Cy, our coach, now high influence and against us
        rows = self.array("U11:W12", risks % ";R2:R5")
        self.assertEqual([r[0] for r in rows], ["Economic buyer not contacted: Ann Lee",
                                                "High-influence person opposed: Cy Wu"])
        self.assertEqual(self.rows_of("Y11", risks % ";R2:R5"), 2)
        put(self.sheet, 13, 1, [("Influencer",)])   # nobody is the economic buyer any more
        put(self.sheet, 13, 4, [("",)])             # and nobody the user buyer
        rows = self.array("U15:W18", risks % ";R2:R5")
        self.assertEqual([r[1] for r in rows], ["Critical", "High", "Medium", "Medium"])
        self.assertEqual(self.rows_of("Y15", risks % ";R2:R5"), 4)
        self.assertTrue(rows[0][0].startswith("Economic buyer unknown"), rows[0][0])
        self.assertEqual(rows[2][0], "High influence, no contact and no counterpart: Ann Lee")
        self.assertTrue(rows[3][0].startswith("Users ignored"), rows[3][0])

    def test_no_red_flags_is_one_row_saying_so(self):
        put(self.sheet, 0, 10, [("A", "Coach", "High", "Support", "frequent"), ("B", "User", "Low", 2.0, "some"),
                                ("C", "Technical", "Medium", "Support", "some"), ("D", "Economic", "High", 5.0, "frequent")])
        risks = "=ROLE.RISKS(A11:A14;B11:B14;C11:C14;D11:D14;E11:E14)"
        self.assertEqual(self.array("K1:M1", risks)[0], ("No red flags", "", ""))
        self.assertEqual(self.rows_of("K3", risks), 1)

    def test_org_functions_on_the_chinese_list(self):
        self.assertEqual(self.text_of("K1", '=ORG.PATH("陈主任";A2:A6;C2:C6)'), "王总 > 刘工 > 陈主任")
        self.assertEqual(self.text_of("K2", '=ORG.PATH("陳主任";A2:A6;C2:C6)'), "王总 > 刘工 > 陈主任")  # Traditional
        self.assertEqual(self.text_of("K3", "=ORG.PATH(A2;A2:A6;C2:C6)"), "王总")
        self.assertValue(self.compute("K4", '=ORG.DEPTH("陈主任";A2:A6;C2:C6)'), 2.0)
        self.assertValue(self.compute("K5", "=ORG.DEPTH(A2;A2:A6;C2:C6)"), 0.0)
        self.assertValue(self.compute("K6", "=ORG.REPORTS(A2;A2:A6;C2:C6)"), 4.0)
        self.assertValue(self.compute("K7", "=ORG.REPORTS(A2;A2:A6;C2:C6;1)"), 3.0)
        self.assertValue(self.compute("K8", '=ORG.REPORTS("刘工";A2:A6;C2:C6)'), 1.0)
        self.assertEqual(self.text_of("K9", "=ORG.CHECK(A2:A6;C2:C6)"), "OK")
        self.assertCalcError(self.compute("K10", '=ORG.PATH("孙经理";A2:A6;C2:C6)'), ERR_NA)

    def test_org_check_reports_every_problem(self):
        put(self.sheet, 10, 0, [("甲", "丙"), ("乙", "甲"), ("丙", "乙"),     # a cycle
                                ("丁", "老板"),                                # manager not in the list
                                ("戊", ""), ("己", ""),                        # two tops (丁 hangs from nobody known)
                                ("戊", "己"),                                  # a duplicate name
                                ("", "己")])                                   # a blank name
        rows = [r[0] for r in self.array("N1:N8", "=ORG.CHECK(K1:K8;L1:L8)")]
        self.assertIn("Cycle: 甲 > 丙 > 乙 > 甲", rows)
        self.assertIn("Manager '老板' of 丁 is not in the list", rows)
        self.assertIn("Duplicate name: 戊 (row 7) is 戊 (row 5)", rows)
        self.assertIn("Row 8 has no name", rows)
        self.assertTrue(any(r.startswith("Several tops: ") and "戊" in r and "己" in r for r in rows), rows)
        # The cycle is an error for the chain of command, not a hang; counting still works.
        self.assertCalcError(self.compute("P1", '=ORG.PATH("乙";K1:K8;L1:L8)'), ERR_VALUE)
        self.assertCalcError(self.compute("P2", '=ORG.DEPTH("甲";K1:K8;L1:L8)'), ERR_VALUE)
        self.assertValue(self.compute("P3", '=ORG.REPORTS("己";K1:K8;L1:L8)'), 1.0)

    def test_a_deep_chain_of_2000_people_answers(self):
        people = [("P%d" % i, "P%d" % (i - 1) if i else "") for i in range(2000)]
        put(self.sheet, 10, 0, people)
        self.assertValue(self.compute("N1", '=ORG.DEPTH("P1999";K1:K2000;L1:L2000)'), 1999.0)
        self.assertValue(self.compute("N2", '=ORG.REPORTS("P0";K1:K2000;L1:L2000)'), 1999.0)
        self.assertTrue(self.text_of("N3", '=ORG.PATH("P1999";K1:K2000;L1:L2000)').endswith("P1998 > P1999"))

    def test_bad_input_is_a_calc_error(self):
        put(self.sheet, 0, 10, [("", "教练", "高", "支持", "经常"),          # data but no name
                                ("钱工", "用户", "高", "很好", "经常"),        # text where a rating is expected
                                ("孙工", "用户", "高", 7.0, "经常"),           # rating outside −5…+5
                                ("李工", "用户", "极高", "支持", "经常"),       # unknown influence
                                ("吴工", "用户", "高", "支持", "天天")])        # unknown contact
        cases = [
            "=ROLE.MATRIX(A10:A11;C10:C11;D10:D11)",   # row 10 is blank and skipped, row 11 is not
            "=ROLE.MATRIX(A12;C12;D12)",
            "=ROLE.MATRIX(A13;C13;D13)",
            "=ROLE.MATRIX(A14;C14;D14)",
            "=ROLE.COVERAGE(B12;D12;E12)",
            "=ROLE.COVERAGE(B15;D15;E15)",
            "=ROLE.RISKS(A11:A12;B11:B12;C11:C12;D11:D12;E11:E12)",
            "=ROLE.MATRIX(A2:A6;E2:E5;F2:F6)",          # sizes differ
            "=ORG.CHECK(A2:A6;C2:C5)",
            '=ORG.REPORTS(A2;A2:A6;C2:C6;"often")',
        ]
        for i, formula in enumerate(cases):
            with self.subTest(formula=formula):
                self.assertCalcError(self.compute("K%d" % (i + 1), formula), ERR_VALUE)

    def test_blank_rows_are_skipped(self):
        rows = self.array("K1:N4", "=ROLE.MATRIX(A2:A9;E2:E9;F2:F9)")   # three blank rows at the end
        self.assertEqual(rows[3], ("Low influence", "", "周秘书", ""))
        self.assertEqual(self.text_of("K6", "=ORG.CHECK(A2:A9;C2:C9)"), "OK")


class ChineseStakeholderTest(OfficeTestCase):
    profile_name = "profile-zh-CN"
    ui_language = "zh-CN"

    def test_matrix_risks_and_problems_in_chinese(self):
        put(self.sheet, 0, 0, PEOPLE_ZH)
        rng = self.sheet.getCellRangeByName("K1:N4")
        rng.setArrayFormula("=ROLE.MATRIX(A2:A6;E2:E6;F2:F6)")
        risks = self.sheet.getCellRangeByName("K10:M11")
        risks.setArrayFormula("=ROLE.RISKS(A2:A6;D2:D6;E2:E6;F2:F6;G2:G6;H2:H6)")
        put(self.sheet, 0, 20, [("甲", "乙"), ("乙", "甲")])
        check = self.formula("K20", "=ORG.CHECK(A21:A22;B21:B22)")
        self.doc.calculateAll()
        matrix = rng.getDataArray()
        self.assertEqual(matrix[0][1:], ("支持", "中立", "反对"))
        self.assertEqual(matrix[1], ("高影响力", "王总", "", "刘工"))
        flags = risks.getDataArray()
        self.assertTrue(flags[0][0].startswith("没有教练"), flags[0][0])
        self.assertEqual(flags[0][1], "严重")
        self.assertEqual(flags[1][0], "技术把关者反对(可一票否决):刘工")
        self.assertEqual(check.getString(), "汇报关系循环:甲 > 乙 > 甲")


if __name__ == "__main__":
    unittest.main(verbosity=2)
