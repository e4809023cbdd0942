package app.microlead.assessment;

import java.util.List;
import java.util.Optional;

/** Self-assessment sessions and answers. */
public interface AssessmentRepository {

    Session start(String bankId, String bankVersion);

    /** The session begun but not finished, if any (the newest). */
    Optional<Session> unfinished();

    /** Finished sessions, oldest first. */
    List<Session> finished();

    Optional<Session> find(long id);

    /** Saves one answer: a likert value (0 = no opportunity) or a scenario option; both null clears it. */
    void answer(long sessionId, String questionId, Integer likert, String optionId);

    void setPosition(long sessionId, int position);

    Session finish(long sessionId);

    /** Removes an unfinished session (start over). */
    void discard(long sessionId);

    /** Stores a session from an archive; {@code keepId} keeps its id (an empty journal), else a new one is made. */
    Session restore(Session session, boolean keepId);

    /** Every session, finished or not, oldest first (sync reads them all). */
    List<Session> all();

    /** Removes a session, finished or not, with its answers (sync replaces a session another computer changed). */
    void remove(long sessionId);

    /** Records the if–then plan tracked from a session's suggestions. */
    void setPlan(long sessionId, Long habitId, String planText);
}
