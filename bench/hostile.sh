#!/usr/bin/env bash
# bench/hostile.sh — the inputs that once made planlint quadratic or hang, each timed against a
# generous bound (about 5× what a linear pass takes, far below the old cliff: the report
# grouping once went quadratic again, 0.4 s -> 2.9 s, and the 2 s bound is what catches that). Exit 1 when one
# is over its bound. Run from the repository root after `cargo build --release`:
#
#     bench/hostile.sh [path/to/planlint]
#
# Cases (issue 11, "Hangs and cliffs"): `<!--` without `-->`, a `<script>` per paragraph, YAML
# nested 100,000 deep and a billion-laughs alias chain (refused before parsing), 20,000 findings
# on one line in the human, HTML and annotated reports, one file of 1,000,000 short lines; and
# 20,000 numbered `|` rows with no header and no unit column (a table judged from its rows
# once looked at every row again from each line: 107 s).
set -u
bin=${1:-target/release/planlint}
[ -x "$bin" ] || { echo "no $bin: cargo build --release first" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
python3 - <<'PY'
open('comment.html', 'w').write('<html><body><p>某区2026年政务公开工作要点</p>' + '<!--x<p>1.做好公开。</p>' * 8000)
open('script.html', 'w').write('<html><body><p>某区2026年政务公开工作要点</p>' + '<script>var a=1;</script><P>1.做好公开工作。</P>' * 15000)
open('oneline.txt', 'w').write('某区2026年政务公开工作要点\n' + '福社，' * 20000 + '\n')
open('lines.txt', 'w').write('某区2026年政务公开工作要点\n' + ''.join(f'{i % 9 + 1}.做好公开。\n' for i in range(1_000_000)))
open('headless.txt', 'w').write(''.join(f'| {i} | 完成第{i}项工作的全部内容并报送结果。 | 某某名称{i} | 备注 |\n' for i in range(1, 20001)))
# a drawn table of 20,000 rows, its header spanning sub-columns and a column merged all the way down
open('boxed.txt', 'w').write('┌──┬────┬──────┐\n│序号│责任单位│项目投入 │\n│ │ ├──┬──┤\n│ │ │总投│省级│\n'
    + ''.join(f'├──┤ ├──┼──┤\n│{i} │县水利局│{i} │ │\n│ │ │完成第{i}项工作 │ │\n' for i in range(1, 20001)) + '└──┴────┴──┴──┘\n')
open('deep.yaml', 'w').write('packs: ' + '[' * 100000 + ']' * 100000 + '\n')
laughs = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n'
for i in range(9):
    n, p = chr(98 + i), chr(97 + i)
    laughs += f'{n}: &{n} [' + ', '.join(['*' + p] * 9) + ']\n'
open('laughs.yaml', 'w').write(laughs)
PY
fail=0
# name, bound in seconds, command
run() {
  local name=$1 bound=$2; shift 2
  local t0 t1 secs
  t0=$(date +%s.%N)
  timeout "$((bound * 3))" "$@" >/dev/null 2>&1
  t1=$(date +%s.%N)
  secs=$(echo "$t1 - $t0" | bc)
  if (( $(echo "$secs > $bound" | bc) )); then
    printf '%-34s %6.2f s   OVER the %s s bound\n' "$name" "$secs" "$bound"; fail=1
  else
    printf '%-34s %6.2f s   (bound %s s)\n' "$name" "$secs" "$bound"
  fi
}
run "html: <!-- never closed (230 KB)"   3 "$bin" check comment.html --fail-on never
run "html: a <script> per paragraph"     3 "$bin" check script.html --fail-on never
run "20,000 findings on a line: human"   2 "$bin" check oneline.txt --fail-on never
run "20,000 findings on a line: html"    2 "$bin" check oneline.txt --fail-on never --format json --html-report r.html
run "20,000 findings: annotated"         2 "$bin" check oneline.txt --fail-on never --format annotated
run "1,000,000 lines"                   60 "$bin" check lines.txt --fail-on never --format json
run "20,000 headless numbered | rows"     2 "$bin" check headless.txt --fail-on never --format json
run "20,000 drawn rows, one cell merged" 2 "$bin" check boxed.txt --fail-on never --format json
run "yaml nested 100,000 deep"           2 "$bin" check oneline.txt --config deep.yaml
run "yaml billion laughs"                2 "$bin" check oneline.txt --config laughs.yaml
exit $fail
