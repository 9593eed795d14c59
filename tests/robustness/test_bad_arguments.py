"""Every add-in function, fed a matrix of bad arguments in a real headless Calc: the
office must stay alive and answer after each function's batch, and every formula must
end as a value or a Calc error — never a crash, a hang or a wrong type.

The functions and their arguments are read from Calc's own function descriptions (what
the Function Wizard shows, fed by the add-in's metadata), so a new function is covered
without touching this test.
"""
import os
import time
import unittest

import uno

from kat_office import IsolatedOffice, fresh_office_dir

BUILD = os.environ.get("KAT_BUILD_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "build"))
FAMILIES = ("PIPELINE", "ACCOUNT", "CAMPAIGN", "ICM", "ROLE", "ORG")

# What a user can put where an argument goes (Calc formula syntax, ';' separators).
BAD = {
    "empty range": "$Data.$Z$1:$Z$10",
    "whole column": "$Data.$A:$A",
    "error cells": "$Data.$E$1:$E$10",
    "text": '"abc"',
    "boolean": "TRUE()",
    "huge": "1E+307",
    "negative": "-5",
    "NaN-producing": "SQRT(-1)",
    "overflow": "1E+307*1E+307",
    "10,000-character string": 'REPT("汉";10000)',
    "zero": "0",
}
GOOD = "$Data.$A$1:$A$10"     # a column of stages, amounts and names
SHORT = "$Data.$B$1:$B$3"     # for mismatched sizes
CYCLE_NAMES, CYCLE_MANAGERS = "$Data.$C$1:$C$3", "$Data.$D$1:$D$3"  # A→B→C→A


class BadArgumentsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = IsolatedOffice(fresh_office_dir(os.path.join(BUILD, "bad-arguments")))
        cls.office.install(os.path.join(BUILD, "keyaccount.oxt"))
        # The office's own stderr is kept: if it dies, its last words are in the build tree.
        cls.office.start(stderr_path=os.path.join(cls.office.root, "soffice.stderr"))
        cls.doc = cls.office.new_calc()
        sheets = cls.doc.Sheets
        sheets.getByIndex(0).setName("Data")
        data = sheets.getByName("Data")
        data.getCellRangeByName("A1:A10").setDataArray(
            (("意向客户",), (100000.0,), ("成交客户",), ("",), ("Lost",), (-3.0,), ("王总",), ("40万",), ("x" * 300,), (1e300,)))
        data.getCellRangeByName("B1:B3").setDataArray(((1.0,), (2.0,), (3.0,)))
        data.getCellRangeByName("C1:D3").setDataArray((("A", "B"), ("B", "C"), ("C", "A")))
        for row in range(10):
            data.getCellByPosition(4, row).setFormula("=NA()" if row % 2 else "=1/0")
        sheets.insertNewByName("Bench", 1)
        cls.sheet = sheets.getByName("Bench")
        cls.functions = cls.read_functions()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    @classmethod
    def read_functions(cls):
        """(name, argument count) of every function of ours, as Calc's Function Wizard lists them."""
        context = cls.office.context
        descriptions = context.ServiceManager.createInstanceWithContext("com.sun.star.sheet.FunctionDescriptions", context)
        functions = []
        for i in range(descriptions.getCount()):
            entry = {p.Name: p.Value for p in descriptions.getByIndex(i)}
            if entry["Name"].split(".")[0] in FAMILIES:
                functions.append((entry["Name"], len(entry["Arguments"])))
        return sorted(functions)

    def formulas_for(self, name, arity):
        cases = []
        for label, bad in BAD.items():
            cases.append(("all " + label, [bad] * arity))
            if bad.endswith(":$A"):
                continue  # a million cells per argument: once per function is enough
            for i in range(arity):
                args = [GOOD] * arity
                args[i] = bad
                cases.append(("%s at %d" % (label, i + 1), args))
        for i in range(arity):  # mismatched sizes
            args = [GOOD] * arity
            args[i] = SHORT
            cases.append(("short range at %d" % (i + 1), args))
        if name.startswith("ORG.") and arity >= 3:  # reporting lines that loop
            cases.append(("cycle", ['"A"', CYCLE_NAMES, CYCLE_MANAGERS] + [GOOD] * (arity - 3)))
        if name.startswith("ORG.") and arity == 2:
            cases.append(("cycle", [CYCLE_NAMES, CYCLE_MANAGERS]))
        return [(label, "=%s(%s)" % (name, ";".join(args))) for label, args in cases]

    def test_every_function_survives_every_bad_argument(self):
        self.assertGreater(len(self.functions), 20)
        checked = 0
        errors = {}
        for name, arity in self.functions:
            with self.subTest(function=name):
                cases = self.formulas_for(name, arity)
                self.sheet.getCellRangeByPosition(0, 0, 0, 999).clearContents(1 | 2 | 4 | 16)
                for row, (_, formula) in enumerate(cases):
                    self.sheet.getCellByPosition(0, row).setFormula(formula)
                start = time.time()
                self.doc.calculateAll()
                if not self.office.alive():
                    self.fail("the office died on %s (exit %s); its stderr: %s" % (
                        name, self.office.process.poll(), os.path.join(self.office.root, "soffice.stderr")))
                self.assertLess(time.time() - start, 120, name + " took too long")
                for row, (label, formula) in enumerate(cases):
                    cell = self.sheet.getCellByPosition(0, row)
                    # What the formula gave: a number, a text or a Calc error (FormulaResult
                    # VALUE=1, STRING=2, ERROR=4) — never nothing — and never #NAME?, which
                    # would mean Calc no longer knows the function.
                    self.assertIn(cell.FormulaResultType2, (1, 2, 4), "%s: %s" % (label, formula))
                    self.assertNotEqual(cell.getError(), 525, "#NAME? for %s: %s" % (label, formula))
                    errors[cell.getError()] = errors.get(cell.getError(), 0) + 1
                    checked += 1
        print("%d formulas over %d functions, the office alive after each batch; error codes seen: %s"
              % (checked, len(self.functions), sorted(errors.items())))
        # The matrix is mostly bad input: most answers must be errors (a wrong number for bad
        # input is the failure this test exists for), some good ones must be values.
        self.assertGreater(sum(n for code, n in errors.items() if code != 0), checked // 2)
        self.assertGreater(errors.get(0, 0), 0)


if __name__ == "__main__":
    unittest.main()
