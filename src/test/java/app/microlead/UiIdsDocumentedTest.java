package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every fixed control id in the code is listed in docs/ui-ids.md, which tests and assistive tools rely on. */
class UiIdsDocumentedTest {

    private static final Pattern SET_ID = Pattern.compile("setId\\(\"([a-z0-9-]+)\"\\)");

    @Test
    void everyFixedIdIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/ui-ids.md"), StandardCharsets.UTF_8);
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = SET_ID.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        assertThat(ids).hasSizeGreaterThan(150);
        assertThat(ids).as("ids missing from docs/ui-ids.md")
                .filteredOn(id -> !doc.contains("`" + id + "`")).isEmpty();
    }
}
