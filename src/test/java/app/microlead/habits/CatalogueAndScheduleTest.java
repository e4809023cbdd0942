package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.Pillar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueAndScheduleTest {

    @Test
    void shippedCatalogueHasAtLeastSixteenActionsCoveringEveryPillar() {
        Catalogue c = Catalogue.load();
        assertThat(c.actions()).hasSizeGreaterThanOrEqualTo(16);
        for (Pillar p : Pillar.values()) {
            assertThat(c.actions()).filteredOn(a -> a.pillar() == p).hasSizeGreaterThanOrEqualTo(4);
        }
        assertThat(c.byId("greet-by-name")).isPresent();
        assertThat(c.suggestions()).hasSizeBetween(3, 5);
    }

    @Test
    void aBrokenCatalogueNamesTheProblem() {
        assertThatThrownBy(() -> Catalogue.parse(json("{\"actions\":[{\"id\":\"a\",\"pillar\":\"TRUST\","
                + "\"name\":\"A\",\"why\":\"w\",\"schedule\":\"fortnightly\"}]}")))
                .hasMessageContaining("'a'").hasMessageContaining("Unknown schedule");
        assertThatThrownBy(() -> Catalogue.parse(json("{\"actions\":[{\"id\":\"a\",\"pillar\":\"TRUST\","
                + "\"name\":\"A\",\"why\":\"w\",\"schedule\":\"daily\"}]}")))
                .hasMessageContaining("nothing for Empowerment");
        assertThatThrownBy(() -> Catalogue.parse(json("[")))
                .hasMessageContaining("not valid JSON");
    }

    private static ByteArrayInputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "daily|Every day|1.0",
        "weekdays:MON,WED,FRI|Mon, Wed, Fri|0.42857142857142855",
        "week:3|3 times a week|0.42857142857142855",
        "month:4|4 times a month|0.13333333333333333",
        "week:1|Once a week|0.14285714285714285"
    })
    void schedulesRoundTripAndDescribeThemselves(String stored, String text, double frequency) {
        Schedule s = Schedule.parse(stored);
        assertThat(s.format()).isEqualTo(stored);
        assertThat(Schedule.parse(s.format())).isEqualTo(s);
        assertThat(s.describe()).isEqualTo(text);
        assertThat(s.frequency()).isEqualTo(frequency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hourly", "week:0", "week:8", "month:x", "weekdays:", "weekdays:MON,FUNDAY"})
    void badSchedulesAreRefusedWithAMessage(String text) {
        assertThatThrownBy(() -> Schedule.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void weekdaysKnowTheirDays() {
        Schedule s = Schedule.weekdays(DayOfWeek.TUESDAY);
        assertThat(s.isScheduledOn(DayOfWeek.TUESDAY)).isTrue();
        assertThat(s.isScheduledOn(DayOfWeek.MONDAY)).isFalse();
        assertThat(Schedule.daily().isScheduledOn(DayOfWeek.SUNDAY)).isTrue();
    }
}
