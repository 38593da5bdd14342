import Foundation
import GISFormats
import Gazetteer
import GeoJSON
import Geodesy
import MapModel
import Reading
import SVGRender
import SVGValidation
import Verification

/// Whose fault an error eventmap raises is: the input's (exit 2, HTTP 400) or the files' and
/// installation's (exit 3, HTTP 500); nil for an error that is not eventmap's own.
public enum FailureKind: Sendable {
    case badInput
    case unusableFiles

    public init?(of error: Error) {
        switch error {
        case is IOFailure, is DataFileMissing, is CocoaError, is BatchError, is SVGValidationError:
            self = .unusableFiles
        case let error as GazetteerError:
            if case .dataUnreadable = error { self = .unusableFiles } else { self = .badInput }
        case let error as RenderError:
            if case .basemapUnreadable = error { self = .unusableFiles } else { self = .badInput }
        case is ReadingError:
            self = .unusableFiles
        case let error as GISError:
            switch error {
            case .writeFailed, .gdalUnavailable: self = .unusableFiles
            default: self = .badInput
            }
        case let error as ProjectionError:
            switch error {
            case .unavailable, .databaseUnusable: self = .unusableFiles
            default: self = .badInput
            }
        case is InputError, is VerificationError, is InvalidSVG, is CoordinateError, is GeodesyError, is MapModelError,
            is GeoJSONValidationError:
            self = .badInput
        default:
            return nil
        }
    }
}
