#!/usr/bin/env python3
"""Check planlint's findings against the defects bench/gen_corpus.py injected.

    planlint check CORPUS/plans --format jsonl --min-severity hint --fail-on never > findings.jsonl
    python3 bench/recall.py CORPUS findings.jsonl
    python3 bench/recall.py CORPUS --check-parse path/to/planlint [--sample 400]

Matching: a finding answers an injection when it is in the same file, has the injection's rule (or
one of its `alt_rules`), and its line (span.line, 1-based in the decoded text) lies within the
injection's [line, line_end]. For words, 发文字号 and task numbers that is the exact line of the
injected text; for a missing deadline or a missing / vague / collective lead it is the task's lines
(from its number to its last unit or deadline line or cell), since planlint reports those on the
task. A finding that answers no injection is a false positive.

Prints per kind: injected, found, recall; then the findings outside the manifest per rule.
Exit 1 when a kind has recall below 100% or a dictionary rule (common-typos, variant-forms,
obsolete-unit-names) has a finding outside the manifest; 0 otherwise.

With --check-parse, runs `planlint parse --format json` on a sample of the corpus (and the big
files, if any) and compares each file's task count with the number generated, per layout.
Pure Python 3.11 standard library.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from collections import Counter, defaultdict

DICTIONARY_RULES = {"zh-text::common-typos", "zh-text::variant-forms", "gov-openness::obsolete-unit-names"}


def load_jsonl(path: str) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def rel_to_corpus(path: str, corpus: str) -> str:
    """The finding's path relative to the corpus folder (planlint prints paths as given)."""
    cand = [path]
    if not os.path.isabs(path):
        cand.append(os.path.join(os.getcwd(), path))
    for c in cand:
        r = os.path.relpath(os.path.abspath(c), corpus)
        if not r.startswith(".."):
            return r.replace(os.sep, "/")
    # fall back on the generator's own layout: plans/NNN/NNNNNN.ext or big/...
    p = path.replace(os.sep, "/")
    for marker in ("plans/", "big/"):
        k = p.rfind("/" + marker)
        if k >= 0:
            return p[k + 1:]
        if p.startswith(marker):
            return p
    return p


def recall(corpus: str, findings_path: str, examples: int, out_json: str | None, by_layout: bool) -> int:
    corpus = os.path.abspath(corpus)
    manifest = load_jsonl(os.path.join(corpus, "manifest.jsonl"))
    findings = load_jsonl(findings_path)
    layout_of = {}
    files = os.path.join(corpus, "files.jsonl")
    if by_layout and os.path.exists(files):
        layout_of = {m["file"]: m["layout"] for m in load_jsonl(files)}
    fp_layout: Counter = Counter()

    by_file_rule: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(manifest):
        for r in [e["rule"]] + e.get("alt_rules", []):
            by_file_rule[(e["file"], r)].append(i)
    found = [False] * len(manifest)
    fp_by_rule: Counter = Counter()
    fp_examples: dict[str, list] = defaultdict(list)
    all_by_rule: Counter = Counter()
    for f in findings:
        rule = f.get("rule")
        all_by_rule[rule] += 1
        span = f.get("span") or {}
        line = span.get("line")
        rel = rel_to_corpus(f.get("path", ""), corpus)
        hit = False
        if line is not None:
            for i in by_file_rule.get((rel, rule), ()):
                e = manifest[i]
                if e["line"] <= line <= e["line_end"]:
                    found[i] = True
                    hit = True
        if not hit:
            fp_by_rule[rule] += 1
            fp_layout[(layout_of.get(rel, "?"), rule)] += 1
            if len(fp_examples[rule]) < examples:
                fp_examples[rule].append(f"{rel}:{line}: {f.get('message')}")

    kinds = defaultdict(lambda: [0, 0])
    misses: dict[str, list] = defaultdict(list)
    for i, e in enumerate(manifest):
        k = kinds[e["kind"]]
        k[0] += 1
        if found[i]:
            k[1] += 1
        elif len(misses[e["kind"]]) < examples:
            misses[e["kind"]].append(f"{e['file']}:{e['line']}-{e['line_end']} {e['text']}")

    failed = False
    print(f"corpus {corpus}: {len(manifest)} injections, {len(findings)} findings")
    print(f"{'kind':<22}{'rule':<40}{'injected':>9}{'found':>8}{'recall':>9}")
    rule_of = {}
    for e in manifest:
        rule_of.setdefault(e["kind"], e["rule"])
    for kind in sorted(kinds):
        n, k = kinds[kind]
        pct = 100.0 * k / n if n else 100.0
        flag = "" if k == n else "  <"
        failed |= k != n
        print(f"{kind:<22}{rule_of[kind]:<40}{n:>9}{k:>8}{pct:>8.1f}%{flag}")
    tot_n = sum(v[0] for v in kinds.values())
    tot_k = sum(v[1] for v in kinds.values())
    print(f"{'all':<22}{'':<40}{tot_n:>9}{tot_k:>8}{(100.0 * tot_k / tot_n if tot_n else 100.0):>8.1f}%")
    for kind in sorted(misses):
        print(f"  missed {kind}: " + "; ".join(misses[kind]))

    if layout_of:
        layouts = sorted(set(layout_of.values()))
        cell: Counter = Counter()
        for i, e in enumerate(manifest):
            cell[(e["kind"], layout_of.get(e["file"], "?"), found[i])] += 1
        w = max(len(x) for x in layouts) + 1
        print("\nmissed / injected, by layout")
        print(f"{'kind':<22}" + "".join(f"{x:>{w}}" for x in layouts))
        for kind in sorted(kinds):
            row = []
            for x in layouts:
                miss, hit = cell[(kind, x, False)], cell[(kind, x, True)]
                row.append(f"{miss}/{miss + hit}" if miss + hit else "-")
            print(f"{kind:<22}" + "".join(f"{v:>{w}}" for v in row))
        print("findings outside the manifest, by layout")
        for rule in sorted({r for _, r in fp_layout}):
            print(f"{rule.split('::')[-1]:<22}" + "".join(f"{fp_layout[(x, rule)]:>{w}}" for x in layouts))

    dict_fp = sum(n for r, n in fp_by_rule.items() if r in DICTIONARY_RULES)
    print(f"\nfindings outside the manifest: {sum(fp_by_rule.values())} "
          f"(dictionary rules: {dict_fp}) of {len(findings)}")
    for rule, n in fp_by_rule.most_common():
        mark = "  (dictionary)" if rule in DICTIONARY_RULES else ""
        print(f"  {n:>8}  {rule}{mark}")
        for ex in fp_examples[rule]:
            print(f"            {ex}")
    if dict_fp:
        failed = True
    if out_json:
        with open(out_json, "w", encoding="utf-8") as f:
            json.dump({"kinds": {k: {"injected": v[0], "found": v[1]} for k, v in sorted(kinds.items())},
                       "outside_manifest": dict(fp_by_rule), "dictionary_outside_manifest": dict_fp,
                       "findings": len(findings), "findings_by_rule": dict(all_by_rule)},
                      f, ensure_ascii=False, indent=1)
    print("\nrecall check: " + ("FAIL" if failed else "ok"))
    return 1 if failed else 0


