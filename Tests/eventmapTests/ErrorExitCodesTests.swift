import Answers
import ArgumentParser
import Gazetteer
import GeoJSON
import Geodesy
import MapModel
import Reading
import SVGRender
import SVGValidation
import Verification
import XCTest

@testable import eventmap

/// Every error type the CLI can meet, with the exit status the table gives it.
final class ErrorExitCodesTests: XCTestCase {
    func testEveryErrorTypeHasItsExitStatus() {
        let cases: [(Error, ExitStatus, String)] = [
            (IOFailure(description: "x"), .ioError, "IOFailure"),
            (DataFileMissing(relativePath: "gazetteer/places.tsv"), .ioError, "DataFileMissing"),
            (CocoaError(.fileReadNoPermission), .ioError, "CocoaError"),
            (BatchError.writeFailed("No space left on device"), .ioError, "BatchError.writeFailed"),
            (BatchError.readFailed("Input/output error"), .ioError, "BatchError.readFailed"),
            (SVGValidationError.dtdMissing, .ioError, "SVGValidationError.dtdMissing"),
            (GazetteerError.dataUnreadable(path: "p", reason: "r"), .ioError, "GazetteerError.dataUnreadable"),
            (GazetteerError.unknownPlace(query: "Kharkow", suggestions: []), .inputError, "GazetteerError.unknownPlace"),
            (RenderError.basemapUnreadable(path: "countries.bin"), .ioError, "RenderError.basemapUnreadable"),
            (RenderError.projectionFailed("+proj=x"), .inputError, "RenderError.projectionFailed"),
            (GazetteerError.areaEmpty(name: "the coast of Belarus", reason: "r"), .inputError, "GazetteerError.areaEmpty"),
            (GazetteerError.areaFileInvalid(path: "f", problem: "p"), .inputError, "GazetteerError.areaFileInvalid"),
            (ProjectionError.unavailable("+proj=x"), .ioError, "ProjectionError.unavailable"),
            (ProjectionError.invalidDefinition("+proj=x", reason: "r"), .inputError, "ProjectionError.invalidDefinition"),
            (InputError(description: "x"), .inputError, "InputError"),
            (InvalidSVG(issues: []), .inputError, "InvalidSVG"),
            (CoordinateError.latitudeOutOfRange(91), .inputError, "CoordinateError"),
            (GeodesyError.negativeLength("-5 km"), .inputError, "GeodesyError"),
            (VerificationError.zeroStatement("0 km"), .inputError, "VerificationError"),
            (ReadingError.lexiconInvalid(path: "lexicon.txt", line: 3, problem: "p"), .ioError, "ReadingError.lexiconInvalid"),
            (MapModelError(nil, "x"), .inputError, "MapModelError"),
            (GeoJSONValidationError.notJSON(name: "x.geojson", reason: "r"), .inputError, "GeoJSONValidationError"),
        ]
        for (error, status, name) in cases {
            XCTAssertEqual(ErrorExitCodes.status(of: error), status, name)
        }
        XCTAssertNil(ErrorExitCodes.status(of: ValidationError("usage")), "ArgumentParser's own errors keep its handling")
    }

    func testATypedArgumentsOwnSentenceIsFoundInsideArgumentParsersError() throws {
        XCTAssertThrowsError(try Eventmap.parseAsRoot(["verify", "Kyiv", "Lviv", "--stated", "-5 km"])) { error in
            let found = ErrorExitCodes.ownError(in: error)
            XCTAssertEqual(found.map { "\($0.0)" }, "The stated distance '-5 km' is negative; give a distance of zero or more.")
            XCTAssertEqual(found?.1, .inputError)
        }
    }

    func testValuesThatBeginWithAMinusSignAreValues() throws {
        let destination = try Eventmap.parseAsRoot(["destination", "Sanaa", "--azimuth", "-29.5", "--distance", "100 km"])
        XCTAssertEqual((destination as? DestinationCommand)?.azimuth, -29.5)
        let distance = try Eventmap.parseAsRoot(["distance", "-33.86, 151.2", "Kyiv"])
        XCTAssertEqual((distance as? DistanceCommand)?.places, ["-33.86, 151.2", "Kyiv"])
        XCTAssertThrowsError(try Eventmap.parseAsRoot(["distance", "Kyiv", "--jsn", "Lviv"]))
    }
}
