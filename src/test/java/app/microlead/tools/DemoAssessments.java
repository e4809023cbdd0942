package app.microlead.tools;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.assessment.Session;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/** {@code DemoAssessments DIR N}: N finished self-assessments, five weeks apart, ending today. */
public final class DemoAssessments {

    private DemoAssessments() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        try (Database db = Database.open(DataFolder.open(Path.of(args[0])))) {
            write(db, n, Instant.now(), new Random(3));
        }
    }

    public static void write(Database db, int sessions, Instant end, Random r) {
        QuestionBank bank = QuestionBank.load();
        for (int s = 0; s < sessions; s++) {
            Instant at = end.minus((long) (sessions - 1 - s) * 35, ChronoUnit.DAYS);
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, Clock.fixed(at, ZoneOffset.UTC));
            Session session = repo.start(bank.instrument(), bank.version());
            for (QuestionBank.Item i : bank.items()) {
                int base = i.scale().equals("micromanagement") ? 4 - s : 2 + s;
                int v = Math.max(1, Math.min(5, base + r.nextInt(3) - 1));
                repo.answer(session.id(), i.id(), i.reversed() ? 6 - v : v, null);
            }
            for (QuestionBank.Scenario sc : bank.scenarios()) {
                repo.answer(session.id(), sc.id(), null, sc.options().get(r.nextInt(4)).id());
            }
            repo.finish(session.id());
        }
    }
}
