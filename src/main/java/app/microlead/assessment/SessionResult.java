package app.microlead.assessment;

/** A finished session with its scored result. */
public record SessionResult(Session session, AssessmentResult result) {
}
