"""The add-in functions against what a user would write instead, in a real headless Calc.

    /usr/bin/python3 bench/calc_bench.py [rows...]      default: 10000 100000

One workbook of synthetic deals (bench/deal_data.py) and a partner ledger; for each case
only its formulas are on the sheet, and the time is the best of three full
recalculations (XCalculatable.calculateAll, which also pays for helper columns):

  funnel table   PIPELINE.TABLE            vs COUNTIF/SUMIF per stage over a probability
                                              helper column (VLOOKUP), conversion by SUM
  weighted       PIPELINE.WEIGHTED         vs SUMPRODUCT over the same helper column
  statements     ICM.STATEMENT             vs SUMIFS per partner and ROUND'd rebates
  floor          one PIPELINE.COVERAGE(column;1) per column the case passes (3 for the
                 pipeline cases, 4 for the statements): the office handing those columns to
                 an add-in whose own work is a sum — what no add-in can go below

Prints a Markdown table; ratios are within this one run (the machine is shared and noisy).
"""
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, HERE)

from kat_office import IsolatedOffice, fresh_office_dir  # noqa: E402
import deal_data  # noqa: E402

BUILD = os.path.join(ROOT, "build")
MODEL = (("目标客户", 0.05), ("潜在客户", 0.15), ("意向客户", 0.30), ("立项客户", 0.50), ("认可客户", 0.60),
         ("谈判客户", 0.80), ("成交客户", 1.0), ("输单", 0.0))
PARTNERS = 200


def ledger(n, seed=3):
    import random
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        direct = rng.random() < 0.75
        amount = float(rng.randrange(1, 200) * 1000)
        rows.append(("伙伴%03d" % rng.randrange(PARTNERS), "直接" if direct else "间接", amount,
                     amount * rng.randrange(0, 3) / 2 if direct else ""))
    return rows


