"""The main job: install the freshly built .oxt into an isolated office, open an
opportunity workbook, run the extension's funnel report builder on its table
(vnd.keyaccount:FunnelReport, as the Key Account menu does) and write the result as .ods
and .pdf (the report sheet only). The input file is never written.

    /usr/bin/python3 tools/funnel_report.py --oxt build/keyaccount.oxt \\
        --input samples/opportunities.ods --out out/funnel-report
"""
import argparse
import os
import sys

import uno

from kat_office import IsolatedOffice, dispatch_report, file_url, fresh_office_dir, props

DEFAULT_TARGET = 10000000.0  # the sample team's target, so coverage and the 3× rule show


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--out", required=True, help="output path without extension")
    parser.add_argument("--office-root", default=None, help="isolated office folder (default: beside the .oxt)")
    parser.add_argument("--language", default="zh-CN", help="office UI language of the report (zh-CN or en-US)")
    parser.add_argument("--target", type=float, default=DEFAULT_TARGET)
    args = parser.parse_args()

    out = os.path.abspath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    office_root = args.office_root or os.path.join(os.path.dirname(os.path.abspath(args.oxt)), "main-job-office")
    office = IsolatedOffice(fresh_office_dir(office_root), ui_language=args.language)
    office.install(args.oxt)
    with office:
        doc = office.open(args.input)
        try:
            # The cursor in the first sheet's table, as a rep would put it.
            first = doc.Sheets.getByIndex(0)
            built, name, status = dispatch_report(doc, "FunnelReport", first.getCellByPosition(0, 0), Target=args.target)
            if not built:
                sys.exit("no funnel report: " + status)
            report = doc.Sheets.getByName(name)
            doc.calculateAll()
            doc.storeToURL(file_url(out + ".ods"), props(FilterName="calc8"))
            doc.storeToURL(file_url(out + ".pdf"), props(
                FilterName="calc_pdf_Export",
                FilterData=uno.Any("[]com.sun.star.beans.PropertyValue", props(Selection=report))))
        finally:
            doc.close(True)
    print("wrote %s.ods and %s.pdf (%s)" % (out, out, status))


if __name__ == "__main__":
    main()
