#!/usr/bin/env bash
# Time `planlint check` end to end on N copies of the samples (default 500 files).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
cargo build --release -q
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
i=0
while [ "$i" -lt "$n" ]; do
  for f in samples/*.txt samples/*.html; do
    [ "$i" -ge "$n" ] && break
    cp "$f" "$dir/$i-$(basename "$f")"
    i=$((i + 1))
  done
done
echo "$n files, $(du -sh "$dir" | cut -f1)"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 "target/release/planlint check --fail-on never --format json $dir > /dev/null"
else
  time target/release/planlint check --fail-on never --format json "$dir" > /dev/null
fi
