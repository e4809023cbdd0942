package app.microlead.people;

import app.microlead.habits.CheckIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The roster, former names, 1:1s, promises, the people check-ins name, and the nudge chosen each day. */
public interface PeopleRepository {

    /** A deleted person with everything that belonged to them, for undo. */
    record Removed(Person person, List<String> aliases, List<OneOnOne> oneOnOnes, List<Promise> promises,
                   List<CheckInPerson> checkIns) {
    }

    /** One habit check-in that names a person. */
    record CheckInPerson(long habitId, LocalDate date, long personId) {
    }

    /** A habit check-in and a person picked on it. */
    record PickedCheckIn(long personId, CheckIn checkIn) {
    }

    /** The nudge shown on a day. */
    record ShownNudge(LocalDate date, long personId, Nudges.Reason reason) {
    }

    /** The roster sorted by name (case- and accent-insensitive); archived people only when asked for. */
    List<Person> people(boolean includeArchived);

    Optional<Person> find(long id);

    /** Stores a new person and returns them with their id. */
    Person add(Person person);

    /** Stores changed fields; a new name keeps the former one as an alias so old text still resolves. */
    void update(Person person);

    /** Former names, by person id. */
    Map<Long, List<String>> aliases();

    /** Adds former names to a person (an import brings them), so old text that uses them finds the person. */
    void addFormerNames(long personId, List<String> names);

    /**
     * Makes {@code aliases} the person's former names (a copy of the journal on another computer knows
     * the same person by them); names equal to the current one are left out.
     */
    void replaceAliases(long personId, List<String> aliases);

    /** Removes the person with their 1:1s, promises and check-in links; the journal's text is untouched. */
    Removed delete(long personId);

    /** Puts a deleted person back with the same id and everything they had. */
    void restore(Removed removed);

    List<OneOnOne> oneOnOnes(long personId);

    /** Every 1:1 of every person, newest first. */
    List<OneOnOne> allOneOnOnes();

    /** Inserts (id 0) or updates a 1:1 and returns it as stored. */
    OneOnOne saveOneOnOne(OneOnOne meeting);

    void deleteOneOnOne(long id);

    List<Promise> promises(long personId);

    /** Every promise of every person. */
    List<Promise> allPromises();

    /** Open promises due on or before {@code day}, earliest due first. */
    List<Promise> openDueBy(LocalDate day);

    /** Inserts (id 0) or updates a promise and returns it as stored. */
    Promise savePromise(Promise promise);

    void deletePromise(long id);

    /**
     * What was typed on each person's page and not saved (kept across a crash or a power cut), field by field
     * (a field's key, its text), by person id.
     */
    Map<Long, Map<String, String>> drafts();

    /**
     * Keeps each person's unsaved page as given, all in one transaction; an empty one removes theirs, and one
     * of a person no longer stored is left out.
     */
    void saveDrafts(Map<Long, Map<String, String>> drafts);

    /**
     * Runs {@code work} (calls on this repository) as one transaction: all of it is stored, or none of it (a save
     * and the removal of what it saves from a person's unsaved page, so that no crash comes between them).
     */
    <T> T together(Supplier<T> work);

    /** The people one check-in names. */
    Set<Long> checkInPeople(long habitId, LocalDate date);

    /** Replaces the people a check-in names (a check-in that does not exist names no one). */
    void setCheckInPeople(long habitId, LocalDate date, Set<Long> personIds);

    /** Every check-in that names someone. */
    List<CheckInPerson> allCheckInPeople();

    /** Every check-in that names someone, with each person it names, newest first. */
    List<PickedCheckIn> pickedCheckIns();

    /** As {@link #pickedCheckIns()}, only the check-ins dated {@code from} to {@code to}, both included. */
    List<PickedCheckIn> pickedCheckIns(LocalDate from, LocalDate to);

    /**
     * The last day each of {@code wanted} was picked on a done check-in (by person id; absent when never),
     * read newest first until everyone wanted was found (others found on the way are given too).
     */
    Map<Long, LocalDate> lastDonePicked(Set<Long> wanted);

    Optional<ShownNudge> nudgeOn(LocalDate date);

    void recordNudge(ShownNudge nudge);
}
