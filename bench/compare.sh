#!/usr/bin/env bash
# Corpus benchmark: planlint against ripgrep and textlint + prh on a generated corpus, with a
# recall check of planlint's findings against the injected defects. See bench/README.md.
#
#   bench/compare.sh [SIZE...]          sizes of the corpora to time (default: $SIZES or "100M 1G")
#
# Environment:
#   PLANLINT=path     use this binary instead of building target/release/planlint (cargo build --release)
#   BENCH_DIR=dir     corpora and results (default /tmp/planlint-bench); corpora are reused when
#                     generated with the same parameters and rule data
#   SEED=42           corpus seed
#   RUNS=3            hyperfine runs per command (the median is reported); WARMUP=0
#   SKIP_TEXTLINT=1   skip textlint + prh           TEXTLINT_MB=50   its subset (UTF-8 .txt plans)
#   SKIP_RG=1         skip ripgrep                  SKIP_J1=1        skip planlint -j1
#   SKIP_BIG=1        skip the 1M-line file and the 100 MB file (BIG_SIZE=100M)
#   SKIP_RECALL=1     skip the recall check         SKIP_PARSE_CHECK=1  skip the task-count check
#   THREADS=2         the "many threads" run (-jTHREADS; ripgrep and textlint use as many)
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/planlint-bench}
SEED=${SEED:-42}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-0}
THREADS=${THREADS:-2}
TEXTLINT_MB=${TEXTLINT_MB:-50}
BIG_SIZE=${BIG_SIZE:-100M}
if [ "$#" -gt 0 ]; then SIZES="$*"; else SIZES=${SIZES:-"100M 1G"}; fi
GEN="python3 $REPO/bench/gen_corpus.py"
WORK="$BENCH_DIR/work"
mkdir -p "$WORK"

say() { printf '\n== %s\n' "$*" >&2; }
need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    say "installing $2 (apt-get)"
    apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; }
  fi
}
need hyperfine hyperfine
[ -n "${SKIP_RG:-}" ] || need rg ripgrep
[ -x /usr/bin/time ] || need /usr/bin/time time

# ---- planlint -------------------------------------------------------------------------------
if [ -z "${PLANLINT:-}" ]; then
  say "building planlint (cargo build --release)"
  (cd "$REPO" && cargo build --release -q)
  PLANLINT="${CARGO_TARGET_DIR:-$REPO/target}/release/planlint"
fi
PLANLINT=$(realpath "$PLANLINT")
"$PLANLINT" --version >/dev/null 2>&1 || "$PLANLINT" rules >/dev/null

# ---- the dictionary, for ripgrep and prh ------------------------------------------------------
$GEN --dictionary-out "$WORK/dictionary.txt" --prh-out "$WORK/prh.yml"

# ---- corpora ----------------------------------------------------------------------------------
corpus() { # SIZE -> prints the corpus folder, generating it unless reusable
  local dir="$BENCH_DIR/corpus-$1"
  $GEN --out "$dir" --size "$1" --seed "$SEED" --reuse >&2
  echo "$dir"
}
bytes_of() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
link_subset() { # CORPUS OUT BYTES utf8-txt|any -> hard links to corpus files in OUT, BYTES in all
  python3 - "$@" <<'EOF'
import json, os, sys
corpus, out, want, which = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
total = 0
with open(os.path.join(corpus, "files.jsonl"), encoding="utf-8") as f:
    for line in f:
        m = json.loads(line)
        if which == "utf8-txt" and (m["encoding"] != "utf-8" or not m["file"].endswith(".txt")):
            continue
        os.link(os.path.join(corpus, m["file"]), os.path.join(out, m["file"].replace("/", "_")))
        total += m["bytes"]
        if total >= want:
            break
EOF
}

for s in $SIZES; do
  say "corpus $s"
  dir=$(corpus "$s")
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(f\"  {d['files']} files, {d['bytes']/1e6:.1f} MB, {d['injections']} injections in {d['files_with_injections']} files, generated in {d['seconds']} s\")" "$dir/corpus.json" >&2
done

results="$WORK/results.tsv"
: > "$results"
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >> "$results"; } # key bytes json-or-seconds rss note

hf() { # KEY BYTES COMMAND -> hyperfine (median of $RUNS), recorded
  local key=$1 bytes=$2 cmd=$3
  hyperfine --style basic --runs "$RUNS" --warmup "$WARMUP" -i --export-json "$WORK/hf-$key.json" "$cmd" >&2
  record "$key" "$bytes" "$WORK/hf-$key.json" "" ""
}
rss() { # KEY BYTES OUT ARGS... -> /usr/bin/time -v, peak RSS, stdout to OUT
  local key=$1 bytes=$2 out=$3
  shift 3
  /usr/bin/time -v -o "$WORK/time-$key.txt" "$@" > "$out"
  local kb secs
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time-$key.txt")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time-$key.txt")
  record "$key" "$bytes" "$secs" "$kb" ""
}

ulimit -n 65536 2>/dev/null || true

