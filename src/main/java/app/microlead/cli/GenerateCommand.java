package app.microlead.cli;

import app.microlead.assessment.Answers;
import app.microlead.assessment.QuestionBank;
import app.microlead.assessment.Session;
import app.microlead.common.Pillar;
import app.microlead.habits.Catalogue;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.people.OneOnOne;
import app.microlead.people.PeopleRepository;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code microlead generate --profile heavy|stress|year}: a reproducible sample journal for benchmarks,
 * written through the app's own repositories (in batched transactions), never by hand-made SQL.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fill an EMPTY data folder with a reproducible sample journal (for benchmarks):"
                + " heavy = 20 years of daily reflections, 30 habits, 100 self-assessments;"
                + " stress = 100,000 days; year = one year. Each has a team (eight people; twelve for heavy, one"
                + " of whom has left and is archived): mentioned in the journal (some much more than others, one"
                + " hardly at all), named on check-ins, with 1:1s and promises.")
final class GenerateCommand implements Callable<Integer> {

    enum Profile { year, heavy, stress }

    @ParentCommand
    MicroleadCommand parent;

    @Option(names = "--profile", required = true, paramLabel = "PROFILE", description = "year, heavy or stress.")
    Profile profile;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    static final String[] WORDS = ("team meeting feedback delegated trust decision explained why listened"
            + " quiet voice celebrated win release deadline reply message calm paused responded energy tone sprint"
            + " review plan budget hire interview coached mentor onboarding customer bug fix incident retro goal"
            + " priority conflict thanks praised the a and to of in it was we I my our today with for on that this"
            + " Ana Marco Priya Lena Tom Sam Jonas Mei checked asked offered handed stood by owner question idea")
            .split(" ");
    private static final String[] TAGS = {"team", "1on1", "meetings", "delegation", "feedback", "release", "wins",
        "hiring"};

    /**
     * The team: name, role, team, 1:1 cadence, what they hope for, how much attention they get (weight),
     * and whether they have left (archived). Their first names are not among {@link #WORDS}, so only the
     * lines written about them mention them.
     */
    record Member(String name, String role, String team, Person.Cadence cadence, String hopes, double weight,
                  boolean left) {

        Member(String name, String role, String team, Person.Cadence cadence, String hopes, double weight) {
            this(name, role, team, cadence, hopes, weight, false);
        }
    }

    private static final List<Member> TEAM = List.of(
            new Member("Aisha Costa", "Senior engineer", "Platform", Person.Cadence.BIWEEKLY,
                    "Lead the next platform migration.", 8),
            new Member("Diego Rossi", "Engineer", "Platform", Person.Cadence.BIWEEKLY, "Speak at a conference.", 6),
            new Member("Hana Nair", "Product designer", "Apps", Person.Cadence.WEEKLY,
                    "Own the design system.", 5),
            new Member("Lukas Weber", "Engineer", "Apps", Person.Cadence.BIWEEKLY, "Learn to mentor juniors.", 4),
            new Member("Nora Hughes", "QA engineer", "Apps", Person.Cadence.MONTHLY, "Automate the release checks.", 3),
            new Member("Omar Okafor", "Engineer", "Platform", Person.Cadence.MONTHLY, "Move towards security work.", 2),
            new Member("Farid Berg", "Data analyst", "Insights", Person.Cadence.MONTHLY, "", 1),
            new Member("Ines Chen", "Engineer", "Insights", Person.Cadence.NONE, "", 0.3),
            // the twenty-year journal's team is larger, with the names a real one has, and someone who left
            new Member("Seán O'Brien", "Support engineer", "Platform", Person.Cadence.MONTHLY,
                    "Run the on-call rotation.", 2),
            new Member("Chloé Dubois-Martin", "Engineering manager", "Apps", Person.Cadence.BIWEEKLY,
                    "Grow into a director role.", 3),
            new Member("Mateo García", "Engineer", "Insights", Person.Cadence.MONTHLY, "Learn to lead a project.", 1.5),
            new Member("Yuki Tanaka", "Engineer", "Platform", Person.Cadence.NONE, "", 0.5, true));

    /** The team of a profile: eight people, twelve for the twenty-year journal. */
    static List<Member> team(Profile profile) {
        return profile == Profile.heavy ? TEAM : TEAM.subList(0, 8);
    }
    private static final String[] TOPICS = {"the sprint goal", "their growth plan", "the incident review",
        "the customer call", "a tricky code review", "the hiring loop", "the roadmap", "their workload"};

