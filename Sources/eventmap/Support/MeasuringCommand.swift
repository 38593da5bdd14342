/// A command that measures on the ellipsoid or projects: `Eventmap.main` starts loading PROJ for it
/// before it runs, so loading the library overlaps reading the gazetteer (issue 27: a cold country
/// distance in 50 ms). Commands that never measure (`geocode`, `validate`) do not pay for PROJ.
protocol MeasuringCommand {}
