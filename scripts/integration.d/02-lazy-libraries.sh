# PROJ and GDAL are opened on first use (Sources/CLibraryLoader), not linked: a command that
# needs none of them, such as geocode, loads none of them (cold geocode time), and a command that
# needs one opens it and works.
set -euo pipefail
if linked=$(readelf -d "$EVENTMAP" | grep -E 'NEEDED.*lib(proj|gdal)\.'); then
  echo "eventmap links what it should open on first use: $linked"; exit 1
fi
opened() { LD_DEBUG=files "$@" 2>&1 >/dev/null | { grep -oE 'file=lib(proj|gdal)\.so' || true; } | sort -u | sed 's/file=//' | tr '\n' ' '; }
expect() {
  local want=$1; shift
  local got; got=$(opened "$@")
  [ "$got" = "$want" ] || { echo "$* opened '$got', expected '$want'"; exit 1; }
}
expect "" "$EVENTMAP" geocode Kharkiv
expect "libproj.so " "$EVENTMAP" distance Kharkiv Kyiv
expect "libproj.so " "$EVENTMAP" render "$EVENTMAP_HOME/maps/korea-460km.yaml" --out "$WORK/svg"
expect "libgdal.so libproj.so " "$EVENTMAP" render "$EVENTMAP_HOME/maps/korea-460km.yaml" --format gpkg --out "$WORK/gpkg"
