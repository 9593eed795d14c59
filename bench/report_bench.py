"""Report builds in a real headless Calc: the funnel report on large opportunity tables,
the org chart for 100 / 1,000 / 5,000 people. Each time is the whole dispatch of
vnd.keyaccount:<Report> (read the table, plan in core, write the sheet, draw) as the menu
and the sidebar run it. The org chart's layout alone is core_bench's `org` case.

    /usr/bin/python3 bench/report_bench.py [funnel rows] [org sizes...]
"""
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, HERE)

from kat_office import IsolatedOffice, dispatch_report, fresh_office_dir  # noqa: E402
import deal_data  # noqa: E402

BUILD = os.path.join(ROOT, "build")


def people(n, seed=5):
    rng = random.Random(seed)
    roles = ("决策者", "技术把关者", "使用者", "教练", "", "", "")
    rows = [("姓名", "职务", "上级", "角色", "影响力", "支持度")]
    for i in range(n):
        manager = "" if i == 0 else "员工%05d" % rng.randrange(0, max(1, i // 4 + 1))
        rows.append(("员工%05d" % i, "职务%d" % (i % 17), manager, rng.choice(roles), rng.choice(("高", "中", "低")),
                     rng.choice(("支持", "中立", "反对"))))
    return tuple(rows)


def timed_dispatch(doc, command, cell):
    start = time.perf_counter()
    built, sheet, status = dispatch_report(doc, command, cell)
    ms = (time.perf_counter() - start) * 1000.0
    if not built:
        raise RuntimeError("%s not built: %s" % (command, status))
    return ms, sheet


def main(funnel_rows, org_sizes):
    office = IsolatedOffice(fresh_office_dir(os.path.join(BUILD, "bench-report-office")))
    office.install(os.path.join(BUILD, "keyaccount.oxt"))
    print("| report | size | build ms | drawn |")
    print("|---|---:|---:|---|")
    with office:
        for n in funnel_rows:
            doc = office.new_calc()
            data = deal_data.rows(n, blank_rate=0.0)
            sheet = doc.Sheets.getByIndex(0)
            sheet.getCellRangeByPosition(0, 0, len(data[0]) - 1, n).setDataArray(data)
            ms, name = timed_dispatch(doc, "FunnelReport", "Sheet1.B2")
            charts = doc.Sheets.getByName(name).getCharts().getCount()
            print("| funnel report | %d deals | %.0f | %d chart |" % (n, ms, charts))
            ms, name = timed_dispatch(doc, "FunnelReport", "Sheet1.B2")
            print("| funnel report, rebuilt in place | %d deals | %.0f | |" % (n, ms))
            doc.close(True)
        for n in org_sizes:
            doc = office.new_calc()
            data = people(n)
            sheet = doc.Sheets.getByIndex(0)
            sheet.getCellRangeByPosition(0, 0, len(data[0]) - 1, n).setDataArray(data)
            ms, name = timed_dispatch(doc, "OrgChart", "Sheet1.A2")
            shapes = doc.Sheets.getByName(name).getDrawPage().getCount()
            print("| org chart | %d people | %.0f | %d shapes |" % (n, ms, shapes))
            sys.stdout.flush()
            doc.close(True)


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(args[:1] or [100000], args[1:] or [100, 1000, 5000])
