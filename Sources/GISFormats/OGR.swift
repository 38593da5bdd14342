import CGDAL
import CLibraryLoader
import Foundation
import Geodesy
import MapModel

// The one file that talks to GDAL (gdal.h, ogr_api.h, ogr_srs_api.h and CPL). It owns datasets,
// layers, features, geometries, coordinate transformations, option lists and GDAL's in-memory
// files. Writing: callers describe a dataset as Swift values (`VectorDataset`) and get its files back
// as bytes; GDAL writes into a private folder of its in-memory file system (/vsimem), never to disk,
// and the CLI moves the bytes into place with the run's other files, all together or none. Reading:
// one layer of a user's dataset, whole, in longitude/latitude on WGS84.

/// GDAL as linked, read at run time.
public enum GDALLibrary {
    /// "3.6.2".
    /// - Throws: `GISError.gdalUnavailable` when libgdal cannot be loaded.
    public static func version() throws -> String {
        try OGR.register()
        return String(cString: GDALVersionInfo("RELEASE_NAME"))
    }
}

/// One file (or one Shapefile's file set) for GDAL to write: a driver, its options, and layers.
struct VectorDataset {
    /// GDAL's short name of the driver: "GPKG", "ESRI Shapefile", "FlatGeobuf".
    var driver: String
    /// The main file's name, which names the others (a Shapefile's .dbf, .shx, .prj, .cpg).
    var fileName: String
    /// Dataset creation options, in the order given.
    var options: [(String, String)] = []
    /// Dataset metadata items (a GeoPackage keeps them in its metadata tables).
    var metadata: [(String, String)] = []
    /// GDAL configuration options set while this dataset is written, on this thread only.
    var configuration: [(String, String)] = []
    var layers: [VectorLayer]
}

struct VectorLayer {
    var name: String
    var geometryType: VectorGeometryType
    var fields: [VectorField]
    /// Layer creation options, in the order given.
    var options: [(String, String)] = []
    var features: [VectorFeature]
}

enum VectorGeometryType {
    case point, lineString, multiLineString, multiPolygon
    /// A table without geometry (CSV).
    case none
}

struct VectorField {
    var name: String
    var type: FeatureFieldType
    /// A text field's width in characters, for formats whose tables are fixed-width (dBASE).
    var widthCharacters: Int?
}

struct VectorFeature {
    /// Written as the layer's geometry type: one `lines` piece as a LineString for a `lineString`
    /// layer, any number of pieces for a `multiLineString` one.
    var geometry: FeatureGeometry?
    /// One per field of the layer, in order.
    var values: [FeatureValue]
    /// An OGR feature style string (`PEN(c:#1f4e79,w:2.2px)`), which the KML drivers turn into styles.
    var style: String?
}

/// A file GDAL wrote, by name (no folder) and content.
public struct GISFile: Sendable, Equatable {
    public let name: String
    public let data: Data
}

/// Writes datasets through OGR into memory.
enum OGR {
    /// GDAL loaded (on first use: see CLibraryLoader) and its drivers registered, or why not.
    private static let registration: String? = {
        if let failure = cgdal_load() { return String(cString: failure) }
        GDALAllRegister()
        return nil
    }()

    /// Loads GDAL before any call into it.
    /// - Throws: `GISError.gdalUnavailable` when libgdal cannot be loaded.
    static func register() throws {
        if let failure = registration { throw GISError.gdalUnavailable(reason: failure) }
    }

    /// Writes `dataset` with GDAL and returns every file it made, sorted by name.
    ///
    /// - Throws: `GISError.writeFailed` with GDAL's own words when GDAL fails or warns: a warning while
    ///   writing (a value cut short, a field renamed) would mean a file unlike the schema, so none is kept.
    static func write(_ dataset: VectorDataset) throws -> [GISFile] {
        try register()
        let messages = GDALMessages()
        CPLPushErrorHandlerEx(collectMessage, Unmanaged.passUnretained(messages).toOpaque())
        defer { CPLPopErrorHandler() }
        let previous = dataset.configuration.map { key, _ in (key, CPLGetThreadLocalConfigOption(key, nil).map { String(cString: $0) }) }
        for (key, value) in dataset.configuration { CPLSetThreadLocalConfigOption(key, value) }
        defer { for (key, value) in previous { CPLSetThreadLocalConfigOption(key, value) } }

        let folder = "/vsimem/eventmap-\(UUID().uuidString)"
        VSIMkdir(folder, 0o700)
        defer { VSIRmdirRecursive(folder) }
        try withExtendedLifetime(messages) {
            try create(dataset, at: "\(folder)/\(dataset.fileName)", messages: messages)
        }
        try messages.check(dataset.fileName)
        return readFiles(in: folder)
    }

