"""Synthetic opportunity data for the benchmarks: seeded, any size, a realistic stage mix.

    rows(n, seed=7, chinese=True, blank_rate=0.01, bad_rate=0.0)

returns the header row and n deal rows (tuples for setDataArray): deal name, account,
owner, region, stage, amount, probability (mostly blank), forecast category, created,
stage entered. Stages follow seed 003's seven-stage funnel (Chinese) or its English
names; the mix thins out down the funnel as real pipelines do. `blank_rate` blanks a
stage or amount cell, `bad_rate` puts text that is not an amount ("TBD", "待定").
"""
import random

STAGES_ZH = ("目标客户", "潜在客户", "意向客户", "立项客户", "认可客户", "谈判客户", "成交客户", "输单")
STAGES_EN = ("Target", "Prospect", "Intent", "Project approved", "Accepted", "Negotiation", "Won", "Lost")
MIX = (0.22, 0.20, 0.16, 0.12, 0.09, 0.07, 0.08, 0.06)  # share of deals in each stage
HEADERS_ZH = ("商机名称", "客户名称", "负责人", "区域", "销售阶段", "商机金额", "赢率", "预测类别", "创建日期", "进入阶段日期")
HEADERS_EN = ("Opportunity", "Account", "Owner", "Region", "Stage", "Amount", "Probability", "Forecast category",
              "Created", "Stage entered")
OWNERS = ("张三", "李四", "王芳", "赵敏", "陈晨", "刘洋")
REGIONS = ("华北", "华东", "华南", "西南", "西北")


def rows(n, seed=7, chinese=True, blank_rate=0.01, bad_rate=0.0):
    rng = random.Random(seed)
    stages = STAGES_ZH if chinese else STAGES_EN
    data = [HEADERS_ZH if chinese else HEADERS_EN]
    for i in range(n):
        stage = rng.choices(stages, MIX)[0]
        amount = float(rng.randrange(20, 3000) * 1000)
        if rng.random() < blank_rate:
            amount = ""
        elif rng.random() < bad_rate:
            amount = "待定" if chinese else "TBD"
        if rng.random() < blank_rate:
            stage = ""
        probability = round(rng.uniform(0.1, 0.9), 2) if rng.random() < 0.05 else ""
        created = float(45500 + rng.randrange(0, 400))
        data.append(("D%06d" % i, "Account %04d" % rng.randrange(0, 2000), rng.choice(OWNERS), rng.choice(REGIONS),
                     stage, amount, probability, "", created, created + rng.randrange(0, 60)))
    return tuple(data)
