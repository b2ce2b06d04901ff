#!/usr/bin/env bash
# Portolan's one entry point for a fresh Debian 12 machine:
#   scripts/dev.sh run   install what is missing, build, open the planner on the reference plan
#                        (with no display: write the reference plan's outputs to out/example)
#   scripts/dev.sh test  install what is missing, build with warnings as errors, run every test,
#                        then the plan fuzzer (clang, its own build-fuzz) for 60 s
#   scripts/dev.sh fuzz  only the plan fuzzer's part of test
#   scripts/dev.sh sanitize  the whole test suite built with AddressSanitizer and
#                            UndefinedBehaviorSanitizer (gcc) in build-sanitize
#   scripts/dev.sh package        build the Debian package build/portolan_VERSION-1_ARCH.deb
#   scripts/dev.sh package-check  build it, check it with lintian, install it with apt-get, run
#                                 the installed program, remove it again (needs root or sudo)
# All are safe to run again: installs are skipped when present, the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake make g++ pkg-config qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgraphviz-dev graphviz xvfb xauth fonts-dejavu-core
    poppler-utils nftables libxml2-utils libxlsxwriter-dev unzip dpkg-dev lintian
    desktop-file-utils appstream shared-mime-info libglib2.0-bin file clang libclang-rt-14-dev)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

build() {
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPORTOLAN_WERROR=ON >/dev/null
    cmake --build build -j"$(nproc)"
}

# The plan fuzzer for a minute (ctest fuzz/plan), with address and undefined-behaviour
# sanitizers: its own build folder (clang), and only the fuzzer target is built there.
fuzz() {
    command -v clang++ >/dev/null || {
        echo "clang++ not found (the Debian package clang): cannot build the plan fuzzer" >&2
        exit 1
    }
    cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DPORTOLAN_FUZZ=ON >/dev/null
    cmake --build build-fuzz --target fuzz_plan -j"$(nproc)"
    (cd build-fuzz && ctest --output-on-failure -R '^fuzz/')
}

# Every test again, built with the sanitizers; tests/sanitizer/ holds the suppressions for
# findings inside Graphviz, Qt and the system libraries (each line says why).
sanitize() {
    cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPORTOLAN_WERROR=ON \
        -DPORTOLAN_SANITIZE=address,undefined >/dev/null
    cmake --build build-sanitize -j"$(nproc)"
    (cd build-sanitize && ctest --output-on-failure -j"$(nproc)")
}

package() {
    rm -f build/portolan_*.deb
    (cd build && cpack -G DEB >/dev/null)
    ls build/portolan_*.deb
}

# The package as a user gets it: lintian finds no error, apt-get installs it with its
# dependencies, the installed program runs, and it is removed cleanly.
package_check() {
    local deb tmp
    deb=$(ls build/portolan_*.deb)
    lintian --fail-on error "$deb"
    desktop-file-validate resources/desktop/portolan.desktop
    appstreamcli validate --no-net build/packaging/org.portolan.portolan.metainfo.xml
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "./$deb" >/dev/null
    trap 'DEBIAN_FRONTEND=noninteractive as_root apt-get remove -y -qq portolan >/dev/null' EXIT
    tmp=$(mktemp -d)
    local expected
    expected="portolan $(dpkg-query -W -f='${Version}' portolan | cut -d- -f1)"
    [ "$(/usr/bin/portolan --version)" = "$expected" ] || {
        echo "portolan --version does not print \"$expected\"" >&2
        exit 1
    }
    /usr/bin/portolan templates
    /usr/bin/portolan new --template gateway -o "$tmp/office.portolan.json"
    /usr/bin/portolan validate "$tmp/office.portolan.json"
    /usr/bin/portolan checklist "$tmp/office.portolan.json" --format xlsx -o "$tmp/checklist.xlsx"
    file --brief "$tmp/checklist.xlsx"
    man -w portolan >/dev/null
    rm -rf "$tmp"
    DEBIAN_FRONTEND=noninteractive as_root apt-get remove -y -qq portolan >/dev/null
    trap - EXIT
    ! dpkg-query -W -f='${Status}' portolan 2>/dev/null | grep -q 'install ok installed'
    echo "package check passed: $deb"
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
    (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)")
    fuzz
    ;;
fuzz)
    install_missing
    fuzz
    ;;
sanitize)
    install_missing
    sanitize
    ;;
package)
    install_missing
    build
    package
    ;;
package-check)
    install_missing
    build
    package
    package_check
    ;;
*)
    echo "usage: scripts/dev.sh run|test|fuzz|sanitize|package|package-check" >&2
    exit 2
    ;;
esac
