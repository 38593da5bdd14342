"""Packs basemap GeoJSON into the binary files the renderer loads without parsing JSON.

`pack.py countries SOURCE TARGET` (countries.bin) and `pack.py lines SOURCE TARGET` (admin1-lines.bin:
b"EMLINE1\n", u32 line count; per line: u32 point count, then float32 pairs; MultiLineStrings are
flattened into their lines).

Layout (little-endian): b"EMBASE1\\n", u32 country count; per country: u16 name length, UTF-8 name,
u16 code length, UTF-8 ISO code, u32 polygon count; per polygon: u32 ring count; per ring: u32 point
count, then (longitude, latitude) float32 pairs. Float32 keeps the GeoJSON's 4 decimals (about 10 m)
exactly enough: its error is under 0.00001° at ±180°. Deterministic: same input, same bytes.

`pack.py areas SOURCE TARGET` (areas.bin, what distances to countries, borders and coasts measure
against): the unsimplified outlines, every edge tagged with what lies across it. Natural Earth's
countries share their border vertices exactly, so an edge that two countries both have is a land
border between them, an edge only one has is coast, and an edge along ±180° or a pole is a cut, not
a boundary. Layout: b"EMAREA1\n", u32 area count; per area: u16-length UTF-8 name, ISO code and
ADM0_A3 id, u32 polygon count; per polygon: u32 ring count; per ring: u32 point count, then per point
the zigzag-varint difference in microdegrees (longitude, latitude) from the previous point (the first
from 0); u32 run count, then per run of edges with one tag: u32 edge count, u16 tag (the neighbour's
area index, 0xFFFF coast, 0xFFFE cut). Microdegrees are 0.1 m: the source's shared vertices stay equal.

`pack.py regions SOURCE TARGET` (regions.bin): first-level regions in the same layout, Crimea and
Sevastopol re-tagged to Ukraine. Simplified per region, neighbours no longer share vertices, so
their edges mostly read as coast: only the polygons are used, never the tags.
"""
import json
import struct
import sys


def pack_lines(source, target):
    features = json.load(open(source, encoding="utf-8"))["features"]
    lines = []
    for feature in features:
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "LineString":
            lines.append(geometry["coordinates"])
        elif geometry.get("type") == "MultiLineString":
            lines.extend(geometry["coordinates"])
    out = bytearray(b"EMLINE1\n") + struct.pack("<I", len(lines))
    for line in lines:
        out += struct.pack("<I", len(line)) + b"".join(struct.pack("<ff", point[0], point[1]) for point in line)
    open(target, "wb").write(bytes(out))


def polygons_of(feature):
    """A Polygon's or MultiPolygon's coordinates as a list of polygons (each a list of rings)."""
    geometry = feature.get("geometry") or {}
    kind = geometry.get("type")
    return [geometry["coordinates"]] if kind == "Polygon" else geometry.get("coordinates", []) if kind == "MultiPolygon" else []


def texts(properties, keys):
    """Each property as a u16 length and its UTF-8 bytes."""
    out = bytearray()
    for key in keys:
        encoded = (properties.get(key) or "").encode("utf-8")
        out += struct.pack("<H", len(encoded)) + encoded
    return bytes(out)


def pack_countries(source, target):
    features = json.load(open(source, encoding="utf-8"))["features"]
    out = bytearray(b"EMBASE1\n")
    out += struct.pack("<I", len(features))
    for feature in features:
        polygons = polygons_of(feature)
        out += texts(feature.get("properties") or {}, ("NAME_EN", "ISO_A2_EH"))
        out += struct.pack("<I", len(polygons))
        for rings in polygons:
            out += struct.pack("<I", len(rings))
            for ring in rings:
                out += struct.pack("<I", len(ring))
                out += b"".join(struct.pack("<ff", point[0], point[1]) for point in ring)
    open(target, "wb").write(bytes(out))


COAST, CUT = 0xFFFF, 0xFFFE


def varint(value):
    value = (value << 1) ^ (value >> 63)  # zigzag: small magnitudes of either sign take one or two bytes
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def is_cut(a, b):
    """An edge along ±180° or along a pole: where the data closes a ring, not where land ends."""
    along_antimeridian = abs(a[0]) == 180_000_000 and a[0] == b[0]
    along_pole = abs(a[1]) >= 89_999_000 and a[1] == b[1]
    return along_antimeridian or along_pole


# Natural Earth's admin-1 layer puts Crimea and Sevastopol in Russia; the de jure view
# (../shared/DATA.md) keeps them in Ukraine.
DE_JURE_REGION_CODES = {("Crimea", "RU"): "UA", ("Sevastopol", "RU"): "UA"}


def pack_regions(source, target):
    """Natural Earth admin-1 polygons (fields name, iso_a2) in the areas.bin layout, as NAME_EN and
    ISO_A2_EH, re-tagged to the de jure view."""
    features = json.load(open(source, encoding="utf-8"))["features"]
    for feature in features:
        properties = feature.get("properties") or {}
        name, code = properties.get("name") or "", properties.get("iso_a2") or ""
        feature["properties"] = {"NAME_EN": name, "ISO_A2_EH": DE_JURE_REGION_CODES.get((name, code), code), "ADM0_A3": ""}
    pack_areas(source, target, features)


def pack_areas(source, target, features=None):
    features = features if features is not None else json.load(open(source, encoding="utf-8"))["features"]
    areas = []
    for feature in features:
        quantized = [[[(round(x * 1e6), round(y * 1e6)) for x, y in ring] for ring in rings] for rings in polygons_of(feature)]
        areas.append((feature.get("properties") or {}, quantized))
    owners = {}
    for index, (_, polygons) in enumerate(areas):
        for rings in polygons:
            for ring in rings:
                for a, b in zip(ring, ring[1:]):
                    owners.setdefault((min(a, b), max(a, b)), []).append(index)
    out = bytearray(b"EMAREA1\n") + struct.pack("<I", len(areas))
    for index, (properties, polygons) in enumerate(areas):
        out += texts(properties, ("NAME_EN", "ISO_A2_EH", "ADM0_A3"))
        out += struct.pack("<I", len(polygons))
        for rings in polygons:
            out += struct.pack("<I", len(rings))
            for ring in rings:
                out += struct.pack("<I", len(ring))
                previous = (0, 0)
                for point in ring:
                    out += varint(point[0] - previous[0]) + varint(point[1] - previous[1])
                    previous = point
                runs = []
                for a, b in zip(ring, ring[1:]):
                    others = [owner for owner in owners[(min(a, b), max(a, b))] if owner != index]
                    tag = CUT if is_cut(a, b) or len(others) < len(owners[(min(a, b), max(a, b))]) - 1 else others[0] if others else COAST
                    if runs and runs[-1][1] == tag:
                        runs[-1][0] += 1
                    else:
                        runs.append([1, tag])
                out += struct.pack("<I", len(runs)) + b"".join(struct.pack("<IH", count, tag) for count, tag in runs)
    open(target, "wb").write(bytes(out))


if __name__ == "__main__":
    {"countries": pack_countries, "lines": pack_lines, "areas": pack_areas, "regions": pack_regions}[sys.argv[1]](sys.argv[2], sys.argv[3])
