package app.microlead.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.assessment.Answers;
import app.microlead.assessment.Session;
import app.microlead.assessment.SessionResult;
import app.microlead.common.Pillar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentPointTest {

    private static SessionResult session(long id, String finishedAt, Map<String, Double> scores) {
        Instant done = finishedAt == null ? null : Instant.parse(finishedAt);
        Session s = new Session(id, Instant.parse("2026-01-01T10:00:00Z"), done, "bank", "1", 0,
                new Answers(Map.of(), Map.of()), null, "");
        return new SessionResult(s, Fixtures.result(scores));
    }

    @Test
    void finishedSessionsAreDatedByTheLocalDayAndKeepTheirPillarScores() {
        List<AssessmentPoint> points = AssessmentPoint.from(List.of(
                session(2, "2026-03-01T23:30:00Z", Map.of("trust", 70.0, "empowerment", 40.0, "micromanagement", 90.0)),
                session(1, "2026-02-01T12:00:00Z", Map.of("trust", 50.0, "empowerment", 50.0, "professionalism", 50.0)),
                session(3, null, Map.of("trust", 1.0))), ZoneId.of("Europe/Berlin"));

        assertThat(points).extracting(AssessmentPoint::date)
                .containsExactly(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-02"));
        AssessmentPoint march = points.get(1);
        assertThat(march.scores()).isEqualTo(Map.of(Pillar.TRUST, 70.0, Pillar.EMPOWERMENT, 40.0));
        assertThat(march.weakest()).contains(Pillar.EMPOWERMENT);
        assertThat(points.get(0).weakest()).contains(Pillar.TRUST); // a tie goes to the first pillar
    }

    @Test
    void currentForSixWeeksFromTheDayItWasTaken() {
        AssessmentPoint p = Fixtures.assessed(LocalDate.parse("2026-03-02"), 1, 2, 3);
        assertThat(p.isCurrentOn(LocalDate.parse("2026-03-02"))).isTrue();
        assertThat(p.isCurrentOn(LocalDate.parse("2026-04-13"))).isTrue();  // 42 days later
        assertThat(p.isCurrentOn(LocalDate.parse("2026-04-14"))).isFalse(); // 43
        assertThat(p.isCurrentOn(LocalDate.parse("2026-03-01"))).isFalse(); // before it was taken
    }
}
