# The four C libraries load and report their versions at run time, matching pkg-config.
set -euo pipefail
json=$("$EVENTMAP" version --json)
for library in proj geos libxml-2.0 gdal; do
  key=$library; [ "$library" = libxml-2.0 ] && key=libxml2
  expected=$(pkg-config --modversion "$library")
  grep -q "\"$key\" : \"$expected\"" <<<"$json" || { echo "version --json lacks $key $expected: $json"; exit 1; }
done