    private static func create(_ dataset: VectorDataset, at path: String, messages: GDALMessages) throws {
        guard let driver = GDALGetDriverByName(dataset.driver) else {
            throw GISError.writeFailed(file: dataset.fileName, reason: "this GDAL has no \(dataset.driver) driver")
        }
        let handle = withOptions(dataset.options) { GDALCreate(driver, path, 0, 0, 0, GDT_Unknown, $0) }
        guard let handle else { throw messages.failure(dataset.fileName, otherwise: "the file could not be created") }
        defer { GDALClose(handle) }
        for (key, value) in dataset.metadata { GDALSetMetadataItem(handle, key, value, nil) }
        let wgs84 = OSRNewSpatialReference(nil)
        defer { OSRRelease(wgs84) }
        OSRSetWellKnownGeogCS(wgs84, "WGS84")
        OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER)
        for layer in dataset.layers {
            try write(layer, into: handle, reference: layer.geometryType == .none ? nil : wgs84, file: dataset.fileName, messages: messages)
        }
    }

    private static func write(
        _ layer: VectorLayer, into dataset: GDALDatasetH, reference: OGRSpatialReferenceH?, file: String, messages: GDALMessages
    ) throws {
        let created = withOptions(layer.options) {
            GDALDatasetCreateLayer(dataset, layer.name, reference, geometryType(layer.geometryType), $0)
        }
        guard let handle = created else { throw messages.failure(file, otherwise: "the layer \(layer.name) could not be created") }
        // A driver may come with fields of its own (GPX's name, desc, ele…): a field it already has is
        // used as it is, and values are set by name, not by position.
        for field in layer.fields where OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(handle), field.name) < 0 {
            let definition = OGR_Fld_Create(field.name, fieldType(field.type))
            defer { OGR_Fld_Destroy(definition) }
            if field.type == .boolean { OGR_Fld_SetSubType(definition, OFSTBoolean) }
            if let width = field.widthCharacters { OGR_Fld_SetWidth(definition, Int32(width)) }
            guard OGR_L_CreateField(handle, definition, 0) == OGRERR_NONE else {
                throw messages.failure(file, otherwise: "the field \(field.name) could not be created")
            }
        }
        try messages.check(file)
        let indices = layer.fields.map { OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(handle), $0.name) }
        let transaction = OGR_L_StartTransaction(handle) == OGRERR_NONE
        for feature in layer.features {
            let created = OGR_F_Create(OGR_L_GetLayerDefn(handle))
            defer { OGR_F_Destroy(created) }
            for (index, value) in zip(indices, feature.values) { set(value, at: index, of: created) }
            if let geometry = feature.geometry { OGR_F_SetGeometryDirectly(created, makeGeometry(geometry, as: layer.geometryType)) }
            if let style = feature.style { OGR_F_SetStyleString(created, style) }
            guard OGR_L_CreateFeature(handle, created) == OGRERR_NONE else {
                throw messages.failure(file, otherwise: "a feature of \(layer.name) could not be written")
            }
        }
        if transaction, OGR_L_CommitTransaction(handle) != OGRERR_NONE {
            throw messages.failure(file, otherwise: "the features of \(layer.name) could not be committed")
        }
        try messages.check(file)
    }

    private static func set(_ value: FeatureValue, at index: Int32, of feature: OGRFeatureH?) {
        switch value {
        case .null: OGR_F_SetFieldNull(feature, index)
        case let .string(text): OGR_F_SetFieldString(feature, index, text)
        case let .integer(number): OGR_F_SetFieldInteger64(feature, index, GIntBig(number))
        case let .real(number): OGR_F_SetFieldDouble(feature, index, number)
        case let .boolean(flag): OGR_F_SetFieldInteger(feature, index, flag ? 1 : 0)
        }
    }

    /// A new OGR geometry for the caller to own; longitude as x, latitude as y.
    private static func makeGeometry(_ geometry: FeatureGeometry, as type: VectorGeometryType) -> OGRGeometryH? {
        switch geometry {
        case let .point(point):
            let made = OGR_G_CreateGeometry(wkbPoint)
            OGR_G_SetPoint_2D(made, 0, point.longitudeDegrees, point.latitudeDegrees)
            return made
        case let .lines(lines):
            if type == .lineString, lines.lines.count == 1 { return lineString(lines.lines[0].coordinates, type: wkbLineString) }
            let made = OGR_G_CreateGeometry(wkbMultiLineString)
            for line in lines.lines { OGR_G_AddGeometryDirectly(made, lineString(line.coordinates, type: wkbLineString)) }
            return made
        case let .polygons(polygons):
            let made = OGR_G_CreateGeometry(wkbMultiPolygon)
            for polygon in polygons.polygons {
                let part = OGR_G_CreateGeometry(wkbPolygon)
                for ring in [polygon.exterior] + polygon.holes {
                    OGR_G_AddGeometryDirectly(part, lineString(ring.coordinates, type: wkbLinearRing))
                }
                OGR_G_AddGeometryDirectly(made, part)
            }
            return made
        }
    }

    private static func lineString(_ points: [Coordinate], type: OGRwkbGeometryType) -> OGRGeometryH? {
        let made = OGR_G_CreateGeometry(type)
        for point in points { OGR_G_AddPoint_2D(made, point.longitudeDegrees, point.latitudeDegrees) }
        return made
    }

    private static func geometryType(_ type: VectorGeometryType) -> OGRwkbGeometryType {
        switch type {
        case .point: return wkbPoint
        case .lineString: return wkbLineString
        case .multiLineString: return wkbMultiLineString
        case .multiPolygon: return wkbMultiPolygon
        case .none: return wkbNone
        }
    }

    private static func fieldType(_ type: FeatureFieldType) -> OGRFieldType {
        switch type {
        case .string: return OFTString
        case .integer: return OFTInteger64
        case .real: return OFTReal
        case .boolean: return OFTInteger
        }
    }

    /// Runs `body` with a NULL-terminated `KEY=VALUE` list that GDAL reads (CSLSetNameValue).
    private static func withOptions<Result>(_ options: [(String, String)], _ body: (CSLConstList?) -> Result) -> Result {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        for (key, value) in options { list = CSLSetNameValue(list, key, value) }
        defer { CSLDestroy(list) }
        return body(list)
    }

    /// Takes every file out of the in-memory `folder`, sorted by name.
    private static func readFiles(in folder: String) -> [GISFile] {
        guard let listing = VSIReadDir(folder) else { return [] }
        defer { CSLDestroy(listing) }
        var names: [String] = []
        var index = 0
        while let entry = listing[index] {
            names.append(String(cString: entry))
            index += 1
        }
        return names.filter { $0 != "." && $0 != ".." }.sorted().compactMap { name in
            var length: vsi_l_offset = 0
            guard let buffer = VSIGetMemFileBuffer("\(folder)/\(name)", &length, 1) else { return nil }
            defer { VSIFree(buffer) }
            return GISFile(name: name, data: Data(bytes: buffer, count: Int(length)))
        }
    }
}

