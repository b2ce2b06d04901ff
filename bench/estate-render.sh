#!/bin/sh
# Whole `portolan render` processes on generated estates against the reference plan, in one run:
# the default view, the overview, one site and `arrange`, wall time (best of RUNS), peak memory
# (/usr/bin/time's maximum resident set size), the ratio to the reference plan's default render,
# and the nodes of the drawn figure.
# Usage: bench/estate-render.sh BUILD_DIR [RUNS]
set -eu
build=${1:?build directory}
runs=${2:-3}
portolan="$build/app/portolan"
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$portolan" new --template gateway -o "$work/reference.json"
for n in 100 1000 10000; do
    python3 "$here/make-estate-plan.py" "$n" "$work/estate$n.json"
done
# best wall time in ms and its peak RSS in KiB of `portolan VERB ARGS` (render: to SVG, arrange:
# to a plan file)
measure() {
    verb=$1
    shift
    out="$work/out.svg"
    [ "$verb" = arrange ] && out="$work/out.json"
    rm -f "$work/out.svg"
    best=""
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$portolan" "$verb" "$@" -o "$out" \
            2>/dev/null >/dev/null
        line=$(cat "$work/time")
        ms=$(echo "$line" | awk '{printf "%d", $1 * 1000}')
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; rss=$(echo "$line" | awk '{print $2}'); fi
    done
    nodes=$(grep -c 'class="node \(entry\|site\)"' "$work/out.svg" 2>/dev/null || true)
    [ -n "$nodes" ] || nodes="—"
    echo "$best $rss $nodes"
}
set -- $(measure render "$work/reference.json")
reference=$1
echo "| plan | view | wall (ms) | ratio to reference | peak RSS (KiB) | nodes drawn |"
echo "|---|---|---|---|---|---|"
echo "| reference (gateway) | default | $1 | 1.0× | $2 | $3 |"
for n in 100 1000 10000; do
    for view in default overview site arrange; do
        verb=render
        case $view in
        default) args="" ;;
        overview) args="--view overview" ;;
        site) args="--site branch1-ksc" ;;
        arrange) verb=arrange args="" ;;
        esac
        # shellcheck disable=SC2086
        set -- $(measure $verb "$work/estate$n.json" $args)
        ratio=$(awk -v a="$1" -v b="$reference" 'BEGIN { printf "%.1f", a / b }')
        echo "| estate, $n entries | $view | $1 | ${ratio}× | $2 | $3 |"
    done
done
