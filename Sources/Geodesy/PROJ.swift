import CLibraryLoader
import CProj
import Foundation

// The one file that talks to PROJ. Everything here is in degrees and metres.

/// libproj, opened on the first call into it (CLibraryLoader): a command that never measures, such as
/// `geocode`, does not pay for loading it and the 40 libraries it needs.
private enum PROJLoading {
    /// Why libproj could not be loaded, or nil once it is.
    static let failure: String? = cproj_load().map { String(cString: $0) }

    /// Loads libproj before the first PROJ call. Without it no length can be measured at all, as when
    /// a linked library is missing and the program cannot start, so this stops the program, saying why.
    static func require() {
        if let failure {
            fatalError("eventmap cannot load PROJ (\(failure)); install libproj25 and proj-data (scripts/setup).")
        }
    }
}

/// Solutions of the inverse geodesic problem: how far, and in which directions.
public struct GeodesicInverse: Sendable, Equatable {
    public let distanceMeters: Double
    /// Azimuth at the start, clockwise from true north, in (-180, 180].
    public let initialAzimuthDegrees: Double
    /// Azimuth at the end (the direction of travel on arrival), in (-180, 180].
    public let finalAzimuthDegrees: Double
}

/// Solution of the direct geodesic problem: where a walk along a geodesic ends.
public struct GeodesicDirect: Sendable, Equatable {
    public let destination: Coordinate
    public let finalAzimuthDegrees: Double
}

/// What GeodSolve's full output (`-f`) adds about one geodesic: Karney (2013), sections 3 and 6.
public struct GeodesicDetails: Sendable, Equatable {
    /// The arc length a12 on the auxiliary sphere, in degrees.
    public let arcDegrees: Double
    /// The reduced length m12, in metres.
    public let reducedLengthMeters: Double
    /// The geodesic scales M12 and M21 (no unit).
    public let geodesicScale12: Double
    public let geodesicScale21: Double
    /// The area S12 between the geodesic and the equator, in square metres.
    public let areaSquareMeters: Double
}

/// Karney's geodesic algorithms on an ellipsoid, through PROJ's `geodesic.h`.
///
/// Accurate to about 15 nm for any pair of points on WGS84 (Karney 2013). The struct holds the
/// ellipsoid constants by value; it is immutable and safe to share between threads.
public struct Geodesic: Sendable {
    fileprivate var geod = geod_geodesic()

    /// The WGS84 ellipsoid (EPSG:7030), the one every eventmap length is measured on.
    public static let wgs84 = Geodesic(
        equatorialRadiusMeters: WGS84.equatorialRadiusMeters, flattening: WGS84.flattening)

    public init(equatorialRadiusMeters: Double, flattening: Double) {
        PROJLoading.require()
        geod_init(&geod, equatorialRadiusMeters, flattening)
    }

    /// Distance and azimuths between two points.
    public func inverse(from start: Coordinate, to end: Coordinate) -> GeodesicInverse {
        inverse(
            latitude1Degrees: start.latitudeDegrees, longitude1Degrees: start.longitudeDegrees,
            latitude2Degrees: end.latitudeDegrees, longitude2Degrees: end.longitudeDegrees)
    }

    /// Raw-number form for hot loops (batch mode); inputs must be valid degrees.
    @inline(__always)
    public func inverse(
        latitude1Degrees: Double, longitude1Degrees: Double, latitude2Degrees: Double, longitude2Degrees: Double
    ) -> GeodesicInverse {
        var distance = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        withUnsafePointer(to: geod) { geodPointer in
            geod_inverse(
                geodPointer, latitude1Degrees, longitude1Degrees, latitude2Degrees, longitude2Degrees,
                &distance, &azimuth1, &azimuth2)
        }
        return GeodesicInverse(
            distanceMeters: distance, initialAzimuthDegrees: azimuth1, finalAzimuthDegrees: azimuth2)
    }

    /// The inverse problem with GeodSolve's full output: slower than `inverse`, which skips the details.
    public func inverseWithDetails(
        latitude1Degrees: Double, longitude1Degrees: Double, latitude2Degrees: Double, longitude2Degrees: Double
    ) -> (GeodesicInverse, GeodesicDetails) {
        var distance = 0.0, azimuth1 = 0.0, azimuth2 = 0.0, reduced = 0.0, scale12 = 0.0, scale21 = 0.0, area = 0.0
        let arc = withUnsafePointer(to: geod) { geodPointer in
            geod_geninverse(
                geodPointer, latitude1Degrees, longitude1Degrees, latitude2Degrees, longitude2Degrees,
                &distance, &azimuth1, &azimuth2, &reduced, &scale12, &scale21, &area)
        }
        return (
            GeodesicInverse(distanceMeters: distance, initialAzimuthDegrees: azimuth1, finalAzimuthDegrees: azimuth2),
            GeodesicDetails(
                arcDegrees: arc, reducedLengthMeters: reduced, geodesicScale12: scale12, geodesicScale21: scale21,
                areaSquareMeters: area)
        )
    }

