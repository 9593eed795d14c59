"""User story: a sales manager types PIPELINE.STAGEPROB and PIPELINE.WEIGHTED into their own
sheet, in English or Chinese, and gets the seed's numbers; the workbook keeps computing
after save and reload."""
import os
import tempfile
import unittest

from calc_helpers import ERR_ILLEGAL_PARAM, ERR_NA, ERR_VALUE, OfficeTestCase, put
from kat_office import file_url, props

SEVEN_STAGES = [("目标客户", 0.05), ("潜在客户", 0.15), ("意向客户", 0.30), ("立项客户", 0.50),
                ("认可客户", 0.60), ("谈判客户", 0.80), ("成交客户", 1.00)]


class StageProbabilityTest(OfficeTestCase):
    def test_customer7_stages_in_three_scripts(self):
        cases = [("目标客户", 0.05), ("目標客戶", 0.05), ("Target", 0.05), ("ｔａｒｇｅｔ", 0.05),
                 ("意向客戶", 0.30), ("NEGOTIATION", 0.80), ("成交客戶", 1.0), ("輸單", 0.0), ("Closed Lost", 0.0)]
        for i, (stage, expected) in enumerate(cases):
            self.sheet.getCellByPosition(0, i).setString(stage)
            self.formula("B%d" % (i + 1), "=PIPELINE.STAGEPROB(A%d)" % (i + 1))
        self.doc.calculateAll()
        for i, (stage, expected) in enumerate(cases):
            with self.subTest(stage=stage):
                self.assertValue(self.sheet.getCellByPosition(1, i), expected)

    def test_action5_model_by_name(self):
        self.assertValue(self.compute("A1", '=PIPELINE.STAGEPROB("報價";"action5")'), 0.5)
        self.assertValue(self.compute("A2", '=PIPELINE.STAGEPROB("Initial contact";"action5")'), 0.1)

    def test_user_model_range(self):
        put(self.sheet, 3, 0, [("Stage", "Win %"), ("Prospecting", 0.1), ("Engaging", "40%"), ("Won", 100.0), ("Lost", 0.0)])
        self.assertValue(self.compute("A1", '=PIPELINE.STAGEPROB("engaging";D1:E5)'), 0.4)
        self.assertValue(self.compute("A2", '=PIPELINE.STAGEPROB("Won";D1:E5)'), 1.0)

    def test_unknown_stage_is_na(self):
        self.assertCalcError(self.compute("A1", '=PIPELINE.STAGEPROB("Prospecting")'), ERR_NA)
        self.assertCalcError(self.compute("A2", "=PIPELINE.STAGEPROB(42)"), ERR_NA)

    def test_unknown_model_is_value_error(self):
        self.assertCalcError(self.compute("A1", '=PIPELINE.STAGEPROB("Target";"customer9")'), ERR_VALUE)

    def test_array_of_stages_gives_array_of_probabilities(self):
        put(self.sheet, 0, 0, [(name,) for name, _ in SEVEN_STAGES])
        self.sheet.getCellRangeByName("B1:B7").setArrayFormula("=PIPELINE.STAGEPROB(A1:A7)")
        self.doc.calculateAll()
        values = [row[0] for row in self.sheet.getCellRangeByName("B1:B7").getDataArray()]
        self.assertEqual(values, [p for _, p in SEVEN_STAGES])


