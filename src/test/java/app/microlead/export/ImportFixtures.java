package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** A small valid archive to mutate, and the check that a message shows no program internals. */
final class ImportFixtures {

    /** Class names, exception names, inner-class markers, Java's null, stack frames, library wording. */
    static final Pattern INTERNALS = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]|[A-Z][a-z]+(Exception|Error)\\b"
            + "|Exception|\\$|\\bnull\\b|\\bjava\\.|\\bcom\\.|\\borg\\.|\\bat [a-z]+\\.[a-z]+|`|Cannot (construct|"
            + "deserialize|invoke|coerce|map)|No enum constant|codePoint|\\bclass\\b|Unrecognized|StreamReadConstraints"
            + "|\\bEOF\\b|\\bcode \\d+");

    static final String VALID = """
            {
              "format" : "microlead-archive",
              "version" : 2,
              "exportedAt" : "2026-03-10T20:00:00Z",
              "appVersion" : "test",
              "entries" : [ {
                "date" : "2026-01-02",
                "text" : "A good day with the team.",
                "mood" : 4,
                "energy" : 3,
                "tags" : [ "team", "1on1" ],
                "answers" : [ {
                  "promptId" : "trust-1",
                  "promptText" : "Whom did I trust today?",
                  "answer" : "Anna with the release."
                } ],
                "createdAt" : "2026-01-02T18:00:00Z",
                "updatedAt" : "2026-01-02T18:05:00Z"
              } ],
              "prompts" : {
                "custom" : [ {
                  "id" : "custom-1",
                  "pillar" : "TRUST",
                  "text" : "Whom did I back up today?"
                } ],
                "disabled" : [ "trust-2" ],
                "shown" : {
                  "2026-01-02" : [ "trust-1", "custom-1" ]
                }
              },
              "habits" : [ {
                "id" : 7,
                "catalogueId" : "delegate-outcome",
                "name" : "Delegate the outcome",
                "description" : "Say what, not how.",
                "pillar" : "EMPOWERMENT",
                "schedule" : "weekdays:MON,WED",
                "sortOrder" : 0,
                "archived" : false,
                "startDate" : "2026-01-01",
                "ifThenPlan" : "If someone asks how, then I ask what they think.",
                "checkIns" : [ {
                  "date" : "2026-01-05",
                  "state" : "DONE",
                  "note" : "Went well.",
                  "people" : [ 3 ]
                }, {
                  "date" : "2026-01-07",
                  "state" : "SKIPPED",
                  "note" : ""
                } ]
              } ],
              "assessments" : [ {
                "id" : 1,
                "startedAt" : "2026-01-03T10:00:00Z",
                "finishedAt" : "2026-01-03T10:20:00Z",
                "bankId" : "microlead-core",
                "bankVersion" : "1.0",
                "position" : 3,
                "likert" : { "mm-1" : 2, "mm-2" : 0 },
                "scenarios" : { "sc-1" : "b" },
                "planHabitId" : 7,
                "planText" : "Delegate one outcome a week."
              } ],
              "settings" : { "theme" : "light" },
              "weeklyReviews" : [ {
                "weekEnd" : "2026-01-09",
                "wentWell" : "Delegated twice.",
                "differently" : "Ask earlier.",
                "nextAction" : "Delegate the outcome",
                "commitment" : "One outcome a week.",
                "createdAt" : "2026-01-09T17:00:00Z",
                "updatedAt" : "2026-01-09T17:00:00Z"
              } ],
              "people" : [ {
                "id" : 3,
                "name" : "Ana Lima",
                "formerNames" : [ "Ana" ],
                "role" : "Engineer",
                "team" : "Platform",
                "startDate" : "2025-06-01",
                "hopes" : "Lead a project.",
                "cadence" : "BIWEEKLY",
                "archived" : false,
                "addedOn" : "2025-12-01",
                "nudgesOff" : false,
                "snoozedUntil" : "2026-01-20",
                "oneOnOnes" : [ {
                  "date" : "2026-01-06",
                  "talkingPoints" : "The release.",
                  "notes" : "Wants more review work.",
                  "followUps" : "Pair on reviews."
                } ],
                "promises" : [ {
                  "text" : "Review her draft.",
                  "madeOn" : "2026-01-06",
                  "due" : "2026-01-08",
                  "state" : "KEPT",
                  "closedOn" : "2026-01-08"
                }, {
                  "text" : "Find a conference.",
                  "madeOn" : "2026-01-06",
                  "due" : null,
                  "state" : "OPEN",
                  "closedOn" : null
                } ]
              } ]
            }
            """;

    private ImportFixtures() {
    }

    /** The message a person reads: no internals, no stack trace, and it says what to do. */
    static void assertPlainWords(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n\tat ").doesNotContain("!export.");
        assertThat(INTERNALS.matcher(message).find()).as("internals in: %s", message).isFalse();
    }

    /** {@code VALID} with one fragment replaced (the fragment must be there). */
    static String with(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }
}
