"""Simplifies the Natural Earth countries as one coverage, so neighbours keep sharing their borders.

`simplify.py SOURCE TARGET TOLERANCE_DEGREES`: SOURCE is the unsimplified GeoJSON the build makes for
areas.bin, TARGET the GeoJSON packed into countries.bin. Simplifying each country on its own (as
`ogr2ogr -simplify` does) moves the two copies of a shared border differently and opens slivers of sea
between neighbours (issue 25: seas between Ukraine and Russia in Donbas, Abyei painted as water, white
cracks on the world locator). GEOS's coverage simplifier (3.12 and later, through shapely) simplifies
each shared edge once, for both sides.

The sea is added to the coverage as one more polygon, the world less the land, so coasts are shared
edges too and are simplified like borders; the coverage's outer edge is then the world's rectangle,
kept as it is, so the cuts along ±180° and the pole stay straight. Coordinates are rounded to 4
decimals (about 10 m) after simplifying; shared vertices round alike. Deterministic: same input, same
bytes.
"""
import json
import sys

import shapely
from shapely.geometry import box, mapping, shape

KEPT = ("ISO_A2_EH", "ADM0_A3", "NAME_EN")

# Map labels use one naming style, the short names eventmap's answers give (gazetteer/countries.tsv):
# Natural Earth's NAME_EN is the formal name for these two only. areas.bin keeps Natural Earth's names.
SHORT_NAMES = {"People's Republic of China": "China", "United States of America": "United States"}


def rounded(value):
    """A geometry's coordinates rounded to 4 decimals, as the earlier basemap's were."""
    if isinstance(value, (list, tuple)):
        if value and isinstance(value[0], (int, float)):
            return [round(value[0], 4), round(value[1], 4)]
        return [rounded(item) for item in value]
    return value


def main(source, target, tolerance):
    features = json.load(open(source, encoding="utf-8"))["features"]
    shapes = [shape(feature["geometry"]) for feature in features]
    land = [geometry if geometry.is_valid else geometry.buffer(0) for geometry in shapes]
    sea = box(-180, -90, 180, 90).difference(shapely.union_all(land))
    simplified = shapely.coverage_simplify(land + [sea], tolerance, simplify_boundary=False)
    out = []
    for feature, geometry in zip(features, simplified[:-1]):
        properties = {key: (feature.get("properties") or {}).get(key) for key in KEPT}
        properties["NAME_EN"] = SHORT_NAMES.get(properties["NAME_EN"], properties["NAME_EN"])
        polygons = [geometry] if geometry.geom_type == "Polygon" else list(getattr(geometry, "geoms", []))
        polygons = [polygon for polygon in polygons if not polygon.is_empty]
        coordinates = [rounded(mapping(polygon)["coordinates"]) for polygon in polygons]
        out.append({"type": "Feature", "properties": properties,
                    "geometry": {"type": "MultiPolygon", "coordinates": coordinates}})
    with open(target, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": out}, handle, ensure_ascii=False, separators=(",", ":"))
        handle.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
