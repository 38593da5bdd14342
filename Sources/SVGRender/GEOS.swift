import CGEOS

// The one file that talks to GEOS (re-entrant C API). It owns the context handle and every geometry.

/// Facts about the linked GEOS library, read at run time.
public enum GEOSLibrary {
    /// For example "3.11.1" (GEOS reports "3.11.1-CAPI-1.17.1"; the C API suffix is dropped).
    public static var version: String {
        let full = String(cString: GEOSversion())
        return full.split(separator: "-").first.map(String.init) ?? full
    }
}
