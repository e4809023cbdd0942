package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house style keeps types imported: no fully qualified type name written inline in the code
 * (comments and strings aside), but where the file already uses another type of the same simple name
 * (java.time.Duration beside javafx.util.Duration) or declares one itself.
 */
class NoInlineQualifiedNamesTest {

    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:java|javax|javafx|org|com|app)\\.(?:[a-z_][a-z0-9_]*\\.)*)([A-Z]\\w*)");
    /** Text blocks, strings, characters, block and line comments, in the order they can start. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'|/\\*(?s:.*?)\\*/|//[^\\n]*");

    @Test
    void typesAreImportedNotWrittenOutInline() throws IOException {
        List<String> inline = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    inline.addAll(inlineNames(f, Files.readString(f)));
                }
            }
        }
        assertThat(inline).isEmpty();
    }

    @Test
    void theCheckFindsAnInlineNameAndAllowsOneWhereTwoTypesShareTheName() {
        String source = """
                package x;
                import java.time.Duration;
                // java.util.List in a comment
                class A {
                    String s = "java.util.Map in a string";
                    java.util.Locale locale;
                    javafx.util.Duration pause;
                }
                """;
        assertThat(inlineNames(Path.of("A.java"), source)).containsExactly("A.java:6 java.util.Locale");
    }

    static List<String> inlineNames(Path file, String source) {
        String code = blankOut(source);
        List<String> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(lines[i]);
            while (m.find()) {
                if (!sharesItsName(code, m.group(1), m.group(2))) {
                    found.add(file + ":" + (i + 1) + " " + m.group(1) + m.group(2));
                }
            }
        }
        return found;
    }

    /** Whether the file imports or declares another type of this simple name, so the qualified one is needed. */
    private static boolean sharesItsName(String code, String qualifier, String simpleName) {
        Pattern other = Pattern.compile("(?m)^import\\s+(?!" + Pattern.quote(qualifier + simpleName) + ";)[\\w.]+\\."
                + simpleName + ";|\\b(?:class|interface|record|enum)\\s+" + simpleName + "\\b");
        return other.matcher(code).find();
    }

    /** The source with comments, strings and characters replaced by spaces, lines kept where they were. */
    private static String blankOut(String source) {
        Matcher m = NOT_CODE.matcher(source);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(source, last, m.start()).append(m.group().replaceAll("[^\\n]", " "));
            last = m.end();
        }
        return out.append(source.substring(last)).toString();
    }
}
