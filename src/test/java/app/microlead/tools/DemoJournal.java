package app.microlead.tools;

import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a reproducible demo journal through the app's own repositories (for screenshots and
 * benchmarks): {@code DemoJournal DIR DAYS [SEED]} fills the DAYS days up to today.
 */
public final class DemoJournal {

    private static final String[] SENTENCES = {
        "Greeted everyone by name at stand-up, even the new intern.",
        "Explained why we are moving the release instead of just announcing it.",
        "Let Priya finish her point before answering; she had already solved it.",
        "Delegated the vendor call to Marco and did not check on him once.",
        "Celebrated a small win: the flaky test is finally green.",
        "Asked Lena, who rarely speaks, what she thought of the plan. Great idea.",
        "Offered a way forward instead of only pointing at the bug.",
        "Checked in with Tom after his rough week; he appreciated it.",
        "Paused before replying to a sharp email and answered calmly in the morning.",
        "Was on time for every meeting today.",
        "Replied to all messages before lunch.",
        "Missed the deadline for the budget draft and told the team early.",
        "Shared my mistake from the planning meeting and what I learned.",
        "Caught myself re-checking work that was already fine. Stopped.",
        "Stood by the decision to drop the feature, even when it was unpopular.",
        "Energy was low after lunch; took a short walk and came back steadier.",
    };
    private static final String[] TAGS = {"team", "1on1", "meetings", "delegation", "feedback", "release", "wins"};

    private DemoJournal() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int days = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcJournalRepository repo = new JdbcJournalRepository(db, Clock.systemUTC());
            write(repo, LocalDate.now(), days, seed, 6);
        }
    }

    /** Writes about {@code sentencesPerDay} sentences on most of the {@code days} days before {@code end}. */
    public static void write(JdbcJournalRepository repo, LocalDate end, int days, long seed, int sentencesPerDay) {
        write(repo, end, days, seed, sentencesPerDay, true);
    }

    /** As above; {@code gaps=false} writes every single day. */
    public static void write(JdbcJournalRepository repo, LocalDate end, int days, long seed, int sentencesPerDay,
                             boolean gaps) {
        Random r = new Random(seed);
        for (int i = days - 1; i >= 0; i--) {
            LocalDate d = end.minusDays(i);
            if (gaps && r.nextInt(10) < 2 && i > 0) {
                continue; // some days are not written
            }
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentencesPerDay; s++) {
                text.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
                if (s % 3 == 2) {
                    text.append("\n\n");
                }
            }
            List<String> tags = new ArrayList<>();
            tags.add(TAGS[r.nextInt(TAGS.length)]);
            if (r.nextBoolean()) {
                tags.add(TAGS[r.nextInt(TAGS.length)]);
            }
            repo.save(new Entry(d, text.toString().strip(), 1 + r.nextInt(5), 1 + r.nextInt(5),
                    tags.stream().distinct().toList(),
                    List.of(new Entry.PromptAnswer("trust-07", "What did you hand over today?",
                            "Handed over the weekly report.")), null, null));
        }
    }
}
