# rendering the example briefing maps in maps/ to GeoJSON, SVG (validated) and PNG
for spec in "$EVENTMAP_HOME"/maps/*.yaml; do "$EVENTMAP" render "$spec" --out "$OUT" --format geojson,svg,png; done