for s in $SIZES; do
  dir="$BENCH_DIR/corpus-$s"
  plans="$dir/plans"
  b=$(bytes_of "$plans")
  if [ -z "${SKIP_RG:-}" ]; then
    say "ripgrep -F -f dictionary.txt, $s"
    hf "rg-$s" "$b" "rg -j$THREADS -c -F -f $WORK/dictionary.txt $plans"
  fi
  if [ -z "${SKIP_J1:-}" ]; then
    say "planlint -j1, $s"
    hf "j1-$s" "$b" "$PLANLINT check -j1 --format jsonl --fail-on never $plans > /dev/null"
  fi
  say "planlint -j$THREADS, $s"
  hf "j$THREADS-$s" "$b" "$PLANLINT check -j$THREADS --format jsonl --fail-on never $plans > /dev/null"
  say "planlint -j$THREADS peak RSS, $s (findings down to hints, for the recall check)"
  rss "rss-$s" "$b" "$WORK/findings-$s.jsonl" \
    "$PLANLINT" check -j"$THREADS" --format jsonl --min-severity hint --fail-on never "$plans"
done

# ---- textlint + prh on a subset of UTF-8 .txt plans ------------------------------------------
if [ -z "${SKIP_TEXTLINT:-}" ]; then
  node="$BENCH_DIR/node"
  if [ ! -x "$node/node_modules/.bin/textlint" ]; then
    say "installing textlint and textlint-rule-prh (npm, into $node)"
    mkdir -p "$node"
    (cd "$node" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund textlint textlint-rule-prh >/dev/null)
  fi
  printf '{"rules":{"prh":{"rulePaths":["%s"]}}}\n' "$WORK/prh.yml" > "$WORK/textlintrc.json"
  largest=$(for s in $SIZES; do echo "$s"; done | tail -1)
  sub="$WORK/textlint-subset"
  rm -rf "$sub"
  mkdir -p "$sub"
  # hard links: the same bytes, no copy; UTF-8 .txt only (textlint reads neither GBK nor, without a plugin, HTML)
  link_subset "$BENCH_DIR/corpus-$largest" "$sub" "$(python3 -c "print(int($TEXTLINT_MB * 1e6))")" utf8-txt
  b=$(bytes_of "$sub")
  find "$sub" -name '*.txt' | sort > "$WORK/textlint-files.txt"
  say "textlint + prh, $(( b / 1000000 )) MB subset, $THREADS processes, 500 files a batch"
  hf "textlint" "$b" "xargs -a $WORK/textlint-files.txt -n 500 -P $THREADS $node/node_modules/.bin/textlint --config $WORK/textlintrc.json --format compact > /dev/null; true"
  say "planlint -j$THREADS on the same subset"
  hf "textlint-planlint" "$b" "$PLANLINT check -j$THREADS --format jsonl --fail-on never $sub > /dev/null"
fi

