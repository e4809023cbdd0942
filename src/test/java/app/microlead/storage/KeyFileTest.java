package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key file's fields are checked and explained in words; its check value tells a wrong passphrase. */
class KeyFileTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private void writeKeyFile(String iterations, String salt) throws Exception {
        String json = "{\"kdf\": \"PBKDF2WithHmacSHA256\"" + (iterations == null ? "" : ", \"iterations\": " + iterations)
                + (salt == null ? "" : ", \"salt\": " + salt) + ", \"cipher\": \"AES (H2)\"}";
        Files.writeString(dir.resolve(KeyFile.NAME), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-600000", "99999", "2147483647", "10000001", "99999999999", "\"600000\"", "6.5e5", "null"})
    void iterationsOutsideTheSaneRangeAreRefusedInWordsBeforeAnyDerivation(String iterations) throws Exception {
        writeKeyFile(iterations, "\"c2FsdHNhbHRzYWx0c2FsdA==\"");
        // refused on reading: no derivation runs, so 2147483647 cannot hang the unlock
        assertThatThrownBy(() -> KeyFile.read(dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining("rounds of key derivation").hasMessageContaining("100,000 to 10,000,000");
    }

    @Test
    void missingIterationsAreRefusedInWords() throws Exception {
        writeKeyFile(null, "\"c2FsdHNhbHRzYWx0c2FsdA==\"");
        assertThatThrownBy(() -> KeyFile.read(dir)).hasMessageContaining("rounds of key derivation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"   \"", "\"!!not base64!!\"", "\"c2hvcnQ=\"", "42", "null"})
    void anEmptyShortOrUnreadableSaltIsRefusedInWords(String salt) throws Exception {
        writeKeyFile("600000", salt);
        assertThatThrownBy(() -> KeyFile.read(dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining("no usable salt");
    }

    @Test
    void aMissingSaltIsNotReadAsAWrongPassphrase() throws Exception {
        writeKeyFile("600000", null);
        assertThatThrownBy(() -> KeyFile.read(dir)).hasMessageContaining("no usable salt")
                .hasMessageNotContaining("passphrase does not match");
    }

    @Test
    void anUnknownMethodOrGarbageIsNamed() throws Exception {
        Files.writeString(dir.resolve(KeyFile.NAME), "{\"kdf\": \"MD5\", \"iterations\": 600000, \"salt\": \"c2FsdHNhbHRzYWx0c2FsdA==\"}");
        assertThatThrownBy(() -> KeyFile.read(dir)).hasMessageContaining("unknown method (MD5)");
        Files.writeString(dir.resolve(KeyFile.NAME), "{\"kdf\": \"PBKDF2");
        assertThatThrownBy(() -> KeyFile.read(dir)).hasMessageContaining("is damaged");
        Files.writeString(dir.resolve(KeyFile.NAME), "");
        assertThatThrownBy(() -> KeyFile.read(dir)).hasMessageContaining("is damaged");
    }

    @Test
    void aDamagedCheckValueIsNamed() throws Exception {
        Files.writeString(dir.resolve(KeyFile.NAME), "{\"kdf\": \"PBKDF2WithHmacSHA256\", \"iterations\": 600000,"
                + " \"salt\": \"c2FsdHNhbHRzYWx0c2FsdA==\", \"check\": \"AAAA\"}");
        assertThatThrownBy(() -> KeyFile.read(dir)).hasMessageContaining("is damaged");
    }

    @Test
    void theCheckValueTellsTheRightPassphraseFromAWrongOneAndSurvivesWriting() {
        KeyFile k = KeyFile.create();
        String key = k.fileKey("correct horse".toCharArray());
        k.sealedWith(key).write(dir);
        KeyFile read = KeyFile.read(dir).orElseThrow();
        assertThat(read.hasCheck()).isTrue();
        assertThat(read.verify(read.fileKey("correct horse".toCharArray()))).isEqualTo(KeyFile.Verdict.MATCH);
        assertThat(read.verify(read.fileKey("correct hors".toCharArray()))).isEqualTo(KeyFile.Verdict.MISMATCH);
        assertThat(read.verify(read.fileKey("Correct horse".toCharArray()))).isEqualTo(KeyFile.Verdict.MISMATCH);
    }

    @Test
    void anOlderKeyFileWithoutCheckValueStillReadsButCannotTell() throws Exception {
        KeyFile k = KeyFile.create();
        k.write(dir);
        assertThat(Files.readString(dir.resolve(KeyFile.NAME))).doesNotContain("check");
        KeyFile read = KeyFile.read(dir).orElseThrow();
        assertThat(read.hasCheck()).isFalse();
        assertThat(read.verify(read.fileKey("anything at all".toCharArray()))).isEqualTo(KeyFile.Verdict.UNKNOWN);
    }

    @Test
    void aStagedKeyIsNeverReadInPlaceOfTheKeyFile() throws Exception {
        KeyFile.create().write(dir);
        Files.move(dir.resolve(KeyFile.NAME), dir.resolve(KeyFile.NAME + ".new"));
        assertThat(KeyFile.read(dir)).isEmpty();
    }
}
