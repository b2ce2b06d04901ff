#!/usr/bin/env bash
# Checks the plan file type as a desktop (GIO) sees it: the shared-mime-info file compiled into a
# private database; a plan named *.portolan.json is application/x-portolan-plan by its name, a plan
# without an extension by its content, and other JSON stays JSON. (A plan named only *.json stays
# application/json: GIO does not look inside a file whose name matches one type.)
# Usage: check-mime.sh MIME_XML PORTOLAN_BINARY
set -euo pipefail
xml=$1
portolan=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data/mime/packages"
cp "$xml" "$tmp/data/mime/packages/portolan.xml"
cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/data/mime/packages/"
update-mime-database "$tmp/data/mime" >/dev/null 2>&1
type_of() {
    XDG_DATA_HOME="$tmp/data" XDG_DATA_DIRS="$tmp/data" gio info -a standard::content-type "$1" |
        sed -n 's/^ *standard::content-type: //p'
}
"$portolan" new --template lan-only -o "$tmp/office.portolan.json" --lang en
cp "$tmp/office.portolan.json" "$tmp/office-plan"
echo '{"other": true}' >"$tmp/other.json"
status=0
for expect in "office.portolan.json application/x-portolan-plan" \
    "office-plan application/x-portolan-plan" "other.json application/json"; do
    set -- $expect
    got=$(type_of "$tmp/$1")
    if [ "$got" != "$2" ]; then
        echo "$1: expected $2, got $got" >&2
        status=1
    fi
done
exit $status
