// Claims: a stated distance against the computed one, with a verdict a fact-checker can defend,
// and the extraction of places, dates, events and distance claims from report text.
// Depends on Gazetteer (names → places) and Geodesy (lengths and geodesics); knows nothing of maps.
