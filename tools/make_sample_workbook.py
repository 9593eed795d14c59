"""Writes samples/opportunities.ods: a realistic key-account opportunity sheet (instrument
sales, the seven-stage customer funnel) with Chinese headers, and a key-people sheet
linked to the late deals. Deterministic: the same file
every run, so the committed sample can be regenerated and diffed.

    /usr/bin/python3 tools/make_sample_workbook.py [OUTPUT.ods]
"""
import datetime
import os
import random
import sys
import tempfile

from kat_office import IsolatedOffice, file_url, fresh_office_dir, props

HEADERS = ("商机名称", "客户名称", "负责人", "区域", "产品线", "销售阶段", "商机金额", "赢率",
           "预测类别", "创建日期", "进入阶段日期", "预计成交日期")

ACCOUNTS = [
    ("华东理工大学分析测试中心", "华东"), ("上海市食品药品检验研究院", "华东"), ("浙江省疾病预防控制中心", "华东"),
    ("苏州生物医药产业园公共平台", "华东"), ("南京水务集团水质监测中心", "华东"), ("宁波海关技术中心", "华东"),
    ("中国科学院化学研究所", "华北"), ("北京协和医院检验科", "华北"), ("天津港口岸检测中心", "华北"),
    ("山东省环境监测中心站", "华北"), ("广州医药集团研究院", "华南"), ("深圳市计量质量检测研究院", "华南"),
    ("厦门大学化学化工学院", "华南"), ("四川大学华西药学院", "西南"), ("重庆市药品检验所", "西南"),
    ("云南白药集团质量中心", "西南"),
]
OWNERS = ["张三", "李四", "王芳", "赵敏", "陈晨"]
PRODUCTS = [("液相色谱", (300000, 900000)), ("气相色谱", (200000, 600000)), ("质谱", (1200000, 3500000)),
            ("光谱", (80000, 400000)), ("实验室信息系统", (150000, 800000))]
# How many deals sit in each stage: a funnel, wide at the top.
STAGES = [("目标客户", 14), ("潜在客户", 12), ("意向客户", 10), ("立项客户", 7), ("认可客户", 6),
          ("谈判客户", 5), ("成交客户", 6), ("输单", 5)]
TODAY = datetime.date(2026, 11, 25)
# How long a deal usually stays in each open stage, in days: the dates follow it, so the
# stalled-deal limits the funnel report learns from the sheet look like a real team's.
USUAL_STAY = {"目标客户": 21, "潜在客户": 18, "意向客户": 25, "立项客户": 30, "认可客户": 20, "谈判客户": 14}
OPEN_STAGES = list(USUAL_STAY)


def dates(stage, rng):
    """Created, stage-entered and close dates of a deal now in this stage."""
    passed = OPEN_STAGES[:OPEN_STAGES.index(stage)] if stage in USUAL_STAY else OPEN_STAGES
    days_passed = sum(round(USUAL_STAY[s] * rng.uniform(0.6, 1.5)) for s in passed)
    if stage in USUAL_STAY:
        usual = USUAL_STAY[stage]
        # Most deals are within their stage's usual stay; about one in five has stalled.
        in_stage = rng.randint(0, round(usual * 1.2)) if rng.random() < 0.8 else rng.randint(round(usual * 1.5), usual * 4)
        entered = TODAY - datetime.timedelta(days=in_stage)
        close = TODAY + datetime.timedelta(days=rng.randint(-20, 150))
    elif stage == "输单":  # lost some weeks after it came in; where it stopped is not kept
        entered = TODAY - datetime.timedelta(days=rng.randint(5, 200))
        days_passed = rng.randint(10, 90)
        close = entered
    else:  # won: closed on the day it entered the won stage
        entered = TODAY - datetime.timedelta(days=rng.randint(0, 180))
        close = entered
    return entered - datetime.timedelta(days=days_passed), entered, close


def serial(day):
    return float((day - datetime.date(1899, 12, 30)).days)


