import Geodesy

// The two planes a map is drawn through, besides longitude/latitude (`Geographic`, in Geodesy).

/// Projected metres of the map's PROJ projection: x east, y north.
public enum Projected: PlanarSpace {}

/// SVG page pixels: x right, y down.
public enum Page: PlanarSpace {}

public typealias ProjectedPoint = PlanarPoint<Projected>
public typealias ProjectedRect = PlanarRect<Projected>
public typealias PagePoint = PlanarPoint<Page>
public typealias PageRect = PlanarRect<Page>