// MARK: Reading

/// One layer of a user's dataset as `OGR.read` found it.
struct VectorLayerReading {
    let name: String
    let features: [LayerFeature]
    /// What GDAL warned about while reading (a feature it skipped, a field it could not parse).
    let warnings: [String]
}

extension OGR {
    /// Reads one layer of the dataset at `path` whole: every feature's geometry reprojected to
    /// longitude/latitude on WGS84 (curves made straight), and the text of `labelField`.
    ///
    /// - Parameters:
    ///   - layer: the layer's name; nil for a dataset of one layer.
    ///   - drivers: the GDAL drivers allowed to open it (file formats only: none that reads the network).
    /// - Throws: `GISError` naming the file, with GDAL's own reason where GDAL gave one.
    static func read(
        path: String, layer: String?, labelField: String?, drivers: [String], maximumVertices: Int, maximumFeatures: Int
    ) throws -> VectorLayerReading {
        try withLayer(path: path, named: layer, drivers: drivers) { _, chosen, name, messages in
            let reader = try LayerReader(path: path, layer: chosen, name: name, labelField: labelField, messages: messages)
            defer { reader.close() }
            let features = try reader.features(maximumVertices: maximumVertices, maximumFeatures: maximumFeatures)
            return VectorLayerReading(name: name, features: features, warnings: messages.warnings)
        }
    }

