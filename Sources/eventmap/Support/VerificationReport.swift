import Verification

/// A verification as JSON: the keys, plus the range the statement allows.
struct VerificationReport: Encodable {
    let from: EndpointReport
    let to: EndpointReport
    /// Where the computed distance runs (for an area, its nearest boundary point), and whether the place lies inside.
    let nearestFrom: PointReport
    let nearestTo: PointReport
    let inside: Bool
    let warnings: [String]
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

    init(_ verification: DistanceVerification, warnings: [String] = []) {
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
