/// The WGS84 ellipsoid (EPSG:7030, NIMA TR8350.2), the datum of every coordinate in eventmap.
public enum WGS84 {
    /// Semi-major axis a, in metres.
    public static let equatorialRadiusMeters = 6_378_137.0
    /// Flattening f = 1/298.257223563.
    public static let flattening = 1 / 298.257223563
    /// Semi-minor axis b = a(1 − f), in metres (6,356,752.314 m).
    public static let polarRadiusMeters = equatorialRadiusMeters * (1 - flattening)
}
