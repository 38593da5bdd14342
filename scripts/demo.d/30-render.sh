# rendering the example briefing maps in maps/
for spec in "$EVENTMAP_HOME"/maps/*.yaml; do "$EVENTMAP" render "$spec" --out "$OUT"; done
