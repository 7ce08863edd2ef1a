"""Regenerate the small fixture files in tests/data (fictitious firms, valid USCCs).

Run from the repository root: .venv/bin/python tests/data/make_fixtures.py
"""

import csv
import datetime

import openpyxl

from app import uscc


def code(body):
    return body + uscc.check_char(body)


rows = [
    ["某某信息（企查查导出） 导出时间：2024-05-06"],
    [],
    [
        "序号",
        "企业名称",
        "登记状态",
        "法定代表人",
        "注册资本",
        "实缴资本",
        "成立日期",
        "统一社会信用代码",
        "所属省份",
        "所属城市",
        "所属区县",
        "电话",
        "邮箱",
        "参保人数",
        "企业（机构）类型",
        "所属行业",
        "经营范围",
        "主营产品",
        "企业地址",
        "官网",
    ],
    [
        "1",
        "深圳市示例精密机器人有限公司",
        "存续",
        "张伟",
        "5000万元人民币",
        "1000万元人民币",
        "2015-06-01",
        code("91440300MA5DEM001"),
        "广东省",
        "深圳市",
        "南山区",
        "0755-12345678",
        "demo@example.com",
        "120",
        "有限责任公司（自然人投资或控股）",
        "专用设备制造业",
        "工业机器人、减速器的研发、生产与销售。",
        "减速器、伺服电机",
        "广东省深圳市南山区科技园某路1号",
        "www.example.com",
    ],
    [
        "2",
        "广州示例新能源电池（集团）有限公司",
        "在业",
        "李娜",
        "1.2亿元",
        "-",
        "2010年3月5日",
        code("91440101MA5DEM002"),
        "广东省",
        "广州市",
        "黄埔区",
        "-",
        "-",
        "100-499人",
        "其他有限责任公司",
        "电气机械和器材制造业",
        "锂离子电池、储能系统的研发与制造。",
        "储能电池",
        "广东省广州市黄埔区某大道88号",
        "-",
    ],
    [
        "3",
        "东莞示例光电科技有限公司",
        "存续",
        "王强",
        "800万美元",
        "",
        "2019/3/5",
        code("91441900MA5DEM003"),
        "广东省",
        "东莞市",
        "",
        "",
        "",
        "少于50人",
        "有限责任公司（外国法人独资）",
        "计算机、通信和其他电子设备制造业",
        "光学镜头、摄像模组的生产。",
        "摄像模组",
        "广东省东莞市松山湖某路3号",
        "",
    ],
]
with open("tests/data/qcc_export_gbk.csv", "w", encoding="gbk", newline="") as fh:
    w = csv.writer(fh)
    for r in rows:
        w.writerow(r)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "A股列表"
ws.append(["深圳证券交易所 A股列表（示例）"])
ws.merge_cells("A1:G1")
ws.append(["公司全称", "A股代码", "A股简称", "A股上市日期", "注册地址", "所属行业", "城市"])
ws.append(
    [
        "示例智造股份有限公司",
        1,
        "示例智造",
        datetime.datetime(2001, 8, 27),
        "广东省深圳市福田区某路1号",
        "C 制造业",
        "深圳",
    ]
)
ws.append(
    [
        "示例半导体股份有限公司",
        "300999",
        "示例芯",
        "2021-10-12",
        "广东省深圳市南山区某路2号",
        "C 制造业",
        "深圳",
    ]
)
ws.append(
    [
        "示例医疗器械股份有限公司",
        688999,
        "示例医疗",
        44378,
        "广东省广州市黄埔区某路3号",
        "C 制造业",
        "广州",
    ]
)
wb.save("tests/data/szse_list_title.xlsx")
