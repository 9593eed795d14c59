"""Small helpers for writing cells and reading results in tests (block reads and writes)."""
import os
import unittest

from kat_office import IsolatedOffice

# Calc's error codes as XCell.getError() reports them.
ERR_VALUE = 519        # #VALUE!
ERR_NA = 32767         # #N/A
ERR_DIV0 = 532         # #DIV/0!
ERR_ILLEGAL_PARAM = 504  # Err:504: Calc's own answer when a range handed to an add-in holds an error cell


def put(sheet, col, row, rows):
    """Writes a block of rows (tuples) with its top-left at (col, row), 0-based."""
    rows = tuple(tuple(r) for r in rows)
    rng = sheet.getCellRangeByPosition(col, row, col + len(rows[0]) - 1, row + len(rows) - 1)
    rng.setDataArray(rows)
    return rng


class OfficeTestCase(unittest.TestCase):
    """One office per test class, started on the isolated profile the install fixture made."""

    profile_name = "profile"
    ui_language = None

    @classmethod
    def setUpClass(cls):
        root = os.environ.get("KAT_OFFICE_ROOT")
        if not root:
            raise unittest.SkipTest("KAT_OFFICE_ROOT is not set (run through ctest)")
        cls.office = IsolatedOffice(root, ui_language=cls.ui_language, profile_name=cls.profile_name)
        cls.office.start()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = self.doc.Sheets.getByIndex(0)

    def tearDown(self):
        self.assertTrue(self.office.alive(), "the office died")
        self.doc.close(True)

    def formula(self, address, text):
        cell = self.sheet.getCellRangeByName(address)
        cell.setFormula(text)
        return cell

    def compute(self, address, text):
        cell = self.formula(address, text)
        self.doc.calculateAll()
        return cell

    def assertValue(self, cell, expected, places=9):
        self.assertEqual(cell.getError(), 0, "error %d instead of %r" % (cell.getError(), expected))
        self.assertAlmostEqual(cell.getValue(), expected, places=places)

    def assertCalcError(self, cell, code):
        self.assertEqual(cell.getError(), code, "expected error %d, got value %r / error %d"
                         % (code, cell.getValue(), cell.getError()))
