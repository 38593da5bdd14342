import ArgumentParser
import Claims
import Foundation
import Gazetteer
import Geodesy

/// `eventmap verify A B --stated "460 km"`: is a reported distance right?
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a stated distance between two places against the geodesic on WGS84.",
        discussion: """
            The statement is read as written: "460 km" means 455–465 km, "460.3 km" 460.25–460.35 km (half a
            unit of the last significant digit, at most 5%); "about", "some" keep it two-sided, "more than",
            "over", "at least" make it a lower bound, "up to", "less than", "within" an upper bound, "nearly",
            "almost" a value just below. Cities are not points: each place has an extent (from the gazetteer,
            or a disc of its population at 3,000 people per km², 1–40 km).
            Verdicts: consistent (centres agree), plausible (only the places' edges agree), inconsistent.
            Exit code 0 for consistent or plausible, 1 for inconsistent.
            """)

    @Argument(help: "From: a place name or coordinates.")
    var from: String

    @Argument(help: "To: a place name or coordinates.")
    var to: String

    @Option(help: "The distance as the report states it, e.g. \"460 km\", \"about 285 miles\", \"more than 400 km\".")
    var stated: String

    @Option(help: "Extra leeway: a percentage of the stated distance (\"3%\", the default) or a length (\"10 km\").")
    var tolerance: String = "3%"

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let statement = try StatedDistance.parse(stated)
        let leeway = try Tolerance.parse(tolerance)
        let places = try gazetteer.load()
        let verification = DistanceVerifier().verify(
            from: try places.resolve(from), to: try places.resolve(to), stated: statement, tolerance: leeway)
        try output.emit(VerificationReport(verification)) { verification.explanation }
        if verification.verdict == .inconsistent { throw CheckFailed() }
    }
}

/// A verification as JSON: the keys, plus the range the statement allows.
struct VerificationReport: Encodable {
    let from: PlaceReport
    let to: PlaceReport
    let statedText: String
    let statedMeters: Double
    let computedMeters: Double
    let minMeters: Double
    let maxMeters: Double
    let acceptedMinMeters: Double
    let acceptedMaxMeters: Double
    let differenceMeters: Double
    let relativeDifference: Double
    let verdict: String
    let explanation: String

    init(_ verification: DistanceVerification) {
        from = PlaceReport(verification.from)
        to = PlaceReport(verification.to)
        statedText = verification.stated.text
        statedMeters = verification.stated.length.meters
        computedMeters = verification.computedMeters
        minMeters = verification.minMeters
        maxMeters = verification.maxMeters
        acceptedMinMeters = verification.acceptedMinMeters
        acceptedMaxMeters = verification.acceptedMaxMeters
        differenceMeters = verification.differenceMeters
        relativeDifference = verification.relativeDifference
        verdict = verification.verdict.rawValue
        explanation = verification.explanation
    }
}
