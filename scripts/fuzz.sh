#!/usr/bin/env bash
# Fuzzes every reader and parser with libFuzzer: scripts/fuzz.sh SECONDS [TARGET...]
#
# Builds scripts/fuzz (a separate package, so `swift test` never builds it) with -sanitize=fuzzer,
# seeds each target's corpus from SampleDatasets, ../shared/realdata and scripts/fuzz/seeds, then
# runs each target for SECONDS (in fork mode, so a finding does not end the run). Crashing, hanging or over-allocating inputs land in
# $WINNOW_FUZZ_WORK/findings (default /tmp/winnow-fuzz); add each to Tests/.../FuzzFindingsTests.
# WINNOW_FUZZ_JOBS=2 runs two targets at a time (one per core here).
set -euo pipefail

seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
realdata=$(cd "$project/.." && pwd)/shared/realdata
work=${WINNOW_FUZZ_WORK:-/tmp/winnow-fuzz}
jobs=${WINNOW_FUZZ_JOBS:-1}
all=(json coco screens setitec csv conll text-json voc yolo png jpeg appearance filter journal)
targets=("${@:-${all[@]}}")
export PATH=/opt/swift/usr/bin:$PATH

(cd "$here/fuzz" && swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing \
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld 2>&1 | grep -E "error|Compiling winnow|Build complete" || true)
binary=$here/fuzz/.build/release/winnow-fuzz
[ -x "$binary" ] || { echo "fuzz.sh: the build failed" >&2; exit 1; }

# Seeds: the files a target reads, each cut to 64 KB (the longest input a run makes).
seed() {
    local target=$1; shift
    mkdir -p "$work/corpus/$target"
    for file in "$@"; do
        [ -f "$file" ] || continue
        head -c 65536 "$file" > "$work/corpus/$target/seed-$(basename "$file" | tr ' ' _)"
    done
}
seeds() {
    local s=$project/SampleDatasets r=$realdata f=$here/fuzz/seeds
    seed json "$s"/screens/annotations/*.json "$s"/screens/metadata.json "$r"/text/*.json "$r"/screens/webui_homework/*.json
    seed coco "$r"/screens/webui_homework/coco_*.json "$r"/screens/mobile_voc_baithunter/coco_by_globox.json
    seed screens "$s"/screens/annotations/*.json "$s"/screens/manifest.jsonl "$s"/pairs/training-log.jsonl \
        "$s"/pairs/session-*/metadata-*.json "$r"/screens/webui_homework/labels/*/*.json
    seed setitec "$s"/drilling/*.xls $(ls "$r"/setitec/*.xls | awk 'NR % 8 == 1')
    seed csv "$r"/text/banking77_test.csv "$r"/setitec/*.csv
    seed conll "$s"/text/*.conll "$r"/text/wnut17/*
    seed text-json "$s"/text/*.jsonl "$r"/text/*.json "$r"/text/*.jsonl
    seed voc "$r"/screens/mobile_voc_baithunter/voc/*.xml
    seed yolo "$f"/yolo/* "$r"/screens/webui_homework/yolo_by_globox/*.txt "$r"/screens/webui_homework/yolo_by_globox/classes.yaml
    seed png "$r"/pngsuite/*.png
    seed jpeg "$s"/pairs/session-*/*.jpg "$r"/screens/webui_homework/images/*.jpg
    seed appearance "$project"/Keymaps/* "$project"/Themes/*
    seed filter "$f"/filter/*
    seed journal "$f"/journal/*
}
seeds

run() {
    local target=$1
    mkdir -p "$work/findings" "$work/logs"
    SWIFT_BACKTRACE=enable=no WINNOW_FUZZ_TARGET=$target "$binary" "$work/corpus/$target" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=1024 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$work/findings/$target-" > "$work/logs/$target.log" 2>&1 || true
    local runs=$(grep -oE '^#[0-9]+' "$work/logs/$target.log" | tail -1 | tr -d '#')
    local found=$(ls "$work/findings" | grep -c "^$target-" || true)
    printf '%-11s %4s s  %10s runs  %s findings\n' "$target" "$seconds" "$runs" "$found"
}
export -f run
export seconds work binary
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run {}'
echo "corpora, logs and findings: $work"