# ---- one huge file against the same bytes in normal files -------------------------------------
if [ -z "${SKIP_BIG:-}" ]; then
  say "big files: 1,000,000 lines, and one $BIG_SIZE plan"
  big="$BENCH_DIR/big-$BIG_SIZE"
  $GEN --out "$big" --no-plans --big-lines --big-file "$BIG_SIZE" --seed "$SEED" --reuse >&2
  spread_dir=$(corpus "$BIG_SIZE")
  for f in "$big"/big/*.txt; do
    name=$(basename "$f" .txt)
    fb=$(stat -c %s "$f")
    spread="$WORK/spread-$name"
    rm -rf "$spread"
    mkdir -p "$spread"
    link_subset "$spread_dir" "$spread" "$fb" any
    sb=$(bytes_of "$spread")
    hf "big-$name" "$fb" "$PLANLINT check -j1 --format jsonl --fail-on never $f > /dev/null"
    hf "spread-$name" "$sb" "$PLANLINT check -j1 --format jsonl --fail-on never $spread > /dev/null"
  done
fi

# ---- summary ----------------------------------------------------------------------------------
say "results"
{
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the timings)"
  echo "planlint: $PLANLINT (repo $REPO at $(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null || echo '?')); $(rg --version 2>/dev/null | head -1); hyperfine $(hyperfine --version | cut -d' ' -f2); runs: $RUNS"
  python3 - "$results" "$THREADS" "$SIZES" <<'EOF'
import json, sys
path, threads, sizes = sys.argv[1], sys.argv[2], sys.argv[3].split()
rows = {}
for line in open(path, encoding="utf-8"):
    key, b, v, kb, _ = line.rstrip("\n").split("\t")
    b = int(b)
    if v.endswith(".json"):
        r = json.load(open(v))["results"][0]
        secs = r["median"]
    else:  # m:ss.ss or h:mm:ss from /usr/bin/time
        parts = [float(x) for x in v.split(":")]
        secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rows[key] = {"bytes": b, "secs": secs, "rss_kb": int(kb) if kb else None}

def mbs(k):
    r = rows[k]
    return r["bytes"] / 1e6 / r["secs"]

print()
print("| run | input | median s | MB/s | peak RSS |")
print("|---|---|---:|---:|---:|")
label = {"rg": "ripgrep -F -f dictionary -j" + threads, "j1": "planlint check -j1", "j" + threads: "planlint check -j" + threads,
         "rss": "planlint check -j" + threads + " (one run, /usr/bin/time -v)"}
for s in sizes:
    for pre in ("rg", "j1", "j" + threads, "rss"):
        k = f"{pre}-{s}"
        if k in rows:
            r = rows[k]
            rss = f"{r['rss_kb'] / 1024:.0f} MiB" if r["rss_kb"] else ""
            print(f"| {label[pre]} | corpus {s} ({r['bytes'] / 1e6:.0f} MB) | {r['secs']:.2f} | {mbs(k):.1f} | {rss} |")
for k, name in (("textlint", f"textlint + prh, {threads} processes"), ("textlint-planlint", f"planlint check -j{threads}")):
    if k in rows:
        r = rows[k]
        print(f"| {name} | textlint subset ({r['bytes'] / 1e6:.0f} MB UTF-8 .txt) | {r['secs']:.2f} | {mbs(k):.2f} | |")
for k in sorted(rows):
    if k.startswith("big-"):
        name = k[4:]
        for kk, what in ((k, f"one file: {name}.txt"), ("spread-" + name, f"same bytes in normal files")):
            r = rows[kk]
            print(f"| planlint check -j1 | {what} ({r['bytes'] / 1e6:.1f} MB) | {r['secs']:.2f} | {mbs(kk):.1f} | |")

print()
print("| ratio | value | issue 10 target |")
print("|---|---:|---|")
jt = "j" + threads
for s in sizes:
    if f"{jt}-{s}" in rows:
        print(f"| planlint -j{threads} throughput, {s} | {mbs(f'{jt}-{s}'):.1f} MB/s | ≥150 MB/s |")
    if f"rg-{s}" in rows and f"{jt}-{s}" in rows:
        print(f"| planlint -j{threads} time / ripgrep time, {s} | {rows[f'{jt}-{s}']['secs'] / rows[f'rg-{s}']['secs']:.1f}× | ≤4× |")
    if f"j1-{s}" in rows and f"{jt}-{s}" in rows:
        print(f"| speedup -j1 → -j{threads}, {s} | {rows[f'j1-{s}']['secs'] / rows[f'{jt}-{s}']['secs']:.2f}× | ≥1.8× |")
if "textlint" in rows and "textlint-planlint" in rows:
    print(f"| planlint -j{threads} / textlint+prh throughput, same subset | {mbs('textlint-planlint') / mbs('textlint'):.0f}× | ≥100× |")
    last = sizes[-1]
    if f"{jt}-{last}" in rows:
        print(f"| planlint -j{threads} on corpus {last} / textlint+prh on the subset | {mbs(f'{jt}-{last}') / mbs('textlint'):.0f}× | ≥100× |")
rss = [(s, rows[f"rss-{s}"]["rss_kb"]) for s in sizes if f"rss-{s}" in rows]
for s, kb in rss:
    print(f"| peak RSS -j{threads}, {s} | {kb / 1024:.0f} MiB | ≤200 MB at 1 GB |")
if len(rss) >= 2:
    print(f"| RSS growth {rss[0][0]} → {rss[-1][0]} | {100 * (rss[-1][1] / rss[0][1] - 1):+.0f}% | <20% |")
for k in sorted(rows):
    if k.startswith("big-"):
        name = k[4:]
        a, b = rows[k], rows["spread-" + name]
        ratio = (a["secs"] / a["bytes"]) / (b["secs"] / b["bytes"])
        print(f"| {name}.txt time per byte / normal files' | {ratio:.2f}× | ≤2× |")
EOF
} | tee "$WORK/results.md"

status=0
if [ -z "${SKIP_PARSE_CHECK:-}" ]; then
  say "task counts: planlint parse on 400 files of each corpus (and the big files)"
  for s in $SIZES; do
    python3 "$REPO/bench/recall.py" "$BENCH_DIR/corpus-$s" --check-parse "$PLANLINT" --sample 400 | tee -a "$WORK/results.md" || status=1
  done
  if [ -z "${SKIP_BIG:-}" ]; then
    python3 "$REPO/bench/recall.py" "$BENCH_DIR/big-$BIG_SIZE" --check-parse "$PLANLINT" --sample 0 | tee -a "$WORK/results.md" || status=1
  fi
fi
if [ -z "${SKIP_RECALL:-}" ]; then
  for s in $SIZES; do
    say "recall, corpus $s"
    python3 "$REPO/bench/recall.py" "$BENCH_DIR/corpus-$s" "$WORK/findings-$s.jsonl" \
      --json "$WORK/recall-$s.json" --by-layout | tee -a "$WORK/results.md" || status=1
  done
fi
say "written: $WORK/results.md"
exit "$status"
