#!/usr/bin/env python3
"""Generate a deterministic corpus of work plans for benchmarking planlint.

    python3 bench/gen_corpus.py --out DIR --size 1G --seed 42
    python3 bench/gen_corpus.py --out DIR --size 100M --seed 42 --big-lines --big-file 100M
    python3 bench/gen_corpus.py --dictionary-out FILE      # the dictionary literals, one a line

Writes
    DIR/plans/NNN/NNNNNN.{txt,html}  plans, at most 1000 a folder, in ten text and HTML layouts
    DIR/manifest.jsonl   one object per injected defect: file, kind, rule, line, line_end, text, ...
    DIR/files.jsonl      one object per plan: file, layout, encoding, tasks, bytes, injections
    DIR/corpus.json      seed, sizes, counts, generator version, digest of the rule data used
    DIR/big/lines-1M.txt     (--big-lines) one plan of 1,000,000 short lines
    DIR/big/file-SIZE.txt    (--big-file SIZE) one plan of SIZE bytes
    DIR/big/files.jsonl  the big files' layout and task counts

Sizes are decimal: 100M = 100,000,000 bytes, 1G = 1,000,000,000 bytes. The same seed, sizes and
rule data give the same bytes on every run (each file is drawn from its own generator seeded with
"SEED:INDEX", so --jobs does not change the output). The typos and obsolete unit names that are
injected are read from rules/ (the dictionaries planlint itself uses); the body text comes from the
word lists below, which were checked to give no dictionary finding (see bench/README.md).

Pure Python 3.11 standard library.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import random
import re
import shutil
import sys
import time

GENERATOR_VERSION = 2
HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(os.path.dirname(HERE), "rules")

# ---------------------------------------------------------------------------------------------
# Rule dictionaries (read with a small parser: the files are flat lists of `- wrong: X` entries)
# ---------------------------------------------------------------------------------------------


def _yaml_scalar(s: str) -> str:
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        s = s[1:-1]
    return s


def read_substitutions(path: str) -> dict[str, list[dict]]:
    """{list name: [{wrong, right, since, except: [...]}, ...]} from a substitution dictionary."""
    lists: dict[str, list[dict]] = {}
    cur_list = None
    cur = None
    in_except = False
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^([A-Za-z_]+):\s*(.*)$", line)
            if m:
                cur_list = m.group(1)
                if m.group(2) == "":
                    lists[cur_list] = []
                cur = None
                in_except = False
                continue
            m = re.match(r"^- wrong:\s*(.+)$", line)
            if m and cur_list in lists:
                cur = {"wrong": _yaml_scalar(m.group(1)), "except": []}
                lists[cur_list].append(cur)
                in_except = False
                continue
            if cur is None:
                continue
            m = re.match(r"^  ([a-z_]+):\s*(.*)$", line)
            if m:
                in_except = m.group(1) == "except"
                if not in_except:
                    cur[m.group(1)] = _yaml_scalar(m.group(2))
                continue
            m = re.match(r"^  - (.+)$", line)
            if m and in_except:
                cur["except"].append(_yaml_scalar(m.group(1)))
    return lists


def load_rules(rules_dir: str = RULES) -> dict:
    typos_path = os.path.join(rules_dir, "zh-text", "data", "common-typos.yaml")
    units_path = os.path.join(rules_dir, "gov-openness", "data", "obsolete-unit-names.yaml")
    t = read_substitutions(typos_path)
    u = read_substitutions(units_path)
    digest = hashlib.sha256()
    for p in (typos_path, units_path):
        with open(p, "rb") as f:
            digest.update(f.read())
    return {
        "typos": t.get("entries", []),
        "variants": t.get("variants", []),
        "obsolete": u.get("entries", []),
        "digest": digest.hexdigest()[:16],
    }


def prh_yaml(rules: dict) -> str:
    """A textlint-rule-prh dictionary with the same literals (pattern = the wrong form, expected =
    the first suggested form)."""
    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    out, seen = ["version: 1", "rules:"], set()
    for key in ("typos", "variants", "obsolete"):
        for e in rules[key]:
            w = e["wrong"]
            if w in seen:
                continue
            seen.add(w)
            right = re.split(r"[；;/（(]", e.get("right", "") or w)[0].strip() or w
            out.append(f"  - expected: {q(right)}")
            out.append(f"    pattern: {q(w)}")
    return "\n".join(out) + "\n"


def dictionary_literals(rules: dict) -> list[str]:
    """The literals of the three dictionary rules (common-typos, variant-forms,
    obsolete-unit-names), for ripgrep and prh."""
    out, seen = [], set()
    for key in ("typos", "variants", "obsolete"):
        for e in rules[key]:
            w = e["wrong"]
            if w not in seen:
                seen.add(w)
                out.append(w)
    return out


# Obsolete names that do not make a plausible local unit (national bodies, ministries, army
# units) are not injected; neither are names planlint reads as something other than one unit.
OBSOLETE_SKIP_PREFIX = ("国家", "中国", "国务院", "公安消防")
OBSOLETE_SKIP_SUFFIX = ("部", "总局", "厅", "总队", "支队", "部队", "大队", "银监会", "保监会", "银保监会")


def injectable_obsolete(rules: dict) -> list[dict]:
    out = []
    for e in rules["obsolete"]:
        w = e["wrong"]
        since = e.get("since", "") or ""
        if not re.match(r"^\d{4}", since) or int(since[:4]) > 2022:
            continue
        if w.startswith(OBSOLETE_SKIP_PREFIX) or w.endswith(OBSOLETE_SKIP_SUFFIX):
            continue
        if w in ("工商所", "军队转业干部安置工作领导小组办公室"):
            continue
        out.append(e)
    return out


# ---------------------------------------------------------------------------------------------
# Word lists. Checked: a clean corpus built from them gives no finding of planlint's dictionary
# rules (and none of its other rules). Keep away from deadline words (及时 and 持续 are fine in a
# task's text, 每季度 / 月底 / 工作日内 are not) and from 年度报告 (annual-report-deadline).
# ---------------------------------------------------------------------------------------------

PLACE_A = list("东西南北清白青临金云龙凤宁永新长丰平兴华德泰嘉红石高松梅桃柳枫")
PLACE_B = list("湖岭江河山川城阳源州溪林水海峰塘浦原亭桥岗洲湾")
ADDRESSEES = {
    "区": ["各镇人民政府、街道办事处，区政府各部门、各直属机构", "各街道办事处，区政府各部门、各直属机构",
           "各镇（街道），区直各单位"],
    "县": ["各乡镇人民政府，县政府各部门、各直属机构", "各乡镇人民政府，县直各单位"],
}
COLLECTIVE = {
    "区": ["各镇（街道）", "各街道办事处", "区政府各部门", "区直各单位"],
    "县": ["各乡镇人民政府", "县政府各部门", "县直各单位"],
}
UNITS = [
    "政府办公室", "财政局", "教育局", "科技局", "工业和信息化局", "民政局", "司法局", "人力资源和社会保障局",
    "人社局", "自然资源局", "住房和城乡建设局", "住建局", "交通运输局", "水利局", "农业农村局", "商务局",
    "文化和旅游局", "卫生健康局", "卫健局", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局",
    "市场监管局", "统计局", "医疗保障局", "医保局", "城市管理局", "城管局", "政务服务数据管理局", "信访局",
    "发展和改革局", "发改局", "委网信办", "委宣传部", "委编办", "融媒体中心", "政务服务中心", "林业局",
    "档案馆", "数据局", "公安分局", "税务局", "残联", "妇联", "消防救援大队",
]
VAGUE_LEAD = ["有关部门", "相关单位", "相关部门", "有关单位"]

SECTION_VERB = ["深化", "加强", "推进", "强化", "优化", "提升", "夯实", "健全", "完善", "做实"]
SECTION_NOUN = [
    "重点领域信息公开", "政策解读回应", "政务公开平台建设", "依申请公开办理", "基层政务公开",
    "政务公开制度建设", "政府信息管理", "公众参与", "政务服务公开", "政务公开监督考核", "政务数据开放",
    "行政权力运行公开", "民生领域信息公开", "政策发布解读",
]
TOPICS = [
    "财政预决算", "政府债务", "政府采购", "重大建设项目", "公共资源交易", "义务教育招生", "医疗卫生服务",
    "社会救助", "养老服务", "就业创业", "社会保险", "保障性住房", "征地补偿", "农村集体资产", "乡村振兴",
    "生态环境", "安全生产", "食品安全", "药品安全", "市场监管", "城市管理", "交通运输", "水利工程",
    "自然灾害防治", "行政执法", "行政许可", "行政处罚", "规范性文件", "重大行政决策", "政务服务事项",
    "涉企政策", "减税降费", "营商环境", "统计数据", "审计整改", "重点民生实事", "公共文化服务", "全民健身",
    "退役军人服务", "残疾人服务", "耕地保护", "住房公积金", "医疗保障", "科技创新", "人才引进",
    "城市更新", "老旧小区改造", "农村人居环境", "消费者权益保护", "国有资产管理", "公共法律服务",
]
TITLE_VERB = ["做好", "推进", "加强", "深化", "强化", "规范", "抓好", "落实", "扎实推进", "进一步做好", "着力推进"]
TITLE_NOUN = ["信息公开", "政策公开", "政策解读", "公开工作", "信息发布", "专栏建设", "数据开放", "公开专题建设"]
ADVERB = ["全面", "主动", "依法", "准确", "规范", "集中", "分类", "统一", "逐步", "按要求", "系统", "完整"]
VERB = ["公开", "发布", "公示", "公布", "梳理", "更新", "完善", "汇总", "整理", "归集"]
OBJECT = [
    "政策文件", "办事指南", "工作动态", "实施方案", "项目清单", "责任清单", "执行情况", "审批结果",
    "办理结果", "资金使用情况", "工作进展", "标准目录", "数据资源", "服务事项", "检查结果", "监管信息",
    "政策措施", "申报条件", "补助标准", "办理流程", "收费标准", "评估结果", "考核结果", "统计信息",
]
FOCUS = [
    "围绕企业群众关切", "聚焦群众办事需求", "按照谁制作谁公开的原则", "对照基层政务公开标准目录",
    "结合本地工作实际", "坚持以公开为常态、不公开为例外", "立足职能职责", "紧扣重点工作部署",
]
MEASURE = [
    "建立健全信息发布审核机制", "规范信息发布流程", "完善公开内容和公开方式", "细化公开标准和公开要求",
    "加强部门之间的协调配合", "优化专栏栏目设置", "明确专人负责信息更新", "做好公开前保密审查",
    "加强对基层的业务指导", "推动线上线下同步公开", "丰富图表图解等解读形式", "畅通意见建议反馈渠道",
    "规范数据格式和发布口径", "加强已公开信息的日常管理", "健全问题发现整改机制", "及时回应社会关切",
    "做好政策咨询答复", "推进信息资源共享", "落实信息发布协调机制", "加强公开内容合法性审查",
    "统一公开栏目和公开格式", "推动公开内容向基层延伸", "完善公开事项清单", "规范依申请公开答复",
]
GOAL = [
    "确保信息准确完整", "提升公开质量和实效", "增强政策透明度", "方便企业群众查询使用",
    "切实保障群众知情权", "推动政策落地见效", "提高公众参与度", "营造良好舆论氛围", "提升政府公信力",
    "促进工作规范运行", "让群众看得到、听得懂、能监督", "不断增强公开实效", "做到应公开尽公开",
    "提升群众满意度", "推动权力规范透明运行",
]
CITE_AUTHORITY = [("国务院办公厅", "国办发"), ("国务院办公厅", "国办函"), ("省人民政府办公厅", "省政办发"),
                  ("市人民政府办公室", "市政办发")]
CITE_SUBJECT = [
    "进一步加强政务公开工作", "全面推进基层政务公开标准化规范化工作", "做好政府信息依申请公开工作",
    "加强政府网站和政务新媒体建设管理", "做好政策解读工作", "推进政务公开平台建设",
]
CLOSING = [
    "各责任单位要按照任务分工，细化工作措施，明确责任人员，确保各项任务落到实处。",
    "各牵头单位要加强统筹协调，配合单位要主动履职，形成工作合力。",
    "{p}政府办公室将加强督促检查，定期通报任务落实情况，并纳入政务公开工作考核。",
    "各单位要加强政务公开工作力量，明确专人负责，做好信息报送和日常维护。",
]
# A dated request to report back sits in the notice (after the tasks it would be read as part of
# the last task's text and contradict its deadline).
REPORT_BACK = "各单位请于{y}年12月10日前将全年任务完成情况书面报送{p}政府办公室。"

CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..99 as Chinese numerals (一, 十, 十一, 二十三)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


# ---------------------------------------------------------------------------------------------
# Plan model
# ---------------------------------------------------------------------------------------------


class Task:
    __slots__ = ("number", "section", "title", "body", "lead", "coop", "deadline", "dl_text", "form", "inj")

    def __init__(self):
        self.inj = []  # [(kind, rule, text, extra)]


class Plan:
    pass


def pick_deadline(rng: random.Random, year: int, standing_ok: bool = True) -> str:
    r = rng.random()
    mo = rng.randint(5, 12)
    if standing_ok and r < 0.25:
        return rng.choice(["持续推进", "全年", "长期坚持", "常态化开展", "持续开展", "年内完成"])
    if r < 0.5:
        return f"{year}年{mo}月底前"
    if r < 0.7:
        return f"{mo}月底前"
    if r < 0.85:
        return f"{year}年12月31日前"
    return rng.choice([f"{year}年6月30日前", f"{year}年9月30日前", f"{year}年11月30日前", "年底前"])


def make_body(rng: random.Random, topic: str) -> list[str]:
    """The body as a list of clauses (joined with ，, ended with 。)."""
    parts = []
    if rng.random() < 0.35:
        parts.append(rng.choice(FOCUS))
    parts.append(rng.choice(ADVERB) + rng.choice(VERB) + topic + rng.choice(OBJECT))
    for m in rng.sample(MEASURE, rng.randint(1, 3)):
        parts.append(m)
    parts.append(rng.choice(GOAL))
    return parts


def unit(p: str, name: str) -> str:
    return p + name  # 区 + 财政局, 区 + 委网信办


def make_plan(rng: random.Random, n_tasks: int, layout: str) -> Plan:
    plan = Plan()
    plan.layout = layout
    plan.place = rng.choice(PLACE_A) + rng.choice(PLACE_B)
    plan.p = rng.choice(["区", "区", "县"])
    plan.year = rng.choice([2024, 2025, 2026, 2026])
    plan.month = rng.randint(1, 3)
    plan.day = rng.randint(1, 25)
    plan.printed_day = plan.day + rng.randint(0, 3)
    abbr = plan.place[0]
    plan.doc_prefix = abbr + rng.choice(["政办发", "政办函", "政办"])
    plan.doc_seq = rng.randint(1, 99)
    plan.doc_number = f"{plan.doc_prefix}〔{plan.year}〕{plan.doc_seq}号"
    plan.issuer = f"{plan.place}{plan.p}人民政府办公室"
    kind = rng.choice(["工作要点", "重点工作任务分工方案", "工作要点任务分工方案"])
    plan.title = f"{plan.place}{plan.p}{plan.year}年政务公开{kind}"
    plan.short = "方案" if kind.endswith("方案") else "要点"
    plan.addressees = rng.choice(ADDRESSEES[plan.p])
    plan.signing = f"{plan.year}年{plan.month}月{plan.day}日"
    plan.header_style = rng.choice(["notice", "notice", "title-first"])
    plan.footer = rng.random() < 0.5
    plan.report_back = rng.random() < 0.5
    plan.closing = [c.format(p=plan.p, y=plan.year) for c in rng.sample(CLOSING, rng.randint(1, 3))]
    # sections: 3..10, each with at least one task
    n_sec = max(1, min(10, n_tasks // rng.randint(5, 12)))
    cuts = sorted(rng.sample(range(1, n_tasks), n_sec - 1)) if n_sec > 1 else []
    bounds = [0] + cuts + [n_tasks]
    verbs = rng.sample(SECTION_VERB, min(n_sec, len(SECTION_VERB)))
    nouns = rng.sample(SECTION_NOUN, min(n_sec, len(SECTION_NOUN)))
    plan.sections = [f"{cn_number(i + 1)}、{verbs[i % len(verbs)]}{nouns[i % len(nouns)]}" for i in range(n_sec)]
    units = [unit(plan.p, u) for u in UNITS]
    coll = COLLECTIVE[plan.p]
    plan.tasks = []
    plan.group_first = set()
    for s in range(n_sec):
        for k in range(bounds[s], bounds[s + 1]):
            t = Task()
            t.number = k + 1
            t.section = s
            topic = rng.choice(TOPICS)
            t.title = rng.choice(TITLE_VERB) + topic + rng.choice(TITLE_NOUN)
            t.body = make_body(rng, topic)
            if rng.random() < 0.06:
                auth, code = rng.choice(CITE_AUTHORITY)
                yr = rng.randint(plan.year - 4, plan.year - 1)
                t.body.insert(0, f"按照《{auth}关于{rng.choice(CITE_SUBJECT)}的通知》（{code}〔{yr}〕{rng.randint(1, 80)}号）要求")
            t.lead = rng.choice(units)
            r = rng.random()
            if r < 0.45:
                t.coop = [rng.choice(coll)]
            elif r < 0.85:
                t.coop = [u for u in rng.sample(units, rng.randint(1, 3)) if u != t.lead]
                if rng.random() < 0.3:
                    t.coop.append(rng.choice(coll))
            else:
                t.coop = []
            t.deadline = pick_deadline(rng, plan.year)
            t.dl_text = pick_deadline(rng, plan.year, standing_ok=False)  # for deadlines inside the text
            t.form = rng.random()
            plan.tasks.append(t)
            if k == bounds[s]:
                plan.group_first.add(k)
    plan.doc_inj = None  # (kind, rule, text) of an injected 发文字号
    return plan


# ---------------------------------------------------------------------------------------------
# Injection
# ---------------------------------------------------------------------------------------------

KIND_RULES = {
    "common-typo": "zh-text::common-typos",
    "variant-form": "zh-text::variant-forms",
    "obsolete-unit": "gov-openness::obsolete-unit-names",
    "numbering-duplicate": "gov-openness::numbering-sequence",
    "numbering-skip": "gov-openness::numbering-sequence",
    "deadline-missing": "gov-openness::deadline-present",
    "lead-missing": "gov-openness::lead-unit-named",
    "lead-vague": "gov-openness::lead-unit-concrete",
    "lead-collective": "gov-openness::lead-unit-concrete",
    "doc-number-header": "gbt9704::doc-number-format",
    "doc-number-body": "gbt9704::doc-number-format",
}
KIND_WEIGHTS = [
    ("common-typo", 14), ("variant-form", 5), ("obsolete-unit", 10), ("numbering-duplicate", 5),
    ("numbering-skip", 5), ("deadline-missing", 10), ("lead-missing", 8), ("lead-vague", 6),
    ("lead-collective", 6), ("doc-number-header", 6), ("doc-number-body", 5),
]
TABLE_LAYOUTS = ("tab-rows", "pipe-rows", "cell-per-line")  # empty unit cells are read as merged (inherited)
# Defects a layout cannot carry: a space-rows table or a flattened page has one unit column, so an
# empty lead cell would shift the cells; a cell stream has no empty cells at all.
NOT_APPLICABLE = {
    "space-rows": ("lead-missing",),
    "flattened": ("lead-missing",),
    "cell-stream": ("lead-missing", "deadline-missing"),
}
BAD_DOC_FORMS = ["[{y}]", "（{y}）", "({y})", "【{y}】", "〔{y}〕第", "〔{y}〕0"]


def inject(rng: random.Random, plan: Plan, rules: dict, obsolete: list[dict]) -> None:
    kinds = [k for k, _ in KIND_WEIGHTS]
    weights = [w for _, w in KIND_WEIGHTS]
    n = rng.choice([1, 1, 1, 2, 2, 3])
    chosen: list[str] = []
    while len(chosen) < n:
        k = rng.choices(kinds, weights)[0]
        if k in chosen:
            continue
        if k.startswith("numbering") and any(c.startswith("numbering") for c in chosen):
            continue
        if k in NOT_APPLICABLE.get(plan.layout, ()):
            continue
        chosen.append(k)
    used: set[int] = set()
    tasks = plan.tasks
    group_first = sorted(plan.group_first)

    def free_task(candidates) -> int | None:
        c = [i for i in candidates if i not in used]
        if not c:
            return None
        i = rng.choice(c)
        used.add(i)
        return i

    for k in chosen:
        rule = KIND_RULES[k]
        if k == "doc-number-header":
            form = rng.choice(BAD_DOC_FORMS).format(y=plan.year)  # one fault each
            bad = f"{plan.doc_prefix}{form}{plan.doc_seq}号"
            plan.doc_number = bad
            plan.doc_inj = (k, rule, bad)
            continue
        if k in ("numbering-duplicate", "numbering-skip"):
            # from the third task on: a duplicated 1 at the head of a section reads as numbering
            # that restarts in each section, which plans do
            i = free_task(range(2, len(tasks)))
            if i is None:
                continue
            delta = -1 if k == "numbering-duplicate" else 1
            for j in range(i, len(tasks)):
                tasks[j].number += delta
            tasks[i].inj.append((k, rule, str(tasks[i].number), None))
            continue
        if k == "lead-missing" and plan.layout in TABLE_LAYOUTS:
            # an empty unit cell below a filled one is read as a merged cell (the units above
            # carry down); only a group's first row has no value above it in its group. An empty
            # 时限 cell is a missing time limit wherever it stands.
            i = free_task(group_first)
        else:
            i = free_task(range(len(tasks)))
        if i is None:
            continue
        t = tasks[i]
        if k == "common-typo":
            e = rng.choice(rules["typos"])
            t.body.insert(rng.randint(1, len(t.body) - 1), e["wrong"])
            t.inj.append((k, rule, e["wrong"], "body"))
        elif k == "variant-form":
            e = rng.choice(rules["variants"])
            t.body.insert(rng.randint(1, len(t.body) - 1), e["wrong"])
            t.inj.append((k, rule, e["wrong"], "body"))
        elif k == "doc-number-body":
            auth, code = rng.choice(CITE_AUTHORITY)
            yr = rng.randint(plan.year - 4, plan.year - 1)
            form = rng.choice(["（{y}）", "[{y}]", "({y})", "【{y}】"]).format(y=yr)
            cite = f"{code}{form}{rng.randint(1, 80)}号"
            t.body.insert(0, f"按照《{auth}关于{rng.choice(CITE_SUBJECT)}的通知》（{cite}）要求")
            t.inj.append((k, rule, cite, "body"))
        elif k == "obsolete-unit":
            e = rng.choice(obsolete)
            t.lead = plan.p + e["wrong"]
            t.inj.append((k, rule, t.lead, "lead"))
        elif k == "deadline-missing":
            t.deadline = None
            t.dl_text = None
            t.inj.append((k, rule, "", "task"))
        elif k == "lead-missing":
            # two units and no lead: nobody is in charge. (One concrete unit alone would be read
            # as the lead, and a collective alone is the lead-collective case.)
            t.coop = [unit(plan.p, u) for u in rng.sample(UNITS, 2)]
            if plan.layout in ("pipe-rows", "tab-rows", "cell-per-line", "html-table"):
                t.lead = ""  # an empty lead cell, the two units in the cooperating/responsible cell
            else:
                t.lead = None  # 责任单位：A、B  /  （A、B负责）
            t.inj.append((k, rule, "、".join(t.coop) if plan.layout != "pipe-rows" else "", "task"))
        elif k == "lead-vague":
            t.lead = rng.choice(VAGUE_LEAD)
            t.inj.append((k, rule, t.lead, "task"))
        elif k == "lead-collective":
            t.lead = rng.choice(COLLECTIVE[plan.p])
            t.inj.append((k, rule, t.lead, "task"))


# ---------------------------------------------------------------------------------------------
# Rendering. Each renderer returns (text, info): info["tasks"][i] = {first, last, number, body,
# lead} line numbers (1-based, in the decoded text) and info["doc_number"] its line.
# ---------------------------------------------------------------------------------------------


class Lines:
    def __init__(self):
        self.lines: list[str] = []

    def add(self, s: str = "") -> int:
        self.lines.append(s)
        return len(self.lines)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    @property
    def n(self) -> int:
        return len(self.lines)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def body_text(t: Task) -> str:
    return "，".join(t.body) + "。"


def header_text(plan: Plan, L: Lines, info: dict, rng: random.Random) -> None:
    if plan.header_style == "notice":
        L.add(plan.issuer)
        L.blank()
        info["doc_number"] = L.add(plan.doc_number)
        L.blank()
        L.add(f"{plan.issuer}关于印发{plan.title}的通知")
        L.blank()
        L.add(f"{plan.addressees}：")
        L.blank()
        L.add(f"《{plan.title}》已经{plan.p}政府同意，现印发给你们，请结合实际认真贯彻执行。")
        L.blank()
        if plan.report_back:
            L.add(REPORT_BACK.format(p=plan.p, y=plan.year))
            L.blank()
        L.add(plan.issuer)
        L.blank()
        L.add(plan.signing)
        L.blank()
        L.add(plan.title)
        L.blank()
    else:
        L.add(plan.title)
        L.blank()
        info["doc_number"] = L.add(plan.doc_number)
        L.blank()
        L.add(f"{plan.addressees}：")
        L.blank()
    L.add(f"为深入贯彻《中华人民共和国政府信息公开条例》，进一步做好{plan.year}年全{plan.p}政务公开工作，"
          f"围绕政策解读、依申请公开、政府网站和政务新媒体管理等重点工作，制定本{plan.short}。")
    L.blank()


def footer_text(plan: Plan, L: Lines) -> None:
    L.blank()
    for c in plan.closing:
        L.add(c)
        L.blank()
    if plan.header_style != "notice":
        L.add(plan.issuer)
        L.blank()
        L.add(plan.signing)
        L.blank()
    if plan.footer:
        L.add("公开方式：主动公开")
        L.blank()
        L.add(f"{plan.issuer}{' ' * 10}{plan.year}年{plan.month}月{plan.printed_day}日印发")


def render_para_labelled(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    L, info = Lines(), {"tasks": []}
    header_text(plan, L, info, rng)
    spaced = rng.random() < 0.5
    sep = rng.choice([".", "、", "．"])
    sec = -1
    for t in plan.tasks:
        if t.section != sec:
            sec = t.section
            L.blank()
            L.add(plan.sections[sec])
            L.blank()
        ti = {}
        ti["first"] = ti["number"] = ti["body"] = L.add(f"{t.number}{sep}{t.title}。{body_text(t)}")
        if t.lead:
            ti["lead"] = L.add(f"牵头单位：{t.lead}")
        if t.coop:
            ln = L.add(f"责任单位：{'、'.join(t.coop)}")
            ti.setdefault("lead", ln)
        if t.deadline:
            L.add(f"完成时限：{t.deadline}")
        ti["last"] = L.n
        info["tasks"].append(ti)
        if spaced:
            L.blank()
    footer_text(plan, L)
    return L.text(), info


def bracket_assignment(t: Task, rng: random.Random) -> str:
    coop = "、".join(t.coop)
    if t.lead is None:
        return f"（{coop}负责）"
    if t.lead in sum(COLLECTIVE.values(), []) and rng.random() < 0.5:
        return f"（{t.lead}负责落实）"  # the collective as the only assignment
    if t.form < 0.5:
        return f"（{t.lead}牵头，{coop}配合）" if coop else f"（{t.lead}牵头落实）"
    return f"（牵头单位：{t.lead}；责任单位：{coop}）" if coop else f"（牵头单位：{t.lead}）"


def render_para_bracket(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    L, info = Lines(), {"tasks": []}
    header_text(plan, L, info, rng)
    sep = rng.choice([".", "、"])
    sec = -1
    for t in plan.tasks:
        if t.section != sec:
            sec = t.section
            L.blank()
            L.add(plan.sections[sec])
            L.blank()
        body = "，".join(t.body)
        if t.dl_text:
            body += f"，{t.dl_text}完成"
        ln = L.add(f"{t.number}{sep}{t.title}。{body}。{bracket_assignment(t, rng)}")
        info["tasks"].append({"first": ln, "last": ln, "number": ln, "body": ln, "lead": ln})
        L.blank()
    footer_text(plan, L)
    return L.text(), info


TAB_HEADERS = [
    ["序号", "工作任务", "具体任务", "牵头单位", "配合单位", "完成时限"],
    ["序号", "工作事项", "具体内容", "牵头部门", "配合部门", "完成时间"],
    ["序号", "工作任务", "具体要求", "牵头单位", "责任单位", "时限"],
]


def render_tab_rows(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    L, info = Lines(), {"tasks": []}
    header_text(plan, L, info, rng)
    L.add("\t".join(rng.choice(TAB_HEADERS)))
    sec = -1
    for i, t in enumerate(plan.tasks):
        first = i in plan.group_first
        cells = [str(t.number), plan.sections[t.section] if first else "",
                 f"{t.title}，{body_text(t)}", t.lead or "", "、".join(t.coop), t.deadline or ""]
        ln = L.add("\t".join(cells))
        info["tasks"].append({"first": ln, "last": ln, "number": ln, "body": ln, "lead": ln})
    footer_text(plan, L)
    return L.text(), info


def render_pipe_rows(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    L, info = Lines(), {"tasks": []}
    header_text(plan, L, info, rng)
    L.add("工作任务 | 具体要求 | 牵头单位 | 完成时限 |")
    for i, t in enumerate(plan.tasks):
        task = f"{t.number}.{t.title}，{body_text(t)}"
        row = f"{task} | {t.lead or ''} | {t.deadline or ''} |"
        if i in plan.group_first:
            row = f"{plan.sections[t.section]} | {row}"
        ln = L.add(row)
        info["tasks"].append({"first": ln, "last": ln, "number": ln, "body": ln, "lead": ln})
    footer_text(plan, L)
    return L.text(), info


def render_space_rows(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    L, info = Lines(), {"tasks": []}
    header_text(plan, L, info, rng)
    L.add(f"{plan.year}年全{plan.p}政务公开重点任务及牵头单位如下：")
    L.blank()
    L.add("序号 工 作 任 务 牵头单位")
    for t in plan.tasks:
        body = "，".join([t.title] + t.body)
        if t.dl_text:
            body += f"，{t.dl_text}完成"
        ln = L.add(f"{t.number} {body}。 {t.lead}")
        info["tasks"].append({"first": ln, "last": ln, "number": ln, "body": ln, "lead": ln})
    footer_text(plan, L)
    return L.text(), info


def render_cell_per_line(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    L, info = Lines(), {"tasks": []}
    header_text(plan, L, info, rng)
    for c in rng.choice(TAB_HEADERS):
        L.add("\t" + c)
    for i, t in enumerate(plan.tasks):
        L.add("")
        ti = {}
        ti["first"] = ti["number"] = L.add(f"\t{t.number}")
        L.add("\t" + (plan.sections[t.section] if i in plan.group_first else ""))
        ti["body"] = L.add(f"\t{t.title}，{body_text(t)}")
        ti["lead"] = L.add("\t" + (t.lead or ""))
        L.add("\t" + "、".join(t.coop))
        L.add("\t" + (t.deadline or ""))
        ti["last"] = L.n
        info["tasks"].append(ti)
    footer_text(plan, L)
    return L.text(), info


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_head(plan: Plan, L: Lines, info: dict) -> None:
    L.add("<!DOCTYPE html>")
    L.add('<html lang="zh-CN">')
    L.add("<head>")
    L.add('<meta charset="utf-8">')
    L.add(f"<title>{plan.issuer}关于印发{plan.title}的通知_{plan.place}{plan.p}人民政府</title>")
    L.add("</head>")
    L.add("<body>")
    L.add('<div class="site_header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>')
    L.add('<table class="xxgk_meta">')
    L.add(f'<tr><td class="label">索引号：</td><td>{plan.place[0]}{plan.p}{plan.year}-{plan.doc_seq:05d}</td>'
          f'<td class="label">发布机构：</td><td>{plan.issuer}</td></tr>')
    info["doc_number"] = L.add(
        f'<tr><td class="label">发文日期：</td><td>{plan.year}-{plan.month:02d}-{plan.day:02d}</td>'
        f'<td class="label">文号：</td><td>{html_escape(plan.doc_number)}</td></tr>')
    L.add("</table>")
    L.add('<div class="article_content">')
    L.add(f"<p>{plan.issuer}关于印发{plan.title}的通知</p>")
    L.add(f"<p>{plan.addressees}：</p>")
    L.add(f"<p>《{plan.title}》已经{plan.p}政府同意，现印发给你们，请结合实际认真贯彻执行。</p>")
    if plan.report_back:
        L.add(f"<p>{REPORT_BACK.format(p=plan.p, y=plan.year)}</p>")
    L.add(f"<p>{plan.issuer}</p>")
    L.add(f"<p>{plan.signing}</p>")
    L.add(f"<p>{plan.title}</p>")
    L.add(f"<p>为深入贯彻《中华人民共和国政府信息公开条例》，进一步做好{plan.year}年全{plan.p}政务公开工作，"
          f"围绕政策解读、依申请公开、政府网站和政务新媒体管理等重点工作，制定本{plan.short}。</p>")


def html_tail(plan: Plan, L: Lines) -> None:
    for c in plan.closing:
        L.add(f"<p>{c}</p>")
    L.add("</div>")
    L.add(f'<div class="site_footer"><p>主办：{plan.issuer}</p></div>')
    L.add("</body>")
    L.add("</html>")


def render_html_table(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    L, info = Lines(), {"tasks": []}
    html_head(plan, L, info)
    L.add("<table>")
    L.add("<tr>" + "".join(f"<th>{c}</th>" for c in rng.choice(TAB_HEADERS)) + "</tr>")
    sizes = {}
    for t in plan.tasks:
        sizes[t.section] = sizes.get(t.section, 0) + 1
    for i, t in enumerate(plan.tasks):
        sec = ""
        if i in plan.group_first:
            span = sizes[t.section]
            sec = f'<td rowspan="{span}">{plan.sections[t.section]}</td>' if span > 1 else f"<td>{plan.sections[t.section]}</td>"
        cells = [f"<td>{t.number}</td>", sec, f"<td>{html_escape(t.title + '，' + body_text(t))}</td>",
                 f"<td>{t.lead or ''}</td>", f"<td>{'、'.join(t.coop)}</td>", f"<td>{t.deadline or ''}</td>"]
        ln = L.add("<tr>" + "".join(cells) + "</tr>")
        info["tasks"].append({"first": ln, "last": ln, "number": ln, "body": ln, "lead": ln})
    L.add("</table>")
    html_tail(plan, L)
    return L.text(), info


def render_html_lines(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    L, info = Lines(), {"tasks": []}
    html_head(plan, L, info)
    sec = -1
    for t in plan.tasks:
        if t.section != sec:
            sec = t.section
            L.add(f"<p>{plan.sections[sec]}</p>")
        ti = {}
        ti["first"] = ti["number"] = ti["body"] = L.add(f"<p>{t.number}.{html_escape(t.title + '。' + body_text(t))}</p>")
        if t.lead:
            ti["lead"] = L.add(f"<p>牵头单位：{t.lead}</p>")
        if t.coop:
            ln = L.add(f"<p>{'配合单位' if t.lead else '责任单位'}：{'、'.join(t.coop)}</p>")
            ti.setdefault("lead", ln)
        if t.deadline:
            L.add(f"<p>完成时限：{t.deadline}</p>")
        ti["last"] = L.n
        info["tasks"].append(ti)
    html_tail(plan, L)
    return L.text(), info


def render_cell_stream(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    """One cell per line, a `|` line (or a blank line) after each cell; the four header names
    size the rows. No section cells (the header does not name them)."""
    L, info = Lines(), {"tasks": []}
    header_text(plan, L, info, rng)
    piped = rng.random() < 0.5

    def cell(c: str) -> int:
        ln = L.add(c)
        if piped:
            L.add("|")
        else:
            L.add("")
        return ln

    for c in rng.choice([["序号", "工作任务", "牵头单位", "完成时限"], ["序号", "重点任务", "责任单位", "完成时限"]]):
        cell(c)
    for t in plan.tasks:
        ti = {}
        ti["first"] = ti["number"] = cell(str(t.number))
        ti["body"] = cell(f"{t.title}，{body_text(t)}")
        ti["lead"] = cell(t.lead)
        ti["last"] = cell(t.deadline)
        info["tasks"].append(ti)
    footer_text(plan, L)
    return L.text(), info


def render_flattened(plan: Plan, rng: random.Random) -> tuple[str, dict]:
    """A web page saved as text: a few metadata lines, then the notice and the whole table on one
    line, cells run together: `…工作任务牵头单位责任单位工作要求一、…1.做好…区财政局区审计局…`."""
    L, info = Lines(), {"tasks": []}
    L.add(f"标题: {plan.issuer}关于印发{plan.title}的通知")
    L.add(f"发布时间: {plan.year}-{plan.month:02d}-{plan.printed_day:02d}")
    info["doc_number"] = L.add(f"文号: {plan.doc_number}")
    L.add(f"发布机构: {plan.issuer}")
    L.add("==================== 正文 ====================")
    # no preamble between the title and the header cells (a sentence there hides the table); the
    # key topics are named in the notice instead
    parts = [f"{plan.addressees}：《{plan.title}》已经{plan.p}政府同意，现印发给你们，请结合实际认真贯彻执行。"
             f"各单位要围绕政策解读、依申请公开、政府网站和政务新媒体管理等重点工作，认真抓好落实。",
             plan.issuer, plan.signing, plan.title, "工作任务牵头单位责任单位工作要求"]
    line = len(L.lines) + 1
    sec = -1
    for t in plan.tasks:
        if t.section != sec:
            sec = t.section
            parts.append(plan.sections[sec])
        body = "，".join(t.body)
        if t.dl_text:
            body += f"，{t.dl_text}完成"
        parts.append(f"{t.number}.{t.title}{t.lead}{'、'.join(t.coop)}{body}。")
        info["tasks"].append({"first": line, "last": line, "number": line, "body": line, "lead": line})
    parts.extend(plan.closing)
    L.add("".join(parts))
    return L.text(), info


RENDERERS = {
    "para-labelled": render_para_labelled,
    "para-bracket": render_para_bracket,
    "tab-rows": render_tab_rows,
    "pipe-rows": render_pipe_rows,
    "space-rows": render_space_rows,
    "cell-per-line": render_cell_per_line,
    "html-table": render_html_table,
    "html-lines": render_html_lines,
    "cell-stream": render_cell_stream,
    "flattened": render_flattened,
}
LAYOUT_WEIGHTS = [("para-labelled", 14), ("para-bracket", 14), ("tab-rows", 14), ("pipe-rows", 9),
                  ("space-rows", 9), ("cell-per-line", 9), ("cell-stream", 6), ("flattened", 5),
                  ("html-table", 12), ("html-lines", 8)]
TEXT_LAYOUTS = {"para-labelled", "para-bracket", "tab-rows", "pipe-rows", "space-rows", "cell-per-line",
                "cell-stream", "flattened"}

# ---------------------------------------------------------------------------------------------
# One file
# ---------------------------------------------------------------------------------------------

_STATE: dict = {}


def _init_worker(opts: dict) -> None:
    _STATE.update(opts)
    rules = load_rules(opts["rules_dir"])
    _STATE["rules"] = rules
    _STATE["obsolete"] = injectable_obsolete(rules)


def rel_path(i: int, ext: str) -> str:
    return f"plans/{i // 1000:03d}/{i:06d}.{ext}"


def generate_one(i: int) -> tuple[int, int, dict, list[dict]]:
    seed = _STATE["seed"]
    rng = random.Random(f"{seed}:{i}")
    layouts = _STATE["layouts"]
    layout = rng.choices([l for l, _ in layouts], [w for _, w in layouts])[0]
    n_tasks = rng.randint(25, 110)
    plan = make_plan(rng, n_tasks, layout)
    injected = (not _STATE["clean"]) and rng.random() < _STATE["defect_rate"]
    if injected:
        inject(rng, plan, _STATE["rules"], _STATE["obsolete"])
    text, info = RENDERERS[layout](plan, rng)
    gbk = layout in TEXT_LAYOUTS and rng.random() < 0.12
    if gbk:
        data = text.replace("\n", "\r\n").encode("gbk")
    else:
        data = text.encode("utf-8")
    ext = "html" if layout.startswith("html") else "txt"
    rel = rel_path(i, ext)
    path = os.path.join(_STATE["out"], rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    entries = []
    if plan.doc_inj:
        k, rule, txt = plan.doc_inj
        ln = info["doc_number"]
        entries.append({"file": rel, "kind": k, "rule": rule, "line": ln, "line_end": ln, "task": None, "text": txt})
    for idx, t in enumerate(plan.tasks):
        ti = info["tasks"][idx]
        for k, rule, txt, where in t.inj:
            if where == "body":
                ln = le = ti["body"]
            elif where == "lead":
                ln = le = ti["lead"]
            elif k.startswith("numbering"):
                ln = le = ti["number"]
            else:
                ln, le = ti["first"], ti["last"]
            e = {"file": rel, "kind": k, "rule": rule, "line": ln, "line_end": le, "task": idx + 1, "text": txt}
            if k in ("lead-collective", "lead-vague"):
                # a vague or collective name where the lead should be: reported as a lead that is not
                # concrete when it is labelled the lead (牵头单位：有关部门, a 牵头单位 column), as no lead
                # at all when it stands alone or under 责任单位 (（区政府各部门负责落实）); either answers
                e["alt_rules"] = ["gov-openness::lead-unit-named"]
            entries.append(e)
    entries.sort(key=lambda e: (e["line"], e["kind"]))
    meta = {"file": rel, "layout": layout, "encoding": "gbk-crlf" if gbk else "utf-8", "tasks": len(plan.tasks),
            "bytes": len(data), "injections": len(entries)}
    return i, len(data), meta, entries


# ---------------------------------------------------------------------------------------------
# Big files
# ---------------------------------------------------------------------------------------------


def big_lines(out: str, seed: int, n_lines: int = 1_000_000) -> dict:
    """One para-labelled plan of exactly n_lines short lines, no blank lines: 99 sections
    (一、…九十九、) of 34 subsections (（一）…（三十四）) whose tasks are numbered from 1 in each
    subsection (planlint reads task numbers up to 999 and Chinese section numbers up to 九十九)."""
    rng = random.Random(f"{seed}:big-lines")
    plan = make_plan(rng, 50, "para-labelled")
    plan.header_style = "notice"
    L, info = Lines(), {}
    header_text(plan, L, info, rng)
    lines = [l for l in L.lines if l]
    n_sec, n_sub = 99, 34
    closing = plan.closing[:1]
    budget = n_lines - len(lines) - n_sec - n_sec * n_sub - len(closing)
    n_tasks = budget // 3
    extra = budget - 3 * n_tasks  # 0..2 tasks get a 责任单位 line too
    units = [plan.p + u for u in UNITS]
    groups = n_sec * n_sub
    number = 0
    for g in range(groups):
        s, sub = divmod(g, n_sub)
        if sub == 0:
            lines.append(f"{cn_number(s + 1)}、{SECTION_VERB[s % len(SECTION_VERB)]}{SECTION_NOUN[s % len(SECTION_NOUN)]}")
        lines.append(f"（{cn_number(sub + 1)}）{rng.choice(TITLE_VERB)}{rng.choice(TOPICS)}{rng.choice(TITLE_NOUN)}")
        in_group = n_tasks * (g + 1) // groups - n_tasks * g // groups
        for k in range(in_group):
            number += 1
            topic = rng.choice(TOPICS)
            lines.append(f"{k + 1}.{rng.choice(TITLE_VERB)}{topic}{rng.choice(TITLE_NOUN)}。")
            lines.append(f"牵头单位：{rng.choice(units)}")
            if extra and number > n_tasks - extra:
                lines.append(f"责任单位：{rng.choice(COLLECTIVE[plan.p])}")
            lines.append(f"完成时限：{pick_deadline(rng, plan.year)}")
    lines.extend(closing)
    assert len(lines) == n_lines and number == n_tasks, (len(lines), number)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path = os.path.join(out, "big", "lines-1M.txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return {"file": "big/lines-1M.txt", "layout": "para-labelled", "encoding": "utf-8", "tasks": n_tasks,
            "bytes": len(data), "lines": n_lines, "injections": 0}


def big_file(out: str, seed: int, size: int) -> dict:
    """One para-labelled plan of about `size` bytes, tasks written as in the corpus (numbered
    paragraph, 牵头单位 / 责任单位 / 完成时限 lines), in sections and subsections as big_lines."""
    rng = random.Random(f"{seed}:big-file")
    plan = make_plan(rng, 50, "para-labelled")
    plan.header_style = "notice"
    L, info = Lines(), {}
    header_text(plan, L, info, rng)
    head = L.text()
    units = [plan.p + u for u in UNITS]
    coll = COLLECTIVE[plan.p]
    tail = "\n" + "\n\n".join(plan.closing) + "\n"
    limit = size - len(tail.encode("utf-8"))
    n_sec, n_sub = 99, 34
    groups = n_sec * n_sub
    per_group = max(1, min(999, -(-size // 200 // groups)))  # overestimated: the plan ends when full
    chunks = [head]
    total = len(head.encode("utf-8"))
    number = 0
    full = False
    for g in range(groups):
        s, sub = divmod(g, n_sub)
        heads = ""
        if sub == 0:
            heads += f"{cn_number(s + 1)}、{SECTION_VERB[s % len(SECTION_VERB)]}{SECTION_NOUN[s % len(SECTION_NOUN)]}\n\n"
        heads += f"（{cn_number(sub + 1)}）{rng.choice(TITLE_VERB)}{rng.choice(TOPICS)}{rng.choice(TITLE_NOUN)}\n\n"
        for k in range(per_group):
            topic = rng.choice(TOPICS)
            title = rng.choice(TITLE_VERB) + topic + rng.choice(TITLE_NOUN)
            block = f"{k + 1}.{title}。{'，'.join(make_body(rng, topic))}。\n牵头单位：{rng.choice(units)}\n"
            if rng.random() < 0.7:
                block += f"责任单位：{rng.choice(coll)}\n"
            block += f"完成时限：{pick_deadline(rng, plan.year)}\n\n"
            piece = heads + block
            b = len(piece.encode("utf-8"))
            if total + b > limit and number > 0:
                full = True
                break
            chunks.append(piece)
            heads = ""
            total += b
            number += 1
        if full:
            break
    chunks.append(tail)
    data = "".join(chunks).encode("utf-8")
    name = f"big/file-{fmt_size(size)}.txt"
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return {"file": name, "layout": "para-labelled", "encoding": "utf-8", "tasks": number, "bytes": len(data),
            "lines": data.count(b"\n"), "injections": 0}


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def parse_size(s: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMG]?)B?", s.strip().upper())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {s!r} (use e.g. 100M, 1G)")
    return int(float(m.group(1)) * {"": 1, "K": 10**3, "M": 10**6, "G": 10**9}[m.group(2)])


def fmt_size(n: int) -> str:
    for unit_, f in (("G", 10**9), ("M", 10**6), ("K", 10**3)):
        if n >= f and n % f == 0:
            return f"{n // f}{unit_}"
    return str(n)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="output folder (plans/, manifest.jsonl, files.jsonl, corpus.json)")
    ap.add_argument("--size", type=parse_size, default=parse_size("100M"),
                    help="total bytes of plans, decimal units (100M, 1G); default 100M")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--big-lines", action="store_true", help="also write big/lines-1M.txt (1,000,000 lines)")
    ap.add_argument("--big-file", type=parse_size, metavar="SIZE", help="also write big/file-SIZE.txt, one plan")
    ap.add_argument("--no-plans", action="store_true", help="write only the big files (no plans/)")
    ap.add_argument("--clean", action="store_true", help="inject nothing (to check the word lists)")
    ap.add_argument("--defect-rate", type=float, default=0.5, help="share of files with injections (0.5)")
    ap.add_argument("--layouts", help="comma-separated subset of: " + ", ".join(RENDERERS))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (output is the same)")
    ap.add_argument("--rules", default=RULES, help="the rules/ folder to read the dictionaries from")
    ap.add_argument("--reuse", action="store_true",
                    help="do nothing if --out already holds a corpus made with the same parameters")
    ap.add_argument("--dictionary-out", metavar="FILE",
                    help="write the dictionary rules' literals, one a line (for ripgrep -F -f), and exit")
    ap.add_argument("--prh-out", metavar="FILE",
                    help="write the same dictionary as a textlint-rule-prh YAML, and exit")
    args = ap.parse_args()

    rules = load_rules(args.rules)
    if args.dictionary_out or args.prh_out:
        if args.dictionary_out:
            with open(args.dictionary_out, "w", encoding="utf-8") as f:
                for w in dictionary_literals(rules):
                    f.write(w + "\n")
        if args.prh_out:
            with open(args.prh_out, "w", encoding="utf-8") as f:
                f.write(prh_yaml(rules))
        return 0
    if not args.out:
        ap.error("--out is required")
    layouts = LAYOUT_WEIGHTS
    if args.layouts:
        want = args.layouts.split(",")
        bad = [l for l in want if l not in RENDERERS]
        if bad:
            ap.error(f"unknown layouts: {bad}")
        layouts = [(l, w) for l, w in LAYOUT_WEIGHTS if l in want]

    out = os.path.abspath(args.out)
    params = {"generator_version": GENERATOR_VERSION, "seed": args.seed, "rules_digest": rules["digest"],
              "size": None if args.no_plans else args.size, "clean": args.clean,
              "defect_rate": args.defect_rate, "layouts": [l for l, _ in layouts],
              "big_lines": args.big_lines, "big_file": args.big_file}
    path = os.path.join(out, "corpus.json")
    if args.reuse and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if json.load(f).get("params") == params:
                print(f"reusing {out} (same parameters)", file=sys.stderr)
                return 0
    os.makedirs(out, exist_ok=True)
    if os.path.exists(path):
        os.remove(path)  # written last: a corpus without it is incomplete
    t0 = time.time()
    summary = {"params": params}

    if not args.no_plans:
        if os.path.isdir(os.path.join(out, "plans")):
            shutil.rmtree(os.path.join(out, "plans"))
        opts = {"seed": args.seed, "out": out, "rules_dir": args.rules, "clean": args.clean,
                "defect_rate": args.defect_rate, "layouts": layouts}
        total, count = 0, 0
        metas, manifest = [], []
        batch = 2000
        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        with ctx.Pool(max(1, args.jobs), initializer=_init_worker, initargs=(opts,)) as pool:
            start = 0
            done = False
            while not done:
                for i, n, meta, entries in pool.imap(generate_one, range(start, start + batch), chunksize=50):
                    if done:
                        os.remove(os.path.join(out, meta["file"]))  # beyond the size: drop
                        continue
                    total += n
                    count += 1
                    metas.append(meta)
                    manifest.extend(entries)
                    if total >= args.size:
                        done = True
                start += batch
                if not done:
                    print(f"  {count} files, {total / 1e6:.0f} MB, {time.time() - t0:.0f} s", file=sys.stderr)
        with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
            for e in manifest:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(out, "files.jsonl"), "w", encoding="utf-8") as f:
            for m in metas:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        kinds: dict[str, int] = {}
        for e in manifest:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
        lay: dict[str, int] = {}
        for m in metas:
            key = m["layout"] + (" (gbk-crlf)" if m["encoding"] != "utf-8" else "")
            lay[key] = lay.get(key, 0) + 1
        summary.update({"size_target": args.size, "bytes": total, "files": count,
                        "files_with_injections": sum(1 for m in metas if m["injections"]),
                        "injections": len(manifest), "kinds": dict(sorted(kinds.items())),
                        "layout_counts": dict(sorted(lay.items()))})
        print(f"{count} files, {total / 1e6:.1f} MB, {len(manifest)} injections in "
              f"{summary['files_with_injections']} files, {time.time() - t0:.1f} s", file=sys.stderr)

    big = []
    if args.big_lines:
        big.append(big_lines(out, args.seed))
    if args.big_file:
        big.append(big_file(out, args.seed, args.big_file))
    if big:
        with open(os.path.join(out, "big", "files.jsonl"), "w", encoding="utf-8") as f:
            for m in big:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        summary["big"] = big
    summary["seconds"] = round(time.time() - t0, 1)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"done in {time.time() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
