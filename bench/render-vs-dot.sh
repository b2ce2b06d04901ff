#!/usr/bin/env bash
# How long `portolan render PLAN -o x.svg` takes as a whole process (start, load, derive, layout,
# write the SVG) next to `dot -Tsvg` on the DOT Portolan emits for the same plan: the layout
# itself. Goal: Portolan within 1.2x of dot. Prints a Markdown table (docs/performance.md).
#   bench/render-vs-dot.sh [BUILD_DIR] [RUNS] [BIG_DEVICES]
# Every template is timed RUNS times (default 10); the generated hierarchy of BIG_DEVICES devices
# (default 1000) once per mode, bundled and one arrow per flow (BIG_MODES="bundle flows").
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-10}
big_devices=${3:-1000}
big_modes=${BIG_MODES:-bundle flows}
portolan=$build/app/portolan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

# Mean wall time in milliseconds of RUNS runs of a command.
mean_ms() {
    local n=$1
    shift
    local start end
    start=$(date +%s%N)
    for ((i = 0; i < n; i++)); do
        "$@" >/dev/null 2>&1
    done
    end=$(date +%s%N)
    awk -v t=$((end - start)) -v n="$n" 'BEGIN { printf "%.1f", t / n / 1e6 }'
}

row() {
    local label=$1 plan=$2 n=$3
    shift 3
    "$portolan" render "$plan" -o "$work/plan.dot" "$@"
    local devices arrows ours dots
    devices=$(grep -c '"role"' "$plan")
    arrows=$(grep -c 'key=f[0-9]' "$work/plan.dot" || true)
    # One warm-up each, so both read their files and libraries from the page cache.
    "$portolan" render "$plan" -o "$work/ours.svg" "$@"
    dot -Tsvg "$work/plan.dot" -o "$work/dot.svg"
    ours=$(mean_ms "$n" "$portolan" render "$plan" -o "$work/ours.svg" "$@")
    dots=$(mean_ms "$n" dot -Tsvg "$work/plan.dot" -o "$work/dot.svg")
    awk -v l="$label" -v d="$devices" -v a="$arrows" -v o="$ours" -v g="$dots" -v n="$n" \
        'BEGIN { printf "| %s | %d | %d | %d | %.1f | %.1f | %.2f× |\n", l, d, a, n, o, g, o / g }'
}

echo "| plan | devices | arrows | runs | portolan render (ms) | dot -Tsvg (ms) | ratio |"
echo "|---|---|---|---|---|---|---|"
for name in $("$portolan" templates | awk '{ print $1 }'); do
    "$portolan" new --template "$name" -o "$work/$name.json"
    row "$name" "$work/$name.json" "$runs"
done
python3 bench/make-estate-plan.py --shape hierarchy "$big_devices" "$work/big.json"
for mode in $big_modes; do
    if [ "$mode" = bundle ]; then
        row "hierarchy, $big_devices devices, --bundle" "$work/big.json" 1 --bundle
    else
        row "hierarchy, $big_devices devices" "$work/big.json" 1
    fi
done