    /// The point reached from `start` after `distanceMeters` along the geodesic leaving at `azimuthDegrees`.
    public func direct(from start: Coordinate, azimuthDegrees: Double, distanceMeters: Double) -> GeodesicDirect {
        let (latitude, longitude, azimuth2, _) = direct(
            latitude1Degrees: start.latitudeDegrees, longitude1Degrees: start.longitudeDegrees,
            azimuth1Degrees: azimuthDegrees, distanceMeters: distanceMeters, details: false)
        return GeodesicDirect(
            destination: Coordinate(
                uncheckedLatitudeDegrees: latitude, longitudeDegrees: Coordinate.normalizedLongitude(longitude)),
            finalAzimuthDegrees: azimuth2)
    }

    /// Raw-number form of the direct problem for hot loops (batch mode): the end point (its
    /// longitude in [-180, 180]), the azimuth there, and with `details` GeodSolve's full output.
    @inline(__always)
    public func direct(
        latitude1Degrees: Double, longitude1Degrees: Double, azimuth1Degrees: Double, distanceMeters: Double, details: Bool
    ) -> (latitudeDegrees: Double, longitudeDegrees: Double, finalAzimuthDegrees: Double, details: GeodesicDetails?) {
        var latitude = 0.0, longitude = 0.0, azimuth2 = 0.0
        guard details else {
            withUnsafePointer(to: geod) { geodPointer in
                geod_direct(
                    geodPointer, latitude1Degrees, longitude1Degrees, azimuth1Degrees, distanceMeters, &latitude, &longitude, &azimuth2)
            }
            return (latitude, longitude, azimuth2, nil)
        }
        var distance = 0.0, reduced = 0.0, scale12 = 0.0, scale21 = 0.0, area = 0.0
        let arc = withUnsafePointer(to: geod) { geodPointer in
            geod_gendirect(
                geodPointer, latitude1Degrees, longitude1Degrees, azimuth1Degrees, 0, distanceMeters,
                &latitude, &longitude, &azimuth2, &distance, &reduced, &scale12, &scale21, &area)
        }
        let full = GeodesicDetails(
            arcDegrees: arc, reducedLengthMeters: reduced, geodesicScale12: scale12, geodesicScale21: scale21, areaSquareMeters: area)
        return (latitude, longitude, azimuth2, full)
    }
}

extension Geodesic {
    /// The geodesic from `start` to `end`, ready to be sampled at any distance along it.
    public func line(from start: Coordinate, to end: Coordinate) -> GeodesicLine {
        GeodesicLine(geodesic: self, start: start, end: end)
    }

    /// The point `distanceMeters` from `start` along `azimuthDegrees`, with its longitude unrolled
    /// relative to the start (so a walk east across 180° gives a longitude above 180).
    public func unrolledDirect(from start: Coordinate, azimuthDegrees: Double, distanceMeters: Double) -> GeographicPoint {
        var latitude = 0.0, longitude = 0.0
        withUnsafePointer(to: geod) { geodPointer in
            _ = geod_gendirect(
                geodPointer, start.latitudeDegrees, start.longitudeDegrees, azimuthDegrees,
                UInt32(GEOD_LONG_UNROLL.rawValue), distanceMeters,
                &latitude, &longitude, nil, nil, nil, nil, nil, nil)
        }
        return GeographicPoint(longitudeDegrees: longitude, latitudeDegrees: latitude)
    }
}

/// One geodesic between two points (PROJ's `geod_geodesicline`), sampled by distance from its start.
public struct GeodesicLine: Sendable {
    private var line = geod_geodesicline()

    init(geodesic: Geodesic, start: Coordinate, end: Coordinate) {
        let caps = UInt32(GEOD_LATITUDE.rawValue | GEOD_LONGITUDE.rawValue | GEOD_AZIMUTH.rawValue | GEOD_DISTANCE_IN.rawValue)
        withUnsafePointer(to: geodesic.geod) { geodPointer in
            geod_inverseline(
                &line, geodPointer, start.latitudeDegrees, start.longitudeDegrees,
                end.latitudeDegrees, end.longitudeDegrees, caps)
        }
    }

    /// Length of the geodesic, in metres.
    public var distanceMeters: Double { line.s13 }

