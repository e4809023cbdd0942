package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.Pillar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueValidationTest {

    /** One valid action per pillar; {@code %s} is replaced by the first (Trust) action's fields. */
    private static final String TEMPLATE = "{\"actions\":[{%s},"
            + "{\"id\":\"b\",\"pillar\":\"EMPOWERMENT\",\"name\":\"B\",\"why\":\"Because.\",\"schedule\":\"week:2\"},"
            + "{\"id\":\"c\",\"pillar\":\"PROFESSIONALISM\",\"name\":\"C\",\"why\":\"Because.\",\"schedule\":\"daily\"}]}";

    private static Catalogue parse(String firstAction) throws Exception {
        String json = String.format(TEMPLATE, firstAction.replace('\'', '"'));
        return Catalogue.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTemplateItselfIsValid() throws Exception {
        assertThat(parse("'id':'a','pillar':'TRUST','name':'A','why':'Because.','schedule':'daily'").actions())
                .extracting(Catalogue.MicroAction::id).containsExactly("a", "b", "c");
    }

    @Test
    void aPropertyThisVersionDoesNotKnowIsSkipped() throws Exception {
        Catalogue c = parse("'id':'a','pillar':'TRUST','name':'A','why':'Because.','schedule':'daily','colour':'teal'");
        assertThat(c.actions().get(0).name()).isEqualTo("A");
        assertThat(c.actions().get(0).pillar()).isEqualTo(Pillar.TRUST);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "'id':'b','pillar':'TRUST','name':'A','why':'W.','schedule':'daily'            | id 'b' is used twice",
        "'id':'Greet_By_Name','pillar':'TRUST','name':'A','why':'W.','schedule':'daily' | 'Greet_By_Name' is not lower-case",
        "'id':'greet-','pillar':'TRUST','name':'A','why':'W.','schedule':'daily'       | 'greet-' is not lower-case",
        "'pillar':'TRUST','name':'A','why':'W.','schedule':'daily'                      | number 1 has no id",
        "'id':'a','name':'A','why':'W.','schedule':'daily'                              | 'a' has no pillar",
        "'id':'a','pillar':'TRUST','name':'A','why':' ','schedule':'daily'              | 'a' needs a name and a why",
        "'id':'a','pillar':'TRUST','name':'A','why':'W.','schedule':'week:9'            | 'a': A week has room for 1 to 7",
        "'id':'a','pillar':'TRUST','name':'A','why':'W.','schedule':'fortnightly'       | 'a': Unknown schedule 'fortnightly'",
        "'id':'a','pillar':'COURAGE','name':'A','why':'W.','schedule':'daily'           | not valid JSON",
        "'id':'a','pillar':'EMPOWERMENT','name':'A','why':'W.','schedule':'daily'       | nothing for Trust"
    })
    void aBrokenCatalogueSaysWhatIsWrong(String firstAction, String message) {
        assertThatThrownBy(() -> parse(firstAction)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message.strip());
    }

    @Test
    void theShippedCatalogueCoversTheArticlesActionsWithStableIds() {
        Catalogue c = Catalogue.load();
        assertThat(c.actions()).hasSizeGreaterThanOrEqualTo(18);
        Set<String> ids = new HashSet<>();
        for (Catalogue.MicroAction a : c.actions()) {
            assertThat(ids.add(a.id())).as("unique id %s", a.id()).isTrue();
            assertThat(a.why()).as(a.id()).endsWith(".").hasSizeLessThan(160);
            assertThat(a.name()).as(a.id()).hasSizeLessThan(45);
        }
        for (Pillar p : Pillar.values()) {
            assertThat(c.actions()).filteredOn(a -> a.pillar() == p).hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(ids).contains("greet-by-name", "learn-hopes", "explain-why", "listen-fully", "delegate-task",
                "state-intentions", "stand-by-decision", "celebrate-win", "invite-quiet-voice", "guide-not-blame",
                "check-wellbeing", "pause-before-reply", "on-time", "reply-promptly", "meet-deadline", "share-failure");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                     | A schedule is missing",
        "hourly                 | Unknown schedule 'hourly'",
        "week:0                 | 1 to 7 times, not 0",
        "week:8                 | 1 to 7 times, not 8",
        "month:0                | 1 to 31 times, not 0",
        "month:x                | 'month:x' needs a whole number",
        "week:                  | 'week:' needs a whole number",
        "weekdays:              | unknown weekday ''",
        "weekdays:MON,FUNDAY    | unknown weekday 'funday'",
        "daily:2                | Unknown schedule 'daily:2'"
    })
    void badSchedulesNameTheProblem(String text, String message) {
        assertThatThrownBy(() -> Schedule.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message.strip());
    }
}