def rows(rng):
    date_rng = random.Random(2026)
    out = []
    n = 0
    for stage, count in STAGES:
        for _ in range(count):
            n += 1
            account, region = rng.choice(ACCOUNTS)
            product, (low, high) = rng.choice(PRODUCTS)
            amount = float(round(rng.uniform(low, high), -3))
            created = TODAY - datetime.timedelta(days=rng.randint(20, 300))
            entered = created + datetime.timedelta(days=rng.randint(0, max(0, (TODAY - created).days - 1)))
            close = TODAY + datetime.timedelta(days=rng.randint(-30, 150))
            # The draws above keep every other value as it was; the dates come from their own
            # generator and follow each stage's usual stay.
            created, entered, close = dates(stage, date_rng)
            probability = ""
            category = ""
            if stage == "谈判客户":
                category = "承诺" if rng.random() < 0.6 else "最佳"
            elif stage in ("立项客户", "认可客户") and rng.random() < 0.4:
                category = "最佳"
            elif stage == "成交客户":
                category = "已成交"
            if stage == "意向客户" and rng.random() < 0.3:
                probability = rng.choice([0.2, 0.4])  # the rep's own judgement overrides the stage
            out.append(("%s-%s-%03d" % (account[:4], product, n), account, rng.choice(OWNERS), region, product,
                        stage, amount, probability, category, serial(created), serial(entered), serial(close)))
    rng.shuffle(out)
    return out


PEOPLE_HEADERS = ("姓名", "职务", "上级", "商机", "角色", "影响力", "支持度", "接触程度")


def people(deals):
    """Key people of the late-stage deals, as a rep keeps them: a clean deal, deals whose
    economic buyer or coach is missing, an opposed technical buyer."""
    late = [d for d in deals if d[5] in ("谈判客户", "认可客户", "立项客户")]
    late.sort(key=lambda d: ("谈判客户", "认可客户", "立项客户").index(d[5]))
    out = []
    patterns = [
        # (title, role, influence, support, contact) per person of one deal
        [("院长", "决策者", "高", "支持", "偶尔接触"), ("实验室主任", "教练", "中", "支持", "经常接触"),
         ("工程师", "使用者", "低", "支持", "经常接触")],
        [("中心主任", "技术把关者", "高", "中立", "接触很少"), ("采购科长", "内线", "中", "支持", "经常接触")],
        [("副院长", "决策者", "高", "中立", "从来没有接触"), ("设备处长", "技术把关者", "高", "反对", "接触很少"),
         ("分析员", "使用者", "低", "支持", "经常接触")],
        [("科长", "使用者", "中", "中立", "偶尔接触")],
    ]
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    n = 0
    for i, deal in enumerate(late[:8]):
        first = None
        for title, role, influence, support, contact in patterns[i % len(patterns)]:
            name = surnames[n % len(surnames)] + ("总" if role == "决策者" else "工" if n % 2 else "主任")
            n += 1
            out.append((name, title, first or "", deal[0], role, influence, support, contact))
            first = first or name
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    output = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "samples", "opportunities.ods"))
    with tempfile.TemporaryDirectory() as folder:
        office = IsolatedOffice(fresh_office_dir(os.path.join(folder, "office")))
        with office:
            doc = office.new_calc()
            sheet = doc.Sheets.getByIndex(0)
            sheet.Name = "商机"
            data = [HEADERS] + rows(random.Random(2022))
            sheet.getCellRangeByPosition(0, 0, len(HEADERS) - 1, len(data) - 1).setDataArray(tuple(data))
            formats = doc.NumberFormats
            locale = doc.CharLocale
            date_format = formats.queryKey("YYYY-MM-DD", locale, False)
            if date_format == -1:
                date_format = formats.addNew("YYYY-MM-DD", locale)
            money_format = formats.queryKey("#,##0", locale, False)
            sheet.getCellRangeByPosition(9, 1, 11, len(data) - 1).NumberFormat = date_format
            sheet.getCellRangeByPosition(6, 1, 6, len(data) - 1).NumberFormat = money_format
            sheet.getCellRangeByPosition(7, 1, 7, len(data) - 1).NumberFormat = formats.queryKey("0%", locale, False)
            sheet.getCellRangeByPosition(0, 0, len(HEADERS) - 1, 0).CharWeight = 150.0
            sheet.getColumns().OptimalWidth = True
            # The key people of the late deals, on their own sheet: the funnel report checks
            # each deal's probability against them (forecast hygiene).
            doc.Sheets.insertNewByName("关键人物", 1)
            key_people = doc.Sheets.getByName("关键人物")
            rows_people = [PEOPLE_HEADERS] + people(data[1:])
            key_people.getCellRangeByPosition(0, 0, len(PEOPLE_HEADERS) - 1, len(rows_people) - 1).setDataArray(tuple(rows_people))
            key_people.getCellRangeByPosition(0, 0, len(PEOPLE_HEADERS) - 1, 0).CharWeight = 150.0
            key_people.getColumns().OptimalWidth = True
            doc.storeToURL(file_url(output), props(FilterName="calc8"))
            doc.close(True)
    print("wrote", output)


if __name__ == "__main__":
    main()