    /// The point `meters` along the line, with its longitude unrolled (continuous from the start, so
    /// it passes ±180 instead of jumping), which is what antimeridian splitting needs.
    public func unrolledPosition(atMeters meters: Double) -> GeographicPoint {
        var latitude = 0.0, longitude = 0.0
        withUnsafePointer(to: line) { linePointer in
            _ = geod_genposition(
                linePointer, UInt32(GEOD_LONG_UNROLL.rawValue), meters, &latitude, &longitude,
                nil, nil, nil, nil, nil, nil)
        }
        return GeographicPoint(longitudeDegrees: longitude, latitudeDegrees: latitude)
    }
}

/// Facts about the PROJ library, read at run time.
public enum PROJLibrary {
    /// Starts loading libproj on another thread, for a command that will measure: the loader's 6–8 ms
    /// (libproj and the 40 libraries it needs) then overlap the command's own start (reading the
    /// gazetteer, decoding outlines) on a second core. The first geodesic waits for it if it is not done.
    public static func loadInBackground() {
        backgroundLoad.enter()
        Thread.detachNewThread {
            _ = PROJLoading.failure
            backgroundLoad.leave()
        }
    }

    /// Waits for a load `loadInBackground` started (at once when none is running). A process must not
    /// exit while libproj's C++ static constructors run on another thread: exit's destructors race
    /// them (AddressSanitizer saw a crash in an early exit, `distance` refusing a FIFO).
    public static func waitForBackgroundLoad() {
        backgroundLoad.wait()
    }

    private static let backgroundLoad = DispatchGroup()

    /// For example "9.1.1".
    public static var version: String {
        PROJLoading.require()
        return String(cString: proj_info().version)
    }
}

// MARK: - Projections (proj.h)

/// A map projection from WGS84 longitude/latitude to projected metres, through PROJ.
///
/// Built from a PROJ string (`+proj=eqearth +lon_0=30`), taken as an operation on the WGS84
/// ellipsoid, or from any CRS PROJ knows (`EPSG:3857`), reached with `proj_create_crs_to_crs` and
/// normalised to longitude-first order. Owns its PROJ context: use one instance per thread.
public final class Projection {
    private let context: OpaquePointer
    private let operation: OpaquePointer
    /// PROJ-string operations take radians; CRS-to-CRS operations take degrees.
    private let takesRadians: Bool
    public let definition: String

    /// Parameters that make PROJ open files or fetch grids; a map projection needs none of them, and
    /// a spec could point them at any path ("+nadgrids=/etc/shadow", a FIFO that never answers).
    public static let fileParameters: Set<String> = [
        "init", "nadgrids", "geoidgrids", "grids", "xy_grids", "z_grids", "file", "catalog", "t_epoch_grids",
    ]

    /// Refuses a proj.db that PROJ would find first in `PROJ_DATA` or `PROJ_LIB` (lists separated by
    /// ":") and that is not a regular file; PROJ opens it through SQLite, which blocks on a FIFO.
    static func checkDatabase() throws {
        for variable in ["PROJ_DATA", "PROJ_LIB"] {
            // getenv, not ProcessInfo's dictionary: a projection is made per measured point.
            let value = getenv(variable).map { String(cString: $0) } ?? ""
            for folder in value.split(separator: ":") where !folder.isEmpty {
                let path = "\(folder)/proj.db"
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                guard (status.st_mode & S_IFMT) == S_IFREG else { throw ProjectionError.databaseUnusable(path: path) }
                return
            }
        }
    }

    /// Why a definition is refused before PROJ sees it: a file parameter, or a form other than a
    /// PROJ string (`+proj=…`) or an authority code (`EPSG:3857`), such as WKT, which can name files.
    public static func refusal(of definition: String) -> String? {
        let trimmed = definition.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("+proj=") {
            // Tokens as PROJ reads them: split at any whitespace (a tab or newline too), each with or
            // without its "+" ("nadgrids=/etc/shadow" is read as well as "+nadgrids=").
            let keys = trimmed.split(whereSeparator: \.isWhitespace).map { token in
                String(token.drop { $0 == "+" }.prefix { $0 != "=" }).lowercased()
            }
            return keys.first(where: fileParameters.contains).map { "+\($0)= makes PROJ read files" }
        }
        guard trimmed.range(of: #"^[A-Za-z]+:[A-Za-z0-9_.]+$"#, options: .regularExpression) != nil else {
            return "only PROJ strings (+proj=…) and codes such as EPSG:3857 are accepted"
        }
        return nil
    }

