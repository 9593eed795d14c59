"""The main job: install the freshly built .oxt into an isolated office, open an
opportunity workbook, add a funnel report sheet made of live PIPELINE.* formulas over the
user's range, and write the result as .ods and .pdf. The input file is never written.

    /usr/bin/python3 tools/funnel_report.py --oxt build/keyaccount.oxt \
        --input samples/opportunities.ods --out out/funnel-report

First version: the report layout lives here until the report builders of the extension
(dispatch URL vnd.keyaccount:FunnelReport) take it over.
"""
import argparse
import os
import sys

import uno

from kat_office import IsolatedOffice, file_url, fresh_office_dir, props

REPORT_SHEET = "漏斗报告"
# Headers this first version looks for (the shipped sample uses the first of each).
STAGE_HEADERS = ("销售阶段", "阶段", "Stage")
AMOUNT_HEADERS = ("商机金额", "金额", "Amount")
PROBABILITY_HEADERS = ("赢率", "成交概率", "Probability")
FUNNEL = ["目标客户", "潜在客户", "意向客户", "立项客户", "认可客户", "谈判客户", "成交客户", "输单"]
DEFAULT_TARGET = 10000000.0


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def find_table(doc):
    """The first sheet whose first row names a stage and an amount column."""
    for sheet in doc.Sheets:
        if sheet.Name == REPORT_SHEET:
            continue
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last_row = cursor.RangeAddress.EndRow
        last_col = cursor.RangeAddress.EndColumn
        header = sheet.getCellRangeByPosition(0, 0, last_col, 0).getDataArray()[0]
        names = [str(h).strip() for h in header]

        def find(candidates):
            for c in candidates:
                if c in names:
                    return names.index(c)
            return None

        stage, amount, probability = find(STAGE_HEADERS), find(AMOUNT_HEADERS), find(PROBABILITY_HEADERS)
        if stage is not None and amount is not None:
            return sheet, last_row, stage, amount, probability
    sys.exit("no sheet with a stage and an amount column found")


def build_report(doc):
    source, last_row, stage_col, amount_col, probability_col = find_table(doc)

    def source_range(col):
        letter = column_letter(col)
        return "$'%s'.$%s$2:$%s$%d" % (source.Name, letter, letter, last_row + 1)

    stages, amounts = source_range(stage_col), source_range(amount_col)
    probabilities = source_range(probability_col) if probability_col is not None else ""

    if doc.Sheets.hasByName(REPORT_SHEET):
        doc.Sheets.removeByName(REPORT_SHEET)  # a rebuild replaces only our own sheet
    doc.Sheets.insertNewByName(REPORT_SHEET, doc.Sheets.getCount())
    sheet = doc.Sheets.getByName(REPORT_SHEET)

    sheet.getCellRangeByName("A1").setString("销售漏斗报告  Funnel report")
    sheet.getCellRangeByName("A1").CharHeight = 16.0
    sheet.getCellRangeByName("A1").CharWeight = 150.0
    sheet.getCellRangeByName("A2").setString("来源 Source: %s · 阶段模型 Stage model: customer7 (七阶段客户漏斗)"
                                             % source.Name)
    header = ("阶段 Stage", "商机数 Deals", "金额 Amount", "默认赢率 Win probability", "加权金额 Weighted")
    sheet.getCellRangeByPosition(0, 3, 4, 3).setDataArray((header,))
    sheet.getCellRangeByPosition(0, 3, 4, 3).CharWeight = 150.0
    first = 5  # 1-based row of the first stage
    for i, stage in enumerate(FUNNEL):
        row = first + i
        sheet.getCellRangeByName("A%d" % row).setString(stage)
        sheet.getCellRangeByName("B%d" % row).setFormula("=COUNTIF(%s;A%d)" % (stages, row))
        sheet.getCellRangeByName("C%d" % row).setFormula("=SUMIF(%s;A%d;%s)" % (stages, row, amounts))
        sheet.getCellRangeByName("D%d" % row).setFormula("=PIPELINE.STAGEPROB(A%d)" % row)
        sheet.getCellRangeByName("E%d" % row).setFormula("=C%d*D%d" % (row, row))
    last = first + len(FUNNEL) - 1
    total = last + 1
    sheet.getCellRangeByName("A%d" % total).setString("合计 Total")
    for col in "BCE":
        sheet.getCellRangeByName("%s%d" % (col, total)).setFormula("=SUM(%s%d:%s%d)" % (col, first, col, last))
    sheet.getCellRangeByPosition(0, total - 1, 4, total - 1).CharWeight = 150.0

    block = total + 2
    open_first, open_last = first, first + 5  # the six open stages: 目标客户 … 谈判客户
    lines = [
        ("加权预测(含赢率列)Weighted forecast", "=PIPELINE.WEIGHTED(%s;%s%s)"
         % (amounts, stages, (";" + probabilities) if probabilities else "")),
        ("在手管道 Open pipeline", "=SUM(C%d:C%d)" % (open_first, open_last)),
        ("销售目标 Target (可修改 editable)", None),
        ("覆盖率 Coverage (管道 ÷ 目标)", "=B%d/B%d" % (block + 1, block + 2)),
        ("3 倍规则 3× rule", '=IF(B%d>=3;"达标 ≥ 3×";"不足 3× — 需补充商机")' % (block + 3)),
    ]
    for i, (label, formula) in enumerate(lines):
        sheet.getCellRangeByName("A%d" % (block + i)).setString(label)
        cell = sheet.getCellRangeByName("B%d" % (block + i))
        if formula:
            cell.setFormula(formula)
        else:
            cell.setValue(DEFAULT_TARGET)
            cell.CellBackColor = 0xFFF2CC  # an input the user may edit
    formats = doc.NumberFormats
    locale = doc.CharLocale
    money = formats.queryKey("#,##0", locale, False)
    percent = formats.queryKey("0%", locale, False)
    sheet.getCellRangeByName("C%d:C%d" % (first, total)).NumberFormat = money
    sheet.getCellRangeByName("E%d:E%d" % (first, total)).NumberFormat = money
    sheet.getCellRangeByName("D%d:D%d" % (first, last)).NumberFormat = percent
    sheet.getCellRangeByName("B%d:B%d" % (block, block + 2)).NumberFormat = money
    sheet.getCellRangeByName("B%d" % (block + 3)).NumberFormat = formats.queryKey("0.00", locale, False)
    sheet.getColumns().getByIndex(0).Width = 6500
    for col in range(1, 5):
        sheet.getColumns().getByIndex(col).Width = 4200

    add_chart(sheet, first, last - 1)
    fit_to_one_page(doc, sheet)
    return sheet, "B%d" % block


