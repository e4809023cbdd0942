package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HabitLinesTest {

    private final List<Long> madeFor = new ArrayList<>();
    private final HabitLines<String> lines = new HabitLines<>(2, Long.MAX_VALUE, id -> {
        madeFor.add(id);
        return "line " + id;
    });

    private List<String> pass(long... ids) {
        List<String> shown = new ArrayList<>();
        lines.begin();
        for (long id : ids) {
            String line = lines.line(id);
            if (line != null) {
                shown.add(line);
            }
        }
        lastHadMore = lines.end();
        return shown;
    }

    private boolean lastHadMore;

    @Test
    void newLinesAreMadeAFewAPassAndKeptAfterwards() {
        assertThat(pass(1, 2, 3, 4, 5)).containsExactly("line 1", "line 2");
        assertThat(lastHadMore).isTrue();
        assertThat(pass(1, 2, 3, 4, 5)).containsExactly("line 1", "line 2", "line 3", "line 4");
        assertThat(pass(1, 2, 3, 4, 5)).hasSize(5);
        assertThat(lastHadMore).isFalse();
        assertThat(madeFor).containsExactly(1L, 2L, 3L, 4L, 5L);
        // an unchanged list makes nothing new
        pass(1, 2, 3, 4, 5);
        assertThat(madeFor).hasSize(5);
    }

    @Test
    void linesOfHabitsGoneAreForgottenAndClearMakesAllAgain() {
        pass(1, 2);
        pass(2);
        assertThat(pass(1, 2)).containsExactly("line 1", "line 2");
        assertThat(madeFor).containsExactly(1L, 2L, 1L);
        lines.clear();
        pass(2);
        assertThat(madeFor).containsExactly(1L, 2L, 1L, 2L);
    }

    @Test
    void theOrderIsTheCallersAndALaterHabitWithALineStillShows() {
        pass(1, 2);                // 1 and 2 made
        // 3 and 4 are new, 2 already has a line: two new ones, and 2 is shown although it comes after them
        assertThat(pass(3, 4, 5, 2)).containsExactly("line 3", "line 4", "line 2");
        assertThat(lastHadMore).isTrue();
    }

    @Test
    void aPassStopsMakingLinesWhenItsTimeIsUpButAlwaysMakesOne() {
        HabitLines<String> slow = new HabitLines<>(10, 1_000_000L, id -> {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "line " + id;
        });
        slow.begin();
        assertThat(slow.line(1)).isEqualTo("line 1");
        assertThat(slow.line(2)).isNull();
        assertThat(slow.end()).isTrue();
        slow.begin();
        assertThat(slow.line(1)).isEqualTo("line 1");   // kept: costs nothing
        assertThat(slow.line(2)).isEqualTo("line 2");   // the pass's first new line
        assertThat(slow.end()).isFalse();
    }
}