    @Override
    public Integer call() {
        int days = switch (profile) {
            case year -> 365;
            case heavy -> 20 * 365;
            case stress -> 100_000;
        };
        int habits = profile == Profile.year ? 7 : 30;
        int sessions = profile == Profile.year ? 2 : 100;
        try (OpenJournal j = parent.open("generate")) {
            if (j.journal.count() > 0 || !j.habitRepo.habits(true).isEmpty()
                    || !j.backend().people().people(true).isEmpty()) {
                System.err.println("microlead: The data folder already holds a journal; generate only into an empty one.");
                return 1;
            }
            Random r = new Random(seed);
            // the team draws from its own sequence, so the rest of the journal stays as it was for a seed
            Random rp = new Random(seed * 31 + 7);
            LocalDate today = LocalDate.now(j.clock);
            LocalDate start = today.minusDays(days - 1L);
            long t0 = System.nanoTime();
            PeopleRepository people = j.backend().people();
            List<Member> members = team(profile);
            List<Person> team = new ArrayList<>();
            for (Member m : members) {
                team.add(people.add(new Person(0, m.name(), m.role(), m.team(), start.minusDays(rp.nextInt(900)),
                        m.hopes(), m.cadence(), m.left(), start, false, null)));
            }
            for (int from = 0; from < days; from += 500) {
                int end = Math.min(days, from + 500);
                int first = from;
                j.db.transaction(() -> {
                    for (int i = first; i < end; i++) {
                        Entry e = entry(start.plusDays(i), r);
                        j.journal.save(rp.nextDouble() < 0.6 ? withMention(e, team.get(pick(members, rp)), rp) : e);
                    }
                    return null;
                });
            }
            List<Habit> made = new ArrayList<>();
            List<Catalogue.MicroAction> actions = byPillarInTurn(Catalogue.load().actions());
            Schedule[] schedules = {Schedule.daily(), Schedule.perWeek(3), Schedule.perMonth(4), Schedule.weekdays(
                DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)};
            for (int h = 0; h < habits; h++) {
                Catalogue.MicroAction a = actions.get(h % actions.size());
                Schedule s = h < actions.size() ? a.schedule() : schedules[h % schedules.length];
                made.add(j.habitRepo.add(new Habit(0, h < actions.size() ? a.id() : null,
                        h < actions.size() ? a.name() : "Own habit " + h, a.why(), a.pillar(), s, 0, false, start, "")));
            }
            for (Habit h : made) {
                double p = 0.4 + r.nextDouble() * 0.5;
                for (int from = 0; from < days; from += 2000) {
                    int end = Math.min(days, from + 2000);
                    int first = from;
                    j.db.transaction(() -> {
                        for (int i = first; i < end; i++) {
                            LocalDate d = start.plusDays(i);
                            double roll = r.nextDouble();
                            if (roll < p * Math.min(1, h.schedule().frequency() * 1.3)) {
                                j.habitRepo.setCheckIn(new CheckIn(h.id(), d, CheckIn.State.DONE, roll < 0.05 ? "note" : ""));
                                if (h.pillar() != Pillar.PROFESSIONALISM && rp.nextDouble() < 0.35) {
                                    people.setCheckInPeople(h.id(), d, Set.of(team.get(pick(members, rp)).id()));
                                }
                            } else if (roll > 0.985) {
                                j.habitRepo.setCheckIn(new CheckIn(h.id(), d, CheckIn.State.SKIPPED, ""));
                            }
                        }
                        return null;
                    });
                }
            }
            QuestionBank bank = j.bank();
            j.db.transaction(() -> {
                for (int s = 0; s < sessions; s++) {
                    LocalDate d = start.plusDays((long) s * days / sessions);
                    Map<String, Integer> likert = new HashMap<>();
                    bank.items().forEach(i -> likert.put(i.id(), 1 + r.nextInt(5)));
                    Map<String, String> sc = new HashMap<>();
                    bank.scenarios().forEach(x -> sc.put(x.id(), x.options().get(r.nextInt(4)).id()));
                    var at = d.atTime(20, 0).toInstant(ZoneOffset.UTC);
                    j.assessments.restore(new Session(0, at, at.plusSeconds(300), bank.instrument(), bank.version(), 27,
                            new Answers(likert, sc), null, ""), false);
                }
                return null;
            });
            int[] made1on1s = new int[2];
            for (Person p : team) {
                j.db.transaction(() -> {
                    oneOnOnes(people, p, start, today, rp, made1on1s);
                    return null;
                });
            }
            System.out.printf("Generated %,d days, %d habits, %d self-assessments, %d people with %,d 1:1s and %,d"
                    + " promises in %.1f s%n", days, habits, sessions, team.size(), made1on1s[0], made1on1s[1],
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    /** A team member, more often those who get more attention (Ines hardly ever). */
    private static int pick(List<Member> members, Random rp) {
        double total = members.stream().mapToDouble(Member::weight).sum();
        double x = rp.nextDouble() * total;
        for (int i = 0; i < members.size(); i++) {
            x -= members.get(i).weight();
            if (x < 0) {
                return i;
            }
        }
        return members.size() - 1;
    }

    /** The day's reflection with a line about someone: "@Ana" explicitly, or by first name. */
    private static Entry withMention(Entry e, Person p, Random rp) {
        String first = p.name().split(" ")[0];
        String line = (rp.nextBoolean() ? "Talked with @" + first : first + " and I went through") + " "
                + TOPICS[rp.nextInt(TOPICS.length)] + ".";
        return new Entry(e.date(), e.text() + "\n\n" + line, e.mood(), e.energy(), e.tags(), e.answers(),
                e.createdAt(), e.updatedAt());
    }

    /**
     * 1:1s at the person's cadence (now and then one is missed), each with notes; some make a promise,
     * which is kept (mostly on time), broken or dropped once due, or still open when due later.
     */
    private static void oneOnOnes(PeopleRepository people, Person p, LocalDate start, LocalDate today, Random rp,
                                  int[] made) {
        int every = p.cadence().days();
        if (every == 0) {
            return;
        }
        for (LocalDate d = start.plusDays(rp.nextInt(every)); !d.isAfter(today); d = d.plusDays(every)) {
            if (rp.nextDouble() < 0.15) {
                continue; // missed
            }
            String topic = TOPICS[rp.nextInt(TOPICS.length)];
            people.saveOneOnOne(new OneOnOne(0, p.id(), d, "- " + topic + "\n- feedback both ways",
                    "We talked about " + topic + ". " + p.name().split(" ")[0] + " wants more say in it.",
                    "- follow up on " + topic));
            made[0]++;
            if (rp.nextDouble() < 0.4) {
                LocalDate due = d.plusDays(3 + rp.nextInt(8));
                Promise open = Promise.open(p.id(), "Come back on " + topic, d, due);
                double roll = rp.nextDouble();
                Promise promise = due.isAfter(today) ? open
                        : roll < 0.65 ? open.close(Promise.State.KEPT, due.minusDays(rp.nextInt(3)))
                        : roll < 0.78 ? open.close(Promise.State.KEPT, due.plusDays(1 + rp.nextInt(4)))
                        : roll < 0.92 ? open.close(Promise.State.BROKEN, due) : open.close(Promise.State.DROPPED, due);
                if (promise.closedOn() != null && promise.closedOn().isAfter(today)) {
                    promise = promise.close(promise.state(), today);
                }
                people.savePromise(promise);
                made[1]++;
            }
        }
    }

    /** The catalogue with the pillars taking turns, so that a few habits cover every pillar. */
    static List<Catalogue.MicroAction> byPillarInTurn(List<Catalogue.MicroAction> actions) {
        Map<Object, ArrayDeque<Catalogue.MicroAction>> byPillar = new LinkedHashMap<>();
        actions.forEach(a -> byPillar.computeIfAbsent(a.pillar(), k -> new ArrayDeque<>()).add(a));
        List<Catalogue.MicroAction> out = new ArrayList<>();
        while (out.size() < actions.size()) {
            byPillar.values().forEach(q -> {
                if (!q.isEmpty()) {
                    out.add(q.poll());
                }
            });
        }
        return out;
    }

    private static Entry entry(LocalDate d, Random r) {
        StringBuilder b = new StringBuilder();
        int words = 280 + r.nextInt(40);
        for (int w = 0; w < words; w++) {
            b.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(r.nextGaussian()) * WORDS.length / 2.5)]);
            b.append(w % 15 == 14 ? ". " : w % 90 == 89 ? ".\n\n" : " ");
        }
        List<String> tags = r.nextInt(3) == 0 ? List.of(TAGS[r.nextInt(TAGS.length)]) : List.of();
        return new Entry(d, b.toString(), 1 + r.nextInt(5), 1 + r.nextInt(5), tags,
                List.of(new Entry.PromptAnswer("trust-0" + (1 + r.nextInt(9)), "A prompt of the day?",
                        "An answer of a few words about " + WORDS[r.nextInt(WORDS.length)] + ".")), null, null);
    }
}
