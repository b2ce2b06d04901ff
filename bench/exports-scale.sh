#!/bin/sh
# Every verb and export as a whole `portolan` process on generated estates of SMALL and LARGE
# entries (default 1,000 and 10,000, with addresses): wall time and CPU time (user + system) of the
# run with the least CPU time of RUNS, and the ratio LARGE/SMALL of CPU time per verb: about 10
# means linear in the plan's size. CPU time, because other work on the machine inflates wall time.
# Usage: bench/exports-scale.sh BUILD_DIR [RUNS] [SMALL] [LARGE]
set -eu
build=${1:?build directory}
runs=${2:-3}
small=${3:-1000}
large=${4:-10000}
portolan="$build/app/portolan"
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
for n in "$small" "$large"; do
    python3 "$here/make-estate-plan.py" "$n" "$work/plan$n.json" --addresses
    # diff compares the plan with one a tenth smaller: both sides grow with the plan
    python3 "$here/make-estate-plan.py" $((n - n / 10)) "$work/older$n.json" --addresses
done

# wall and CPU time in ms of the run with the least CPU time of `portolan ARGS` (PLAN, OLDER stand for the
# plans of size N); exit codes 0 and 1 (validate's findings) count as done
measure() {
    n=$1
    shift
    best=""
    for _ in $(seq "$runs"); do
        args=""
        for a in "$@"; do
            case $a in
            PLAN) a="$work/plan$n.json" ;;
            OLDER) a="$work/older$n.json" ;;
            OUT*) a="$work/out${a#OUT}" ;;
            esac
            args="$args $a"
        done
        # shellcheck disable=SC2086
        /usr/bin/time -f "%e %U %S" -o "$work/time" "$portolan" $args >/dev/null 2>"$work/err" ||
            [ $? -eq 1 ] || {
            echo "portolan$args failed:" >&2
            cat "$work/err" >&2
            exit 1
        }
        line=$(tail -n 1 "$work/time")
        cpu=$(echo "$line" | awk '{printf "%d", ($2 + $3) * 1000}')
        if [ -z "$best" ] || [ "$cpu" -lt "$best" ]; then
            best=$cpu
            wall=$(echo "$line" | awk '{printf "%d", $1 * 1000}')
        fi
    done
    echo "$wall $best"
}

row() {
    label=$1
    shift
    # shellcheck disable=SC2046
    set -- "$label" $(measure "$small" "$@") $(measure "$large" "$@")
    ratio=$(awk -v a="$5" -v b="$3" 'BEGIN { if (b < 1) b = 1; printf "%.1f", a / b }')
    echo "| $1 | $2 | $3 | $4 | $5 | ${ratio}× |"
}

echo "| verb | $small: wall (ms) | CPU (ms) | $large: wall (ms) | CPU (ms) | ratio of CPU |"
echo "|---|---:|---:|---:|---:|---:|"
row "validate" validate PLAN
row "flows" flows PLAN
row "flows --format json" flows PLAN --format json
for format in text md csv json html xlsx pdf; do
    row "checklist --format $format" checklist PLAN --format "$format" -o "OUT.$format"
done
for target in nftables windows csv; do
    row "firewall --target $target" firewall PLAN --target "$target" -o OUT.fw
done
row "diff" diff OLDER PLAN -o OUT.diff
row "render (svg, default view)" render PLAN -o OUT.svg
