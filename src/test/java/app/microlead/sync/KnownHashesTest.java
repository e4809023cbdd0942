package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact table of known hashes finds every key, tells changed values, and lists the values gone. */
class KnownHashesTest {

    private static final String TEXT = Unit.hash(TextNode.valueOf("A quiet day."));
    private static final String MOOD = Unit.hash(IntNode.valueOf(4));

    @Test
    void findsEveryKeyGivenInOrderAndNoOther() {
        KnownHashes.Builder b = new KnownHashes.Builder();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            keys.add("e/" + (2000 + i / 365) + "-" + String.format("%04d", i) + "/text");
        }
        keys.stream().sorted().forEach(k -> b.add(k, TEXT));
        KnownHashes known = b.build();

        assertThat(known.size()).isEqualTo(5_000);
        for (String k : keys) {
            int i = known.indexOf(k);
            assertThat(i).as(k).isNotNegative();
            assertThat(known.sameHash(i, TEXT)).isTrue();
        }
        assertThat(known.indexOf("e/2000-0000/mood")).isNegative();
        assertThat(known.indexOf("")).isNegative();
        assertThat(known.indexOf("e/2000-0000/text ")).isNegative();
    }

    @Test
    void keysGivenOutOfOrderAndBeyondAsciiAreSortedAndFound() {
        KnownHashes.Builder b = new KnownHashes.Builder();
        // the order a database with a collation might give: not the order of the bytes
        List<String> keys = List.of("n/pn-zoë/name", "n/pn-Zoe/name", "e/2026-12-03/a/own-ünïcode", "c/cat-x/2026-01-01",
                "n/pn-日本/name", "e/2026-12-03/a/own-unicode", "a", "b");
        keys.forEach(k -> b.add(k, MOOD));
        KnownHashes known = b.build();

        assertThat(known.size()).isEqualTo(keys.size());
        keys.forEach(k -> assertThat(known.indexOf(k)).as(k).isNotNegative());
        assertThat(known.indexOf("n/pn-zoe/name")).isNegative();
    }

    @Test
    void manyKeysInTheTablesOwnOrderAreAllFoundWithTheirOwnHashes() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add("c/cat-" + (i % 30) + "/" + LocalDate.of(2006, 1, 1).plusDays(i / 30));
        }
        Collections.shuffle(keys, new Random(7));
        KnownHashes.Builder b = new KnownHashes.Builder();
        keys.forEach(k -> b.add(k, Unit.hash(TextNode.valueOf(k))));
        KnownHashes known = b.build();

        assertThat(known.size()).isEqualTo(keys.size());
        for (String k : keys) {
            int i = known.indexOf(k);
            assertThat(i).as(k).isNotNegative();
            assertThat(known.sameHash(i, Unit.hash(TextNode.valueOf(k)))).as(k).isTrue();
        }
        known.see(known.indexOf(keys.get(0)));
        List<String> gone = new ArrayList<>();
        known.forEachGone(gone::add);
        assertThat(gone).hasSize(keys.size() - 1).doesNotContain(keys.get(0)).isSorted();
    }

    @Test
    void tellsAChangedValueAnAbsentOneAndAHashOfAnotherForm() {
        KnownHashes.Builder b = new KnownHashes.Builder();
        b.add("e/2026-12-01/mood", MOOD);
        b.add("e/2026-12-01/text", TEXT);
        b.add("e/2026-12-02/text", Unit.ABSENT);
        b.add("e/2026-12-03/text", "an older form of hash");
        KnownHashes known = b.build();

        int mood = known.indexOf("e/2026-12-01/mood");
        assertThat(known.sameHash(mood, MOOD)).isTrue();
        assertThat(known.sameHash(mood, Unit.hash(IntNode.valueOf(5)))).isFalse();
        assertThat(known.sameHash(mood, Unit.ABSENT)).isFalse();
        int removed = known.indexOf("e/2026-12-02/text");
        assertThat(known.sameHash(removed, Unit.ABSENT)).isTrue();
        assertThat(known.sameHash(removed, TEXT)).isFalse();
        int odd = known.indexOf("e/2026-12-03/text");
        assertThat(known.sameHash(odd, "an older form of hash")).isTrue();
        assertThat(known.sameHash(odd, TEXT)).isFalse();
    }

    @Test
    void theValuesNotSeenAgainAreGoneExceptThoseAlreadyRemoved() {
        KnownHashes.Builder b = new KnownHashes.Builder();
        b.add("e/2026-12-01/mood", MOOD);
        b.add("e/2026-12-01/text", TEXT);
        b.add("e/2026-12-02/text", Unit.ABSENT);
        b.add("e/2026-12-03/text", TEXT);
        KnownHashes known = b.build();
        known.see(known.indexOf("e/2026-12-01/text"));

        List<String> gone = new ArrayList<>();
        known.forEachGone(gone::add);

        assertThat(gone).containsExactly("e/2026-12-01/mood", "e/2026-12-03/text");
    }

    @Test
    void anEmptyTableKnowsNothing() {
        KnownHashes known = new KnownHashes.Builder().build();
        assertThat(known.size()).isZero();
        assertThat(known.indexOf("e/2026-12-01/text")).isNegative();
        List<String> gone = new ArrayList<>();
        known.forEachGone(gone::add);
        assertThat(gone).isEmpty();
    }
}