class WeightedForecastTest(OfficeTestCase):
    def test_seven_stage_funnel_seed_003(self):
        # One 1,000,000 deal per stage: 1,000,000 × Σ(5…100%) = 3,400,000.
        put(self.sheet, 0, 0, [("金额", "阶段")] + [(1000000.0, name) for name, _ in SEVEN_STAGES])
        self.assertValue(self.compute("D1", "=PIPELINE.WEIGHTED(A2:A8;B2:B8)"), 3400000.0)

    def test_probability_column_overrides_and_accepts_three_notations(self):
        put(self.sheet, 0, 0, [(100000.0, "意向客户", 0.5), (100000.0, "意向客户", 50.0),
                               (100000.0, "意向客户", "50%"), (100000.0, "意向客户", "")])
        # 3 × 50,000 + 30,000 (blank probability → the stage's 30%)
        self.assertValue(self.compute("E1", "=PIPELINE.WEIGHTED(A1:A4;B1:B4;C1:C4)"), 180000.0)

    def test_text_amounts_blank_rows_and_lost(self):
        put(self.sheet, 0, 0, [("¥40,000", "Closed won"), ("", ""), ("40万", "Intent"), (500000.0, "Lost")])
        self.assertValue(self.compute("E1", "=PIPELINE.WEIGHTED(A1:A4;B1:B4)"), 40000.0 + 120000.0)

    def test_action5_and_user_model(self):
        put(self.sheet, 0, 0, [(100.0, "需求确认"), (100.0, "赢单")])
        self.assertValue(self.compute("E1", '=PIPELINE.WEIGHTED(A1:A2;B1:B2;;"action5")'), 130.0)
        put(self.sheet, 0, 5, [(1000.0, "Prospecting"), (1000.0, "Engaging")])
        put(self.sheet, 3, 5, [("Prospecting", 0.1), ("Engaging", 0.4)])
        self.assertValue(self.compute("E2", "=PIPELINE.WEIGHTED(A6:A7;B6:B7;;D6:E7)"), 500.0)

    def test_bad_input_gives_calc_errors(self):
        put(self.sheet, 0, 0, [(100.0, "意向客户"), ("lots", "意向客户"), (100.0, "Someday")])
        self.assertCalcError(self.compute("E1", "=PIPELINE.WEIGHTED(A1:A2;B1:B2)"), ERR_VALUE)   # text amount
        self.assertCalcError(self.compute("E2", "=PIPELINE.WEIGHTED(A3:A3;B3:B3)"), ERR_NA)      # unknown stage
        self.assertCalcError(self.compute("E3", "=PIPELINE.WEIGHTED(A1:A3;B1:B2)"), ERR_VALUE)   # sizes differ
        self.formula("G1", "=1/0")
        self.assertCalcError(self.compute("E4", "=PIPELINE.WEIGHTED(G1:G1;B1:B1)"), ERR_ILLEGAL_PARAM)  # error cell
        self.assertCalcError(self.compute("E5", '=PIPELINE.WEIGHTED(A1:A1;B1:B1;;"nope")'), ERR_VALUE)
        self.assertCalcError(self.compute("E6", "=PIPELINE.WEIGHTED(A1:A1;B1:B1;C1:C1;D1:D9)"), ERR_VALUE)  # empty model

    def test_formulas_survive_save_and_reload_as_ods(self):
        put(self.sheet, 0, 0, [(1000.0, "意向客户"), (2000.0, "谈判客户")])
        self.formula("D1", "=PIPELINE.WEIGHTED(A1:A2;B1:B2)")
        self.formula("D2", '=PIPELINE.STAGEPROB("立项客户")')
        self.doc.calculateAll()
        self.assertValue(self.sheet.getCellRangeByName("D1"), 1900.0)
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "pipeline.ods")
            self.doc.storeToURL(file_url(path), props(FilterName="calc8"))
            reloaded = self.office.open(path)
            try:
                sheet = reloaded.Sheets.getByIndex(0)
                reloaded.calculateAll()
                self.assertAlmostEqual(sheet.getCellRangeByName("D1").getValue(), 1900.0)
                self.assertAlmostEqual(sheet.getCellRangeByName("D2").getValue(), 0.5)
                # Still a live formula: change an input, the result follows.
                sheet.getCellRangeByName("B1").setString("成交客户")
                reloaded.calculateAll()
                self.assertAlmostEqual(sheet.getCellRangeByName("D1").getValue(), 1000.0 + 1600.0)
            finally:
                reloaded.close(True)


class FunctionWizardTest(OfficeTestCase):
    """The Function Wizard lists our functions with descriptions from the function table."""

    expected_language = "en"

    def describe(self, name):
        descriptions = self.office.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.sheet.FunctionDescriptions", self.office.context)
        for i in range(descriptions.getCount()):
            entry = {p.Name: p.Value for p in descriptions.getByIndex(i)}
            if entry["Name"] == name:
                return entry
        self.fail("%s is not in the Function Wizard" % name)

    def test_functions_have_descriptions_and_argument_names(self):
        weighted = self.describe("PIPELINE.WEIGHTED")
        stageprob = self.describe("PIPELINE.STAGEPROB")
        names = [a.Name for a in weighted["Arguments"]]
        optional = [a.IsOptional for a in weighted["Arguments"]]
        self.assertEqual(optional, [False, False, True, True])
        if self.expected_language == "zh":
            self.assertIn("加权预测", weighted["Description"])
            self.assertEqual(names, ["金额", "阶段", "赢率", "模型"])
            self.assertIn("默认赢率", stageprob["Description"])
        else:
            self.assertIn("Weighted forecast", weighted["Description"])
            self.assertEqual(names, ["amounts", "stages", "probabilities", "model"])
            self.assertIn("Default win probability", stageprob["Description"])

    def test_every_text_the_wizard_shows_is_written_for_users(self):
        # Every function of ours, every argument: a description in the UI language, no
        # empty text, no word from our source documents ("seed", "种子"), no placeholder.
        descriptions = self.office.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.sheet.FunctionDescriptions", self.office.context)
        ours = 0
        for i in range(descriptions.getCount()):
            entry = {p.Name: p.Value for p in descriptions.getByIndex(i)}
            if entry["Name"].split(".")[0] not in ("PIPELINE", "ACCOUNT", "CAMPAIGN", "ICM", "ROLE", "ORG"):
                continue
            ours += 1
            texts = [entry["Description"]] + [a.Name for a in entry["Arguments"]] + [a.Description for a in entry["Arguments"]]
            for text in texts:
                with self.subTest(function=entry["Name"], text=text[:40]):
                    self.assertTrue(text.strip())
                    self.assertNotIn("seed", text.lower())
                    self.assertNotIn("种子", text)
                    self.assertNotIn("TODO", text)
                    self.assertNotIn("$1", text)
            # The description is in the office's language (Chinese text has CJK characters).
            has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in entry["Description"])
            if self.expected_language == "zh":
                self.assertTrue(has_cjk, entry["Name"])
        self.assertGreaterEqual(ours, 28)


class ChineseFunctionWizardTest(FunctionWizardTest):
    profile_name = "profile-zh-CN"
    ui_language = "zh-CN"
    expected_language = "zh"


if __name__ == "__main__":
    unittest.main(verbosity=2)
