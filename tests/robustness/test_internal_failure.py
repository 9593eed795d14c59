"""A failure inside the add-in (an internal bug, not bad input) must not take the office
down, must not give a number, and must not be silent: the cell shows #VALUE!, the office
keeps answering, and a line naming the function lands in <profile>/user/keyaccount/errors.log
where an admin finds it.

The failure is injected with KAT_TEST_FAIL_FUNCTION (the adapter throws for that function
when the variable names it), so the test exercises the real guard and the real log.
"""
import glob
import os
import unittest

from kat_office import IsolatedOffice, fresh_office_dir

BUILD = os.environ.get("KAT_BUILD_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "build"))
CALC_VALUE_ERROR = 519


class InternalFailureTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = IsolatedOffice(fresh_office_dir(os.path.join(BUILD, "internal-failure")))
        cls.office.install(os.path.join(BUILD, "keyaccount.oxt"))
        cls.office.start(environment={"KAT_TEST_FAIL_FUNCTION": "pipelineWeighted"})
        cls.doc = cls.office.new_calc()
        cls.sheet = cls.doc.Sheets.getByIndex(0)
        cls.sheet.getCellRangeByName("A1:B2").setDataArray(((100000.0, "意向客户"), (50000.0, "谈判客户")))

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def test_failure_is_value_error_logged_and_survived(self):
        failing = self.sheet.getCellRangeByName("D1")
        failing.setFormula("=PIPELINE.WEIGHTED(A1:A2;B1:B2)")
        working = self.sheet.getCellRangeByName("D2")
        working.setFormula("=PIPELINE.COVERAGE(A1:A2;50000;B1:B2)")
        self.doc.calculateAll()
        self.assertEqual(CALC_VALUE_ERROR, failing.getError())
        self.assertTrue(self.office.alive())
        self.assertEqual(0, working.getError())
        self.assertAlmostEqual(3.0, working.getValue())  # the other functions still answer
        logs = glob.glob(os.path.join(self.office.profile, "**", "keyaccount", "errors.log"), recursive=True)
        self.assertEqual(1, len(logs), "no errors.log under the profile")
        with open(logs[0], encoding="utf-8") as log:
            text = log.read()
        self.assertIn("internal error in pipelineWeighted", text)
        self.assertIn("KAT_TEST_FAIL_FUNCTION", text)


if __name__ == "__main__":
    unittest.main()
