"""User story: a newcomer runs the main job on the shipped sample workbook and gets a funnel
report as .ods and .pdf that a rep could send."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from kat_office import IsolatedOffice, fresh_office_dir

BUILD = os.environ.get("KAT_BUILD_DIR", "")
SOURCE = os.environ.get("KAT_SOURCE_DIR", "")


@unittest.skipUnless(BUILD and SOURCE, "run through ctest")
class MainJobTest(unittest.TestCase):
    def test_sample_workbook_becomes_ods_and_pdf_report(self):
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "funnel-report")
            sample = os.path.join(SOURCE, "samples", "opportunities.ods")
            before = open(sample, "rb").read()
            run = subprocess.run(
                [sys.executable, os.path.join(SOURCE, "tools", "funnel_report.py"),
                 "--oxt", os.path.join(BUILD, "keyaccount.oxt"), "--input", sample, "--out", out,
                 "--office-root", os.path.join(folder, "office")],
                capture_output=True, text=True, timeout=300)
            self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
            self.assertEqual(open(sample, "rb").read(), before, "the input workbook was modified")

            # The PDF renders to a page that is not blank.
            subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", out + ".pdf", out],
                           check=True, timeout=120)
            page = [f for f in os.listdir(folder) if f.startswith("funnel-report") and f.endswith(".pgm")][0]
            pixels = open(os.path.join(folder, page), "rb").read().split(b"\n", 3)[3]
            dark = sum(1 for p in pixels if p < 128)
            self.assertGreater(dark / len(pixels), 0.01, "the PDF page is blank")

            # The .ods holds live formulas that recompute with the extension installed.
            office = IsolatedOffice(os.path.join(folder, "office"))
            with office:
                doc = office.open(out + ".ods")
                try:
                    report = doc.Sheets.getByName("漏斗报告")   # built in the main job's zh-CN office
                    doc.calculateAll()
                    rows = report.getCellRangeByName("A1:F40").getDataArray()
                    self.assertEqual(rows[0][0], "销售漏斗报告")
                    # The funnel table is a live PIPELINE.TABLE array over the sample's range.
                    table = report.getCellRangeByName("A6")
                    self.assertIn("PIPELINETABLE", table.getFormula().upper().replace(".", ""))
                    intent = [r for r in rows if r[0] == "意向客户"][0]
                    self.assertAlmostEqual(intent[4], 0.30)
                    coverage = [r for r in rows if r[0] == "漏斗覆盖率"][0]
                    self.assertGreater(coverage[1], 0.0)                 # against the 10,000,000 target
                    self.assertEqual(report.getCharts().getCount(), 1)
                    # The sample's key-people sheet is found: the forecast-hygiene block is a
                    # live PIPELINE.HYGIENE whose Total supports less than the deals claim.
                    rows = report.getCellRangeByName("A1:F120").getDataArray()
                    heading = [i for i, r in enumerate(rows) if str(r[0]).startswith("预测健康检查")]
                    self.assertEqual(1, len(heading), "no forecast-hygiene block")
                    total = [r for r in rows[heading[0]:] if r[0] == "合计"][0]
                    self.assertGreater(total[3], total[4])
                    self.assertGreater(total[4], 0.0)
                finally:
                    doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
