package app.microlead.cli;

import app.microlead.people.Attention;
import app.microlead.people.PeopleService;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code microlead people}: the roster with each person's last 1:1, last recognition, last mention and open promises. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "List the people you lead: role, last 1:1, last recognised (a micro-action done for them),"
                + " last mentioned in the journal, and open promises.")
final class PeopleCommand implements Callable<Integer> {

    private static final List<String> HEADINGS = List.of("Name", "Role", "Last 1:1", "Last recognised",
            "Last mentioned", "Open promises");

    @ParentCommand
    MicroleadCommand parent;

    @Option(names = "--all", description = "Also list archived people (marked as archived).")
    boolean all;

    @Override
    public Integer call() {
        try (OpenJournal j = parent.openExisting("people")) {
            PeopleService people = j.backend().peopleService();
            List<Person> roster = people.repository().people(all);
            if (roster.isEmpty()) {
                System.out.println(all ? "No people yet: add them in the app's People view."
                        : "No people yet (or only archived ones: see --all). Add them in the app's People view.");
                return 0;
            }
            Map<Long, Attention> attention = people.attention();
            Map<Long, Integer> open = new HashMap<>();
            for (Promise p : people.repository().allPromises()) {
                if (p.state() == Promise.State.OPEN) {
                    open.merge(p.personId(), 1, Integer::sum);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(HEADINGS);
            for (Person p : roster) {
                Attention a = attention.getOrDefault(p.id(), Attention.none(p.id()));
                rows.add(List.of(p.archived() ? p.name() + " (archived)" : p.name(), p.role().isEmpty() ? "-" : p.role(),
                        day(a.lastOneOnOne()), day(a.lastRecognised()), day(a.lastMentioned()),
                        String.valueOf(open.getOrDefault(p.id(), 0))));
            }
            print(rows);
            return 0;
        }
    }

    private static String day(LocalDate d) {
        return d == null ? "never" : d.toString();
    }

    /** Columns padded to their widest cell (counted in characters as shown, not UTF-16 units). */
    static void print(List<List<String>> rows) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], shown(r.get(i)));
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.append(r.get(i));
                if (i < r.size() - 1) {
                    line.append(" ".repeat(width[i] - shown(r.get(i)) + 2));
                }
            }
            System.out.println(line.toString().stripTrailing());
        }
    }

    private static int shown(String s) {
        return s.codePointCount(0, s.length());
    }
}
