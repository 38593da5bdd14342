import Gazetteer
import Verification

/// A verification as JSON: the keys, plus the range the statement allows.
public struct VerificationReport: Encodable, Sendable {
    public let from: EndpointReport
    public let to: EndpointReport
    /// Where the computed distance runs (for an area, its nearest boundary point), and whether the place lies inside.
    public let nearestFrom: PointReport
    public let nearestTo: PointReport
    public let inside: Bool
    public let warnings: [String]
    public let statedText: String
    public let statedMeters: Double
    public let computedMeters: Double
    public let minMeters: Double
    public let maxMeters: Double
    public let acceptedMinMeters: Double
    public let acceptedMaxMeters: Double
    public let differenceMeters: Double
    public let relativeDifference: Double
    public let verdict: String
    public let explanation: String

    public init(_ verification: DistanceVerification, warnings: [String] = []) {
        from = EndpointReport(verification.from)
        to = EndpointReport(verification.to)
        nearestFrom = PointReport(verification.measured.nearestFrom)
        nearestTo = PointReport(verification.measured.nearestTo)
        inside = verification.measured.isInside
        self.warnings = warnings
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

extension VerificationReport {
    /// A claim checked: the verifier's finding and its report.
    public struct Checked: Sendable {
        public let verification: DistanceVerification
        public let report: VerificationReport
    }

    /// Resolves both names (places, coordinates or areas), measures between them and judges `stated`.
    public static func check(
        from startName: String, to endName: String, stated: StatedDistance, tolerance: Tolerance, resolver: EndpointResolver,
        options: GeocodeOptions
    ) throws -> Checked {
        let (start, startWarning) = try resolver.resolve(startName, options: options)
        let (end, endWarning) = try resolver.resolve(endName, options: options)
        let measured = try EndpointMeasure().distance(from: start, to: end)
        let verification = DistanceVerifier().verify(from: start, to: end, measured: measured, stated: stated, tolerance: tolerance)
        let report = VerificationReport(verification, warnings: [startWarning, endWarning].compactMap { $0 })
        return Checked(verification: verification, report: report)
    }
}