    /// Opens `path` read-only through `drivers` with GDAL's messages collected, chooses its layer
    /// (`named`, or the only one) and runs `body` on the open dataset and layer: the one way every
    /// reader here opens a user's dataset.
    private static func withLayer<Result>(
        path: String, named layer: String?, drivers: [String],
        _ body: (GDALDatasetH, OGRLayerH, String, GDALMessages) throws -> Result
    ) throws -> Result {
        try register()
        let messages = GDALMessages()
        CPLPushErrorHandlerEx(collectMessage, Unmanaged.passUnretained(messages).toOpaque())
        defer { CPLPopErrorHandler() }
        return try withExtendedLifetime(messages) {
            let opened = withList(drivers) {
                GDALOpenEx(path, UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR), $0, nil, nil)
            }
            guard let dataset = opened else {
                throw GISError.unreadable(path: path, reason: messages.failures.first ?? "no vector driver recognises it")
            }
            defer { GDALClose(dataset) }
            let names = (0..<GDALDatasetGetLayerCount(dataset)).map { String(cString: OGR_L_GetName(GDALDatasetGetLayer(dataset, $0))) }
            let chosen: OGRLayerH
            switch (layer, names.count) {
            case (nil, 0): throw GISError.noLayers(path: path)
            case (nil, 1): chosen = GDALDatasetGetLayer(dataset, 0)
            case (nil, _): throw GISError.severalLayers(path: path, layers: names)
            case let (name?, _):
                guard names.contains(name), let found = GDALDatasetGetLayerByName(dataset, name) else {
                    throw GISError.unknownLayer(path: path, layer: name, layers: names)
                }
                chosen = found
            }
            return try body(dataset, chosen, String(cString: OGR_L_GetName(chosen)), messages)
        }
    }

    /// The one layer of a user's dataset as RFC 7946 GeoJSON (longitude/latitude on WGS84,
    /// counter-clockwise outer rings), translated by GDAL (`ogr2ogr -f GeoJSON -lco RFC7946=YES`), so
    /// that an area file in any format goes through the same checks as a GeoJSON one.
    ///
    /// - Throws: `GISError` naming the file: not a dataset, no or several layers, or GDAL's failure.
    static func geoJSON(path: String, drivers: [String]) throws -> Data {
        try withLayer(path: path, named: nil, drivers: drivers) { dataset, _, _, messages in
            let target = "/vsimem/eventmap-area-\(UUID().uuidString).geojson"
            defer { VSIUnlink(target) }
            let arguments = ["-f", "GeoJSON", "-t_srs", "EPSG:4326", "-lco", "RFC7946=YES"]
            var usageError: Int32 = 0
            let translated: GDALDatasetH? = withList(arguments) { list in
                let options = GDALVectorTranslateOptionsNew(
                    UnsafeMutablePointer(mutating: UnsafeRawPointer(list)?.assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self)), nil)
                defer { GDALVectorTranslateOptionsFree(options) }
                var sources: [GDALDatasetH?] = [dataset]
                return GDALVectorTranslate(target, nil, 1, &sources, options, &usageError)
            }
            guard let translated else {
                throw GISError.unreadable(path: path, reason: messages.failures.first ?? "GDAL could not translate it to GeoJSON")
            }
            GDALClose(translated)
            var length: vsi_l_offset = 0
            guard let buffer = VSIGetMemFileBuffer(target, &length, 0) else {
                throw GISError.unreadable(path: path, reason: "GDAL wrote no GeoJSON for it")
            }
            return Data(bytes: buffer, count: Int(length))
        }
    }

    /// The rows of a table's one layer (a CSV, a GeoPackage or any point layer GDAL reads), fields as
    /// text, points in longitude/latitude.
    /// - Throws: `GISError` naming the file: not a dataset, no or several layers, more than `maximum` rows.
    static func table(path: String, drivers: [String], maximum: Int) throws -> [TableRow] {
        try withLayer(path: path, named: nil, drivers: drivers) { _, layer, name, messages in
            let reader = try LayerReader(path: path, layer: layer, name: name, labelField: nil, messages: messages, needsGeometry: false)
            defer { reader.close() }
            return try reader.rows(maximum: maximum)
        }
    }

    /// Runs `body` with a NULL-terminated list of plain strings (CSLAddString), as `const char *const *`.
    fileprivate static func withList<Result>(_ items: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> Result) -> Result {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        for item in items { list = CSLAddString(list, item) }
        defer { CSLDestroy(list) }
        return body(list.map { UnsafeRawPointer($0).assumingMemoryBound(to: UnsafePointer<CChar>?.self) })
    }
}