    public init(_ definition: String) throws {
        if let reason = Self.refusal(of: definition) { throw ProjectionError.invalidDefinition(definition, reason: reason) }
        try Self.checkDatabase()
        PROJLoading.require()
        guard let context = proj_context_create() else { throw ProjectionError.unavailable(definition) }
        self.definition = definition
        self.context = context
        proj_log_level(context, PJ_LOG_NONE)
        // Never the network: grids and databases come from the installed proj-data only.
        proj_context_set_enable_network(context, 0)
        let trimmed = definition.trimmingCharacters(in: .whitespaces)
        var created: OpaquePointer?
        if trimmed.hasPrefix("+proj=") {
            let withEllipsoid = trimmed.contains("+ellps=") || trimmed.contains("+datum=") ? trimmed : trimmed + " +ellps=WGS84"
            created = proj_create(context, withEllipsoid)
            takesRadians = true
        } else {
            if let raw = proj_create_crs_to_crs(context, "EPSG:4326", trimmed, nil) {
                created = proj_normalize_for_visualization(context, raw)
                proj_destroy(raw)
            }
            takesRadians = false
        }
        guard let operation = created else {
            let reason = String(cString: proj_context_errno_string(context, proj_context_errno(context)))
            proj_context_destroy(context)
            throw ProjectionError.invalidDefinition(definition, reason: reason)
        }
        self.operation = operation
    }

    deinit {
        proj_destroy(operation)
        proj_context_destroy(context)
    }

    /// Projected (x, y) in metres, or nil where the projection is undefined (e.g. the far side of an
    /// orthographic globe).
    public func forward(longitudeDegrees: Double, latitudeDegrees: Double) -> (x: Double, y: Double)? {
        let scale = takesRadians ? Double.pi / 180 : 1
        let output = proj_trans(operation, PJ_FWD, proj_coord(longitudeDegrees * scale, latitudeDegrees * scale, 0, 0))
        let x = output.xy.x, y = output.xy.y
        guard x.isFinite, y.isFinite, abs(x) < 1e15, abs(y) < 1e15 else {
            proj_errno_reset(operation)
            return nil
        }
        return (x, y)
    }

    /// `forward` for many points in one PROJ call (`proj_trans_generic`): a distance to a country's
    /// outline projects a hundred thousand vertices, and one call per point would cost several times more.
    public func forward(_ points: [GeographicPoint]) -> [(x: Double, y: Double)?] {
        let scale = takesRadians ? Double.pi / 180 : 1
        var xs = points.map { $0.x * scale }, ys = points.map { $0.y * scale }
        let stride = MemoryLayout<Double>.stride
        xs.withUnsafeMutableBufferPointer { x in
            ys.withUnsafeMutableBufferPointer { y in
                _ = proj_trans_generic(
                    operation, PJ_FWD, x.baseAddress, stride, points.count, y.baseAddress, stride, points.count, nil, 0, 0, nil, 0, 0)
            }
        }
        proj_errno_reset(operation)
        return zip(xs, ys).map { x, y in
            x.isFinite && y.isFinite && abs(x) < 1e15 && abs(y) < 1e15 ? (x, y) : nil
        }
    }

    /// Longitude and latitude in degrees of a projected point, or nil outside the projection's domain.
    public func inverse(x: Double, y: Double) -> Coordinate? {
        let output = proj_trans(operation, PJ_INV, proj_coord(x, y, 0, 0))
        let scale = takesRadians ? 180 / Double.pi : 1
        let longitude = output.lp.lam * scale, latitude = output.lp.phi * scale
        guard longitude.isFinite, latitude.isFinite, abs(latitude) <= 90 else {
            proj_errno_reset(operation)
            return nil
        }
        return Coordinate(uncheckedLatitudeDegrees: latitude, longitudeDegrees: Coordinate.normalizedLongitude(longitude))
    }
}

/// Why a projection cannot be built.
public enum ProjectionError: Error, Equatable, CustomStringConvertible {
    case unavailable(String)
    case invalidDefinition(String, reason: String)
    /// A proj.db under `PROJ_DATA` (or `PROJ_LIB`) that is no regular file: PROJ would wait on a FIFO forever.
    case databaseUnusable(path: String)

    public var description: String {
        switch self {
        case let .unavailable(definition):
            return "PROJ could not start for projection '\(definition)'; check that proj-data is installed (scripts/setup)."
        case let .invalidDefinition(definition, reason):
            return
                "PROJ cannot use the projection '\(definition)' (\(reason)); give a PROJ string such as +proj=eqearth +lon_0=30 or a CRS "
                + "such as EPSG:3857."
        case let .databaseUnusable(path):
            return "PROJ's database \(path) is not a regular file (a FIFO, device or folder); point PROJ_DATA at proj-data's folder "
                + "(/usr/share/proj) or unset it."
        }
    }
}