def check_parse(corpus: str, planlint: str, sample: int, seed: int, examples: int) -> int:
    corpus = os.path.abspath(corpus)
    files = os.path.join(corpus, "files.jsonl")
    metas = load_jsonl(files) if os.path.exists(files) else []
    rng = random.Random(seed)
    picked = metas if sample <= 0 or sample >= len(metas) else rng.sample(metas, sample)
    big_path = os.path.join(corpus, "big", "files.jsonl")
    big = load_jsonl(big_path) if os.path.exists(big_path) else []
    stats = defaultdict(lambda: [0, 0])  # layout -> [checked, wrong]
    bad: dict[str, list] = defaultdict(list)

    def run(batch: list[dict]) -> None:
        paths = [os.path.join(corpus, m["file"]) for m in batch]
        p = subprocess.run([planlint, "parse", "--format", "json", *paths], capture_output=True)
        if p.returncode not in (0, 2):
            sys.exit(f"planlint parse failed ({p.returncode}): {p.stderr.decode(errors='replace')[:500]}")
        got = {}
        for d in json.loads(p.stdout):
            kind = (d.get("kind") or {}).get("kind")
            got[os.path.abspath(d["path"])] = (len(d.get("tasks") or []), kind, d.get("layout"))
        for m, path in zip(batch, paths):
            key = m["layout"] + (" (gbk-crlf)" if m["encoding"] != "utf-8" else "")
            if m["file"].startswith("big/"):
                key = m["file"]
            stats[key][0] += 1
            n, kind, layout = got.get(os.path.abspath(path), (None, None, None))
            if n != m["tasks"] or kind != "plan":
                stats[key][1] += 1
                if len(bad[key]) < examples:
                    bad[key].append(f"{m['file']}: {n} tasks read as {kind}/{layout}, {m['tasks']} generated")

    for i in range(0, len(picked), 200):
        run(picked[i:i + 200])
    for m in big:
        run([m])
    print(f"{'layout':<28}{'checked':>8}{'wrong':>7}")
    wrong = 0
    for key in sorted(stats):
        n, w = stats[key]
        wrong += w
        print(f"{key:<28}{n:>8}{w:>7}")
        for ex in bad[key]:
            print(f"    {ex}")
    print("parse check: " + ("FAIL" if wrong else "ok") + f" ({wrong} of {sum(v[0] for v in stats.values())} wrong)")
    return 1 if wrong else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="the folder gen_corpus.py wrote (manifest.jsonl beside plans/)")
    ap.add_argument("findings", nargs="?", help="planlint check --format jsonl output")
    ap.add_argument("--examples", type=int, default=3, help="examples shown per missed kind / rule")
    ap.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    ap.add_argument("--by-layout", action="store_true", help="also break misses and false positives down by layout")
    ap.add_argument("--check-parse", metavar="PLANLINT", help="compare task counts read by `PLANLINT parse`")
    ap.add_argument("--sample", type=int, default=400, help="files for --check-parse (0 = all)")
    ap.add_argument("--seed", type=int, default=1, help="which files --check-parse samples")
    args = ap.parse_args()
    if args.check_parse:
        return check_parse(args.corpus, args.check_parse, args.sample, args.seed, args.examples)
    if not args.findings:
        ap.error("FINDINGS.jsonl is required (or --check-parse)")
    return recall(args.corpus, args.findings, args.examples, args.json, args.by_layout)


if __name__ == "__main__":
    sys.exit(main())
