#!/usr/bin/env bash
# Portolan's one entry point for a fresh Debian 12 machine:
#   scripts/dev.sh run   install what is missing, build, open the planner on the reference plan
#                        (with no display: write the reference plan's outputs to out/example)
#   scripts/dev.sh test  install what is missing, build with warnings as errors, run every test
# Both are safe to run again: installs are skipped when present, the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake make g++ pkg-config qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgraphviz-dev graphviz xvfb xauth fonts-dejavu-core
    poppler-utils nftables libxml2-utils libxlsxwriter-dev unzip)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

build() {
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPORTOLAN_WERROR=ON >/dev/null
    cmake --build build -j"$(nproc)"
}

case "${1:-}" in
run)
    install_missing
    build
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec build/app/portolan
    fi
    exec build/app/portolan example -o out/example
    ;;
test)
    install_missing
    build
    cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)"
    ;;
*)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
