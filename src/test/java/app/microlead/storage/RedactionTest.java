package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void quotedValuesAndStatementsAreCutOutAndTheRestStays() {
        String h2 = "Value too long for column \"TAG CHARACTER VARYING(100)\": \"'Secret words here' (143)\"; SQL statement:\n"
                + "INSERT INTO entry_tag VALUES (DATE '2026-03-01', 'Secret words here') [22001-252]";
        String r = Redaction.redact(h2);
        assertThat(r).doesNotContain("Secret").doesNotContain("2026-03-01").doesNotContain("INSERT")
                .startsWith("Value too long for column \"TAG CHARACTER VARYING(100)\"").contains("[22001-252]");
    }

    @Test
    void aQuoteInsideAValueAndAValueCutOffAtTheEndOfALineAreCutToo() {
        assertThat(Redaction.redact("x 'it''s mine' y")).isEqualTo("x '…' y");
        assertThat(Redaction.redact("Data conversion error: 'Rest of my day...\n\tat org.h2"))
                .doesNotContain("Rest of my day").contains("\tat org.h2");
    }

    @Test
    void textWithoutValuesIsUnchanged() {
        assertThat(Redaction.redact("Database open and migrated in 120 ms")).isEqualTo("Database open and migrated in 120 ms");
        assertThat(Redaction.redact(null)).isNull();
    }
}