/// Reads the features of one open layer; owns the transformation to WGS84.
private struct LayerReader {
    let path: String
    let layer: OGRLayerH
    let name: String
    let labelIndex: Int32?
    let transformation: OGRCoordinateTransformationH?
    let messages: GDALMessages

    init(path: String, layer: OGRLayerH, name: String, labelField: String?, messages: GDALMessages, needsGeometry: Bool = true) throws {
        self.path = path
        self.layer = layer
        self.name = name
        self.messages = messages
        let definition = OGR_L_GetLayerDefn(layer)
        if let labelField {
            let index = OGR_FD_GetFieldIndex(definition, labelField)
            guard index >= 0 else {
                let fields = (0..<OGR_FD_GetFieldCount(definition)).map {
                    String(cString: OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, $0)))
                }
                throw GISError.unknownField(path: path, layer: name, field: labelField, fields: fields)
            }
            labelIndex = index
        } else {
            labelIndex = nil
        }
        guard OGR_L_GetGeomType(layer) != wkbNone || !needsGeometry else { throw GISError.noGeometry(path: path, layer: name) }
        guard let source = OGR_L_GetSpatialRef(layer) else {
            transformation = nil
            return
        }
        let wgs84 = OSRNewSpatialReference(nil)
        defer { OSRRelease(wgs84) }
        OSRSetWellKnownGeogCS(wgs84, "WGS84")
        OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER)
        guard let made = OCTNewCoordinateTransformation(source, wgs84) else {
            throw GISError.readFailed(
                path: path, layer: name, reason: messages.failures.first ?? "its coordinate system cannot be turned into longitude/latitude"
            )
        }
        transformation = made
    }

    func close() {
        if let transformation { OCTDestroyCoordinateTransformation(transformation) }
    }

    /// Every feature as a table row: each field's text by its name (null fields left out) and the
    /// feature's point in longitude/latitude, when it has a point geometry.
    func rows(maximum: Int) throws -> [TableRow] {
        let definition = OGR_L_GetLayerDefn(layer)
        let names = (0..<OGR_FD_GetFieldCount(definition)).map { String(cString: OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, $0))) }
        var rows: [TableRow] = []
        OGR_L_ResetReading(layer)
        while let feature = OGR_L_GetNextFeature(layer) {
            defer { OGR_F_Destroy(feature) }
            guard rows.count < maximum else { throw GISError.tooLarge(path: path, layer: name, what: "\(maximum) rows") }
            var fields: [String: String] = [:]
            for (index, field) in names.enumerated() where OGR_F_IsFieldSetAndNotNull(feature, Int32(index)) != 0 {
                fields[field] = String(cString: OGR_F_GetFieldAsString(feature, Int32(index)))
            }
            let point = try geometry(of: feature).flatMap { $0.points.count == 1 ? $0.points[0] : nil }
            rows.append(TableRow(number: rows.count + 1, fields: fields, point: point))
        }
        if let failure = messages.failures.first { throw GISError.readFailed(path: path, layer: name, reason: failure) }
        return rows
    }

    func features(maximumVertices: Int, maximumFeatures: Int) throws -> [LayerFeature] {
        var features: [LayerFeature] = []
        var vertices = 0
        OGR_L_ResetReading(layer)
        while let feature = OGR_L_GetNextFeature(layer) {
            defer { OGR_F_Destroy(feature) }
            guard features.count < maximumFeatures else {
                throw GISError.tooLarge(path: path, layer: name, what: "\(maximumFeatures) features")
            }
            guard let read = try geometry(of: feature) else { continue }
            vertices += read.vertexCount
            guard vertices <= maximumVertices else { throw GISError.tooLarge(path: path, layer: name, what: "\(maximumVertices) vertices") }
            let label = labelIndex.flatMap { index in
                OGR_F_IsFieldSetAndNotNull(feature, index) != 0 ? String(cString: OGR_F_GetFieldAsString(feature, index)) : nil
            }
            features.append(LayerFeature(polygons: read.polygons, lines: read.lines, points: read.points, label: label))
        }
        if let failure = messages.failures.first { throw GISError.readFailed(path: path, layer: name, reason: failure) }
        return features
    }

    /// The feature's geometry in longitude/latitude, or nil when it has none.
    private func geometry(of feature: OGRFeatureH) throws -> LayerFeature? {
        guard let original = OGR_F_GetGeometryRef(feature), OGR_G_IsEmpty(original) == 0 else { return nil }
        // Curves (arcs in a GeoPackage or FileGDB) become straight segments; a copy is owned here.
        guard let copy = OGR_G_GetLinearGeometry(original, 0, nil) else { return nil }
        defer { OGR_G_DestroyGeometry(copy) }
        if let transformation, OGR_G_Transform(copy, transformation) != OGRERR_NONE {
            throw GISError.readFailed(
                path: path, layer: name, reason: messages.failures.first ?? "a feature cannot be turned into longitude/latitude")
        }
        var parts = Parts()
        try collect(copy, into: &parts)
        return LayerFeature(polygons: parts.polygons, lines: parts.lines, points: parts.points, label: nil)
    }

    /// A geometry's pieces as the map draws them.
    private struct Parts {
        var polygons: [PlanarPolygon<Geographic>] = []
        var lines: [[GeographicPoint]] = []
        var points: [GeographicPoint] = []
    }

    /// Points, lines and polygons, from multi-geometries and collections at any depth.
    private func collect(_ geometry: OGRGeometryH, into parts: inout Parts) throws {
        switch OGR_GT_Flatten(OGR_G_GetGeometryType(geometry)) {
        case wkbPoint:
            parts.points.append(try point(geometry, 0))
        case wkbLineString, wkbLinearRing:
            parts.lines.append(try points(geometry))
        case wkbPolygon:
            let rings = try (0..<OGR_G_GetGeometryCount(geometry)).map { try points(OGR_G_GetGeometryRef(geometry, $0)) }
            guard let exterior = rings.first else { return }
            parts.polygons.append(PlanarPolygon(exterior: exterior, holes: Array(rings.dropFirst())))
        default:
            for index in 0..<OGR_G_GetGeometryCount(geometry) {
                if let part = OGR_G_GetGeometryRef(geometry, index) { try collect(part, into: &parts) }
            }
        }
    }

    private func points(_ geometry: OGRGeometryH?) throws -> [GeographicPoint] {
        try (0..<OGR_G_GetPointCount(geometry)).map { try point(geometry, $0) }
    }

    /// One position, refused when it is not a longitude and latitude (a layer in metres without a
    /// coordinate system says nothing of where it lies).
    private func point(_ geometry: OGRGeometryH?, _ index: Int32) throws -> GeographicPoint {
        let x = OGR_G_GetX(geometry, index), y = OGR_G_GetY(geometry, index)
        guard x.isFinite, y.isFinite, (-540...540).contains(x), (-90...90).contains(y) else {
            throw GISError.notLongitudeLatitude(path: path, layer: name)
        }
        return GeographicPoint(x: x, y: y)
    }
}

