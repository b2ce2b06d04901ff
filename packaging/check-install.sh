#!/bin/bash
# Installs the build tree into a scratch prefix and checks that every file a desktop user needs
# is there: the program, its desktop entry, metadata, file type, icons, manual page and the
# Debian documents. Usage: check-install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

missing=0
expect() {
    if [ ! -s "$prefix/$1" ]; then
        echo "missing from the install tree: $1" >&2
        missing=1
    fi
}
expect bin/portolan
expect share/applications/portolan.desktop
expect share/metainfo/org.portolan.portolan.metainfo.xml
expect share/mime/packages/portolan.xml
expect share/icons/hicolor/scalable/apps/portolan.svg
for size in 16 22 24 32 48 64 128 256; do
    expect "share/icons/hicolor/${size}x${size}/apps/portolan.png"
done
expect share/man/man1/portolan.1.gz
expect share/doc/portolan/copyright
expect share/doc/portolan/changelog.Debian.gz
expect share/lintian/overrides/portolan

# The metadata's placeholders are filled in and every screenshot is an https address.
metainfo="$prefix/share/metainfo/org.portolan.portolan.metainfo.xml"
if grep -q '@[A-Z_]*@' "$metainfo"; then
    echo "unfilled placeholder in the installed metadata" >&2
    missing=1
fi
images=$(grep -c '<image>https://[^<]*\.png</image>' "$metainfo" || true)
if [ "$images" -lt 1 ]; then
    echo "the installed metadata names no https screenshot" >&2
    missing=1
fi
# The installed program is the one just built and runs from the prefix.
"$prefix/bin/portolan" --version | grep -q '^portolan [0-9]'
exit $missing
