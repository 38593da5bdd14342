import CGDAL
import Foundation
import Geodesy
import MapModel

// The one file that talks to GDAL (gdal.h, ogr_api.h, ogr_srs_api.h and CPL). It owns datasets,
// layers, features, geometries, option lists and GDAL's in-memory files; callers describe a dataset
// as Swift values (`VectorDataset`) and get its files back as bytes. GDAL writes into a private
// folder of its in-memory file system (/vsimem), never to disk: the CLI moves the bytes into place
// with the run's other files, all together or none.

/// GDAL as linked, read at run time.
public enum GDALLibrary {
    /// "3.6.2".
    public static var version: String {
        OGR.register()
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
    private static let registration: Void = GDALAllRegister()

    static func register() {
        _ = registration
    }

    /// Writes `dataset` with GDAL and returns every file it made, sorted by name.
    ///
    /// - Throws: `GISExportError.gdal` with GDAL's own words when GDAL fails or warns: a warning while
    ///   writing (a value cut short, a field renamed) would mean a file unlike the schema, so none is kept.
    static func write(_ dataset: VectorDataset) throws -> [GISFile] {
        register()
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
            throw GISExportError.gdal(file: dataset.fileName, reason: "this GDAL has no \(dataset.driver) driver")
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

/// GDAL's warnings and errors while one dataset is written, collected by the handler pushed for it.
private final class GDALMessages {
    var messages: [String] = []

    /// Throws GDAL's first message, if it said anything.
    func check(_ file: String) throws {
        if let first = messages.first { throw GISExportError.gdal(file: file, reason: first) }
    }

    /// The error to throw after a failed call: GDAL's first message, or `otherwise` if it gave none.
    func failure(_ file: String, otherwise: String) -> GISExportError {
        .gdal(file: file, reason: messages.first ?? otherwise)
    }
}

/// GDAL's error handler: keeps warnings and failures (not debug output) in the pushed `GDALMessages`.
private let collectMessage: CPLErrorHandler = { level, _, message in
    guard level == CE_Warning || level == CE_Failure || level == CE_Fatal, let user = CPLGetErrorHandlerUserData() else { return }
    let messages = Unmanaged<GDALMessages>.fromOpaque(user).takeUnretainedValue()
    messages.messages.append(message.map { String(cString: $0) } ?? "an unspecified GDAL error")
}
