"""How much the Funnel panel costs Calc on a large table (issue #8: "without freezing Calc").

    xvfb-run -a -s "-screen 0 1280x900x24" /usr/bin/python3 bench/sidebar_refresh.py [rows...]

For each size: a sheet of synthetic deals (bench/deal_data.py), the Key Account deck open
on it in Calc's real UI, and the panel's own timing of each recompute on the office's main
thread (KAT_TRACE_PANEL=1), for: the first look at the table, 20 cursor moves inside it,
an edit of one amount, a move to another sheet and back. Prints one line per case.
"""
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, HERE)

from kat_office import IsolatedOffice, fresh_office_dir, props  # noqa: E402
import deal_data  # noqa: E402

BUILD = os.path.join(ROOT, "build")


def traces(path):
    with open(path, errors="replace") as f:
        return [(m.group(1), float(m.group(2))) for m in re.finditer(r"kat-panel FunnelPanel (\w+) ([\d.]+) ms", f.read())]


def main(sizes):
    root = fresh_office_dir(os.path.join(BUILD, "bench-office"))
    office = IsolatedOffice(root)
    office.install(os.path.join(BUILD, "keyaccount.oxt"))
    log = os.path.join(root, "soffice.err")
    office.start(headless=False, environment={"KAT_TRACE_PANEL": "1"}, stderr_path=log)
    try:
        for n in sizes:
            doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, props(Hidden=False))
            sheet = doc.Sheets.getByIndex(0)
            data = deal_data.rows(n)
            sheet.getCellRangeByPosition(0, 0, len(data[0]) - 1, n).setDataArray(data)
            doc.Sheets.insertNewByName("Other", 1)
            controller = doc.getCurrentController()
            controller.select(sheet.getCellRangeByName("B2"))
            start = len(traces(log))
            sidebar = controller.getSidebar()
            sidebar.setVisible(True)
            deck = sidebar.getDecks().getByName("KeyAccountDeck")
            deck.activate(True)
            panel = deck.getPanels().getByName("KeyAccountFunnelPanel")
            panel.expand(True)
            label = panel.getDialog().getControl("DealsValue").getModel()

            def settle(before):
                deadline = time.time() + 60
                while time.time() < deadline:
                    time.sleep(0.1)
                    if len(traces(log)) > before:
                        time.sleep(0.3)
                        return traces(log)[before:]
                return []

            first = settle(start)
            shown = label.Label
            if shown == "\u2014":  # the dash: say why
                shown += " / " + panel.getDialog().getControl("Status").getModel().Label
            moves_before = len(traces(log))
            for i in range(20):
                controller.select(sheet.getCellRangeByName("C%d" % (3 + i * 97 % n)))
            time.sleep(1.0)
            moves = traces(log)[moves_before:]
            edit_before = len(traces(log))
            sheet.getCellByPosition(5, 1).setValue(123456.0)
            edit = settle(edit_before)
            away_before = len(traces(log))
            controller.setActiveSheet(doc.Sheets.getByName("Other"))
            time.sleep(0.5)
            controller.setActiveSheet(sheet)
            controller.select(sheet.getCellRangeByName("B2"))
            time.sleep(1.0)
            away = traces(log)[away_before:]

            def describe(entries):
                return ", ".join("%s %.1f ms" % e for e in entries) or "none"
            print("%7d rows | first look: %s (panel shows %s)" % (n, describe(first), shown))
            print("        | 20 cursor moves inside the table: %d recomputes, %d re-reads, longest %.1f ms"
                  % (len(moves), sum(1 for k, _ in moves if k == "read"), max([ms for _, ms in moves] or [0])))
            print("        | one amount edited: %s" % describe(edit))
            print("        | to another sheet and back: %s" % describe(away))
            sys.stdout.flush()
            doc.setModified(False)
            doc.close(True)
    finally:
        office.stop()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10000, 100000])
