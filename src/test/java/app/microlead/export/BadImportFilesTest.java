package app.microlead.export;

import static app.microlead.export.ImportFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.microlead.common.I18n;
import app.microlead.export.imports.JrnlImporter;
import app.microlead.export.imports.RedNotebookImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad import files of every source: each is refused with a message in people's words that names the
 * place (file, line and column, or record) and says what to do; no class, exception or library name.
 */
class BadImportFilesTest {

    @TempDir
    Path dir;

    enum Source { ARCHIVE, JRNL, REDNOTEBOOK }

    /** How a case fills the folder; for RedNotebook the folder is imported, else the file {@code in}. */
    interface Setup {
        void write(Path dir) throws IOException;
    }

    private static Setup file(String content) {
        return d -> Files.writeString(d.resolve("in.json"), content, StandardCharsets.UTF_8);
    }

    private static Setup bytes(byte[] content) {
        return d -> Files.write(d.resolve("in.json"), content);
    }

    private static Setup month(String name, String yaml) {
        return d -> Files.writeString(d.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    private static Arguments archive(String name, Setup setup, String where) {
        return Arguments.of(name, Source.ARCHIVE, setup, where);
    }

    private static Arguments jrnl(String name, String json, String where) {
        return Arguments.of(name, Source.JRNL, file(json), where);
    }

    private static Arguments rn(String name, Setup setup, String where) {
        return Arguments.of(name, Source.REDNOTEBOOK, setup, where);
    }

    private static final String JRNL_ENTRY = "{\"date\": \"2026-03-01\", \"time\": \"09:00\", \"title\": \"T\","
            + " \"body\": \"B\", \"tags\": [\"@team\"]}";

    private static String jrnlWith(String from, String to) {
        return "{\"tags\": {}, \"entries\": [" + JRNL_ENTRY.replace(from, to) + "]}";
    }

    static Stream<Arguments> cases() {
        String longTag = "x".repeat(130);
        return Stream.of(
                archive("not JSON at all", file("Dear diary,\nthis is not JSON."), "in.json, line 1, column"),
                archive("cut short", file(ImportFixtures.VALID.substring(0, 400)), "in.json, line "),
                archive("empty file", file(""), "in.json"),
                archive("a list, not an archive", file("[1, 2, 3]"), "in.json: This is not a Microlead archive"),
                archive("another app's JSON without a format", file("{\"name\": \"x\", \"version\": \"1.0\"}"),
                        "in.json: This is not a Microlead archive: its \"format\" is missing"),
                archive("a jrnl export", file(jrnlWith("@team", "@team")), "in.json looks like a jrnl export"),
                archive("another app's JSON", file("{\"format\": \"other-app\", \"version\": 1}"), "in.json"),
                archive("entries not a list", file(with("\"entries\" : [ {", "\"entries\" : 5, \"x\" : [ {")),
                        "\"entries\""),
                archive("mood 4.7", file(with("\"mood\" : 4", "\"mood\" : 4.7")), "entry 1, \"mood\""),
                archive("mood as text", file(with("\"mood\" : 4", "\"mood\" : \"4\"")), "entry 1, \"mood\""),
                archive("mood 7", file(with("\"mood\" : 4", "\"mood\" : 7")), "entry 1 (2026-01-02)"),
                archive("month 13", file(with("\"date\" : \"2026-01-02\"", "\"date\" : \"2026-13-02\"")),
                        "entry 1, \"date\""),
                archive("numeric date", file(with("\"date\" : \"2026-01-02\"", "\"date\" : 20000")), "\"date\""),
                archive("year 10000", file(with("\"date\" : \"2026-01-02\"", "\"date\" : \"+10000-01-01\"")),
                        "entry 1 (+10000-01-01)"),
                archive("year 0", file(with("\"date\" : \"2026-01-02\"", "\"date\" : \"0000-01-01\"")),
                        "entry 1 (0000-01-01)"),
                archive("lone surrogate", file(with("with the team.", "with the \\ud800 team.")),
                        "entry 1 (2026-01-02)"),
                archive("unknown habit pillar", file(with("\"EMPOWERMENT\"", "\"FOO\"")), "habit 1"),
                archive("unknown prompt pillar", file(with("\"TRUST\"", "\"COURAGE\"")), "custom prompt 1"),
                archive("custom prompts null", file(with("\"custom\" : [ {", "\"custom\" : null, \"x\" : [ {")),
                        "\"prompts\""),
                archive("unknown check-in state", file(with("\"DONE\"", "\"MAYBE\"")), "habit 1, check-in 1"),
                archive("unknown schedule", file(with("weekdays:MON,WED", "hourly")), "habit 1"),
                archive("tag too long", file(with("\"team\", \"1on1\"", "\"" + longTag + "\"")), "tag 1"),
                archive("empty tag", file(with("\"team\", \"1on1\"", "null")), "entry 1 (2026-01-02)"),
                archive("field twice", file(with("\"mood\" : 4,", "\"mood\" : 4, \"mood\" : 5,")), "line "),
                archive("newer version", file(with("\"version\" : 2", "\"version\" : 9")), "in.json"),
                archive("not UTF-8", bytes(with("A good day", "A g\u00e4od day").getBytes(StandardCharsets.ISO_8859_1)),
                        "in.json"),
                archive("review in 1850", file(with("2026-01-09\"", "1850-01-09\"")), "weekly review 1"),
                archive("no bank version", file(with("\"bankVersion\" : \"1.0\"", "\"bankVersion\" : null")),
                        "self-assessment 1"),
                archive("likert 4.5", file(with("\"mm-1\" : 2", "\"mm-1\" : 4.5")), "\"likert\""),
                archive("plan for a missing habit", file(with("\"planHabitId\" : 7", "\"planHabitId\" : 99")),
                        "self-assessment 1"),
                archive("garbage after the archive", file(ImportFixtures.VALID + "\n}{"), "in.json, line"),
                archive("no such file", d -> { }, "in.json"),
                archive("a folder", d -> Files.createDirectory(d.resolve("in.json")), "in.json"),
                jrnl("jrnl: not JSON", "entries: none", "in.json, line 1"),
                jrnl("jrnl: no entries", "{\"days\": []}", "in.json"),
                jrnl("jrnl: entry not an object", "{\"entries\": [42]}", "in.json, entry 1"),
                jrnl("jrnl: year 10000", jrnlWith("2026-03-01", "+10000-03-01"), "in.json, entry 1"),
                jrnl("jrnl: numeric date", jrnlWith("\"2026-03-01\"", "20260301"), "in.json, entry 1"),
                jrnl("jrnl: body an object", jrnlWith("\"B\"", "{\"text\": \"B\"}"), "entry 1 (2026-03-01)"),
                jrnl("jrnl: tag too long", jrnlWith("@team", "@" + longTag), "tag 1"),
                jrnl("jrnl: lone surrogate", jrnlWith("\"B\"", "\"B \\udc00\""), "entry 1 (2026-03-01)"),
                jrnl("jrnl: not a time", jrnlWith("09:00", "noon"), "entry 1 (2026-03-01)"),
                jrnl("jrnl: a Microlead archive", ImportFixtures.VALID, "in.json is a Microlead archive, not a jrnl export"),
                jrnl("jrnl: entries of another kind", "{\"entries\": [{\"date\": \"2026-03-01\", \"text\": \"B\"}]}",
                        "entry 1 (2026-03-01): This entry has neither"),
                rn("RedNotebook: broken YAML", month("2026-04.txt", "1: {text: \"fine\"}\n2: {text: \"broken\n  - [\n"),
                        "2026-04.txt, line"),
                rn("RedNotebook: 31 April", month("2026-04.txt", "31: {text: \"April has 30 days\"}\n"), "2026-04.txt"),
                rn("RedNotebook: a day twice", month("2026-04.txt", "3: {text: first}\n3: {text: second}\n"),
                        "2026-04.txt, line 2"),
                rn("RedNotebook: two documents", month("2026-04.txt", "3: {text: first}\n---\n4: {text: second}\n"),
                        "2026-04.txt, line "),
                rn("RedNotebook: year 0", month("0000-01.txt", "3: {text: first}\n"), "0000-01.txt"),
                rn("RedNotebook: a list of days", month("2026-04.txt", "- 3\n- 4\n"), "2026-04.txt"),
                rn("RedNotebook: text is a mapping", month("2026-04.txt", "3: {text: {a: b}}\n"), "2026-04.txt, 2026-04-03"),
                rn("RedNotebook: no month files", month("notes.txt", "hello"), "no RedNotebook month files"),
                rn("RedNotebook: not UTF-8", d -> Files.write(d.resolve("2026-04.txt"),
                        "3: {text: \"Gr\u00fc\u00dfe\"}\n".getBytes(StandardCharsets.ISO_8859_1)), "2026-04.txt"),
                rn("RedNotebook: category too long", month("2026-04.txt", "3: {text: a, " + longTag + ": {x: null}}\n"),
                        "2026-04.txt, 2026-04-03"));
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInPlainWordsNamingThePlace(String name, Source source, Setup setup, String where) throws Exception {
        setup.write(dir);
        I18n.setLocale(Locale.ENGLISH);
        ImportException e = refuse(source);
        ImportFixtures.assertPlainWords(e.getMessage());
        assertThat(e.getMessage()).contains(where);
        assertThat(e.getMessage()).containsAnyOf("Nothing was imported", "try again", "Choose", "Update Microlead");

        I18n.setLocale(Locale.GERMAN);
        ImportException de = refuse(source);
        ImportFixtures.assertPlainWords(de.getMessage());
        assertThat(de.getMessage()).isNotEqualTo(e.getMessage());
    }

    private ImportException refuse(Source source) {
        return catchThrowableOfType(ImportException.class, () -> {
            switch (source) {
                case ARCHIVE -> ArchiveReader.read(dir.resolve("in.json"));
                case JRNL -> JrnlImporter.read(dir.resolve("in.json"));
                default -> RedNotebookImporter.read(dir);
            }
        });
    }
}