def best_recalc(doc, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        doc.calculateAll()
        best = min(best, time.perf_counter() - start)
        if best > 5.0:
            break  # a case this slow is not close to anything: once is enough
    return best * 1000.0


def main(sizes):
    office = IsolatedOffice(fresh_office_dir(os.path.join(BUILD, "bench-calc-office")))
    office.install(os.path.join(BUILD, "keyaccount.oxt"))
    results = []
    with office:
        for n in sizes:
            doc = office.new_calc()
            sheets = doc.Sheets
            data = sheets.getByIndex(0)
            deals = deal_data.rows(n, blank_rate=0.0)
            # Stage, amount, probability in A:C (rows 2…n+1), as a user's table would hold them.
            data.getCellRangeByPosition(0, 0, 2, n).setDataArray(tuple((r[4], r[5], r[6]) for r in deals))
            data.getCellRangeByPosition(4, 0, 7, n).setDataArray(
                (("合作伙伴", "类型", "金额", "已回款"),) + tuple(ledger(n)))
            data.getCellRangeByPosition(9, 0, 10, len(MODEL) - 1).setDataArray(MODEL)  # J:K the model
            sheets.insertNewByName("Bench", 1)
            bench = sheets.getByName("Bench")
            last = n + 1
            S, A, P = "$Sheet1.$A$2:$A$%d" % last, "$Sheet1.$B$2:$B$%d" % last, "$Sheet1.$C$2:$C$%d" % last
            PT, TY, AM, CO = ("$Sheet1.$%s$2:$%s$%d" % (c, c, last) for c in "EFGH")
            H = "$Sheet1.$L$2:$L$%d" % last  # the native helper column: each row's probability

            def helper(on):
                column = data.getCellRangeByPosition(11, 1, 11, n)
                if on:
                    # One formula filled down (setFormulaArray of 10⁵ formulas takes minutes).
                    data.getCellByPosition(11, 1).setFormula('=IF(C2="";VLOOKUP(A2;$J$1:$K$8;2;0);C2)')
                    column.fillAuto(0, 1)  # FillDirection.TO_BOTTOM from the first cell
                else:
                    column.clearContents(1 | 2 | 4 | 16)

            def case(name, formulas, use_helper=False, array=None):
                bench.getCellRangeByPosition(0, 0, 20, 400).clearContents(1 | 2 | 4 | 16)
                helper(use_helper)
                if array:
                    rows, cols, formula = array
                    bench.getCellRangeByPosition(0, 0, cols - 1, rows - 1).setArrayFormula(formula)
                for (row, col), formula in formulas.items():
                    bench.getCellByPosition(col, row).setFormula(formula)
                ms = best_recalc(doc)
                results.append((n, name, ms))
                floor = None if name.startswith("floor") else floors.get(4 if "statement" in name.lower() else 3)
                print("| %d | %s | %.1f | %s |" % (n, name, ms, "%.2f" % (ms / floor) if floor else "1.00"))
                sys.stdout.flush()
                helper(False)
                return ms

            # The floor for k columns: k trivial add-in calls, one per column, as the case passes them.
            def floor_of(columns):
                return case("floor: %d columns" % len(columns),
                            {(i, 0): "=PIPELINE.COVERAGE(%s;1)" % c for i, c in enumerate(columns)})
            floors = {}
            floors[3] = floor_of((S, A, P))
            floors[4] = floor_of((PT, TY, AM, CO))
            case("PIPELINE.TABLE", {}, array=(11, 6, "=PIPELINE.TABLE(%s;%s;%s)" % (S, A, P)))
            native = {}
            for i, (stage, _) in enumerate(MODEL):
                r = i + 1
                native[(r, 0)] = stage
                native[(r, 1)] = '=COUNTIF(%s;"%s")' % (S, stage)
                native[(r, 2)] = '=SUMIF(%s;"%s";%s)' % (S, stage, A)
                native[(r, 3)] = '=SUMPRODUCT((%s="%s")*%s*%s)' % (S, stage, A, H)
                native[(r, 4)] = "=VLOOKUP(A%d;$Sheet1.$J$1:$K$8;2;0)" % (r + 1)
                native[(r, 5)] = "=IF(SUM(B%d:B8)=0;\"\";SUM(B%d:B8)/SUM(B%d:B8))" % (r + 2, r + 2, r + 1) if r < 7 else ""
            native[(9, 1)] = "=SUM(B2:B9)"
            native[(9, 2)] = "=SUM(C2:C9)"
            native[(9, 3)] = "=SUM(D2:D9)"
            case("native funnel table", native, use_helper=True)
            # Issue #16's side-by-side pair: two columns, no probabilities, against the table a
            # manager writes with no helper column (per stage COUNTIF, SUMIF, SUMIF × probability).
            table2 = case("PIPELINE.TABLE, 2 columns", {}, array=(11, 6, "=PIPELINE.TABLE(%s;%s)" % (S, A)))
            plain = {}
            for i, (stage, probability) in enumerate(MODEL):
                r = i + 1
                plain[(r, 0)] = stage
                plain[(r, 1)] = '=COUNTIF(%s;"%s")' % (S, stage)
                plain[(r, 2)] = '=SUMIF(%s;"%s";%s)' % (S, stage, A)
                plain[(r, 3)] = '=SUMIF(%s;"%s";%s)*%s' % (S, stage, A, probability)
            native2 = case("native COUNTIF/SUMIF table, no helper", plain)
            print("| %d | PIPELINE.TABLE ÷ native (2 columns) | | %.2f |" % (n, table2 / native2))
            whole = case("PIPELINE.TABLE, whole columns A:A;B:B", {}, array=(11, 6, "=PIPELINE.TABLE($Sheet1.$A:$A;$Sheet1.$B:$B)"))
            print("| %d | whole column ÷ bounded | | %.2f |" % (n, whole / table2))
            case("PIPELINE.WEIGHTED", {(0, 0): "=PIPELINE.WEIGHTED(%s;%s;%s)" % (A, S, P)})
            case("native SUMPRODUCT", {(0, 0): "=SUMPRODUCT(%s;%s)" % (A, H)}, use_helper=True)
            case("ICM.STATEMENT", {}, array=(PARTNERS + 2, 11, "=ICM.STATEMENT(%s;%s;%s;%s)" % (PT, TY, AM, CO)))
            statement = {}
            for i in range(PARTNERS):
                r = i + 1
                p = "伙伴%03d" % i
                statement[(r, 0)] = p
                statement[(r, 1)] = '=SUMIFS(%s;%s;"%s";%s;"直接")' % (AM, PT, p, TY)               # direct sales
                statement[(r, 2)] = '=SUMIFS(%s;%s;"%s";%s;"直接")' % (CO, PT, p, TY)               # collected
                statement[(r, 3)] = "=ROUND(C%d*0.05;2)" % (r + 1)                                # single rebate
                statement[(r, 4)] = "=ROUND((B%d-C%d)*0.05;2)" % (r + 1, r + 1)                   # pending
                statement[(r, 5)] = '=SUMIFS(%s;%s;"%s";%s;"间接")' % (AM, PT, p, TY)               # indirect
                statement[(r, 6)] = "=C%d+F%d*0.4" % (r + 1, r + 1)                               # base
                statement[(r, 7)] = "=IF(G%d>=100000;ROUND(G%d*0.01;2);0)" % (r + 1, r + 1)        # volume
                statement[(r, 8)] = "=D%d+H%d" % (r + 1, r + 1)                                   # payable
            case("native SUMIFS statement", statement)
            doc.close(True)


if __name__ == "__main__":
    print("| rows | case | full recalc ms | × floor (same columns) |")
    print("|---:|---|---:|---:|")
    main([int(a) for a in sys.argv[1:]] or [10000, 100000])