/// GDAL's warnings and errors while one dataset is written or read, collected by the handler pushed for it.
private final class GDALMessages {
    var messages: [String] = []
    var warnings: [String] = []
    /// Errors only (CE_Failure, CE_Fatal).
    var failures: [String] = []

    /// Throws GDAL's first message, if it said anything.
    func check(_ file: String) throws {
        if let first = messages.first { throw GISError.writeFailed(file: file, reason: first) }
    }

    /// The error to throw after a failed call: GDAL's first message, or `otherwise` if it gave none.
    func failure(_ file: String, otherwise: String) -> GISError {
        .writeFailed(file: file, reason: messages.first ?? otherwise)
    }
}

/// GDAL's error handler: keeps warnings and failures (not debug output) in the pushed `GDALMessages`.
private let collectMessage: CPLErrorHandler = { level, _, message in
    guard level == CE_Warning || level == CE_Failure || level == CE_Fatal, let user = CPLGetErrorHandlerUserData() else { return }
    let messages = Unmanaged<GDALMessages>.fromOpaque(user).takeUnretainedValue()
    let text = message.map { String(cString: $0) } ?? "an unspecified GDAL error"
    messages.messages.append(text)
    if level == CE_Warning {
        messages.warnings.append(text)
    } else {
        messages.failures.append(text)
    }
}