def fit_to_one_page(doc, sheet):
    """A report a rep can print or send: its own page style, one page wide and tall."""
    styles = doc.StyleFamilies.getByName("PageStyles")
    if not styles.hasByName("KeyAccountReport"):
        styles.insertByName("KeyAccountReport", doc.createInstance("com.sun.star.style.PageStyle"))
    style = styles.getByName("KeyAccountReport")
    style.ScaleToPagesX = 1
    style.ScaleToPagesY = 1
    sheet.PageStyle = "KeyAccountReport"


def add_chart(sheet, first, last):
    """Amount and weighted amount per funnel stage, linked to the table (lost excluded)."""
    from com.sun.star.awt import Rectangle
    from com.sun.star.table import CellRangeAddress

    ranges = []
    for col in (0, 2, 4):
        address = CellRangeAddress()
        address.Sheet = sheet.RangeAddress.Sheet
        address.StartColumn = address.EndColumn = col
        address.StartRow, address.EndRow = first - 2, last - 1  # header row + stages, 0-based
        ranges.append(address)
    rect = Rectangle(200, 9500, 16000, 9000)
    charts = sheet.getCharts()
    charts.addNewByName("funnel", rect, tuple(ranges), True, True)
    chart = charts.getByName("funnel").getEmbeddedObject()
    chart.Diagram = chart.createInstance("com.sun.star.chart.BarDiagram")
    chart.Diagram.Vertical = True          # horizontal bars …
    chart.Diagram.XAxis.ReverseDirection = True  # … with the first stage on top, like a funnel
    chart.HasMainTitle = True
    chart.HasLegend = True
    chart.Title.String = "漏斗 Funnel: 金额与加权金额"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--out", required=True, help="output path without extension")
    parser.add_argument("--office-root", default=None, help="isolated office folder (default: beside the .oxt)")
    args = parser.parse_args()

    out = os.path.abspath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    office_root = args.office_root or os.path.join(os.path.dirname(os.path.abspath(args.oxt)), "main-job-office")
    office = IsolatedOffice(fresh_office_dir(office_root))
    office.install(args.oxt)
    with office:
        doc = office.open(args.input)
        try:
            sheet, weighted_cell = build_report(doc)
            doc.calculateAll()
            doc.storeToURL(file_url(out + ".ods"), props(FilterName="calc8"))
            # The PDF holds the report only, not the user's data sheets.
            doc.storeToURL(file_url(out + ".pdf"), props(
                FilterName="calc_pdf_Export",
                FilterData=uno.Any("[]com.sun.star.beans.PropertyValue", props(Selection=sheet))))
            weighted = sheet.getCellRangeByName(weighted_cell).getValue()
        finally:
            doc.close(True)
    print("wrote %s.ods and %s.pdf (weighted forecast %.0f)" % (out, out, weighted))


if __name__ == "__main__":
    main()
