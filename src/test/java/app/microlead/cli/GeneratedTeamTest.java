package app.microlead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.people.Mentions;
import app.microlead.people.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated journals' teams: eight people for a year, twelve for the twenty-year bench journal. */
class GeneratedTeamTest {

    private static final LocalDate D = LocalDate.parse("2026-01-01");

    @Test
    void aYearHasEightPeopleAndTwentyYearsTwelve() {
        assertThat(GenerateCommand.team(GenerateCommand.Profile.year)).hasSize(8)
                .first().extracting(GenerateCommand.Member::name).isEqualTo("Aisha Costa");
        assertThat(GenerateCommand.team(GenerateCommand.Profile.stress)).hasSize(8);
        List<GenerateCommand.Member> heavy = GenerateCommand.team(GenerateCommand.Profile.heavy);
        assertThat(heavy).hasSize(12).startsWith(GenerateCommand.team(GenerateCommand.Profile.year)
                .toArray(GenerateCommand.Member[]::new));
        assertThat(heavy).filteredOn(GenerateCommand.Member::left).extracting(GenerateCommand.Member::name)
                .containsExactly("Yuki Tanaka");
    }

    @Test
    void everyoneIsFoundByTheMentionsTheGeneratorWritesAndByNoOtherWord() {
        List<GenerateCommand.Member> heavy = GenerateCommand.team(GenerateCommand.Profile.heavy);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < heavy.size(); i++) {
            people.add(new Person(i + 1, heavy.get(i).name(), "", "", null, "", Person.Cadence.NONE, heavy.get(i).left(),
                    D, false, null));
        }
        Mentions m = new Mentions(people, Map.of());
        for (Person p : people) {
            String first = p.name().split(" ")[0];
            assertThat(m.people("Talked with @" + first + " about the roadmap.")).as(p.name()).containsExactly(p.id());
            assertThat(m.people(first + " and I went through the roadmap.")).as(p.name()).containsExactly(p.id());
            assertThat(m.people("We talked about it. " + p.name() + " wants more say in it.")).containsExactly(p.id());
        }
        assertThat(m.people(String.join(" ", Arrays.asList(GenerateCommand.WORDS)))).isEmpty();
    }
}
