package app.microlead.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** A mistake on the command line said in the user's words, not the parser's ("Unmatched argument at index 0"). */
final class CommandMistakes {

    private CommandMistakes() {
    }

    /** The line that says what is wrong with {@code ex}'s command line; the parser's own when none of ours fits. */
    static String say(CommandLine.ParameterException ex) {
        CommandLine where = ex.getCommandLine();
        String command = where.getCommandSpec().qualifiedName();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-")) {
                String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                // a one-letter option is two letters from every other: a guess only for a long one
                Optional<String> guess = option.startsWith("--") ? nearest(option, where.getCommandSpec().optionsMap()
                        .keySet().stream().filter(n -> n.startsWith("--")).toList()) : Optional.empty();
                return "'" + option + "' is not an option of '" + command + "'"
                        + guess.map(n -> "; did you mean '" + n + "'?").orElse(".");
            }
            if (where.getParent() == null) {
                // every command, not only those the parser was given (it is given the ones named in the line)
                List<String> commands = MicroleadCommand.commandNames();
                return "'" + first + "' is not a Microlead command"
                        + nearest(first, commands).map(n -> "; did you mean '" + n + "'?")
                                .orElse(". The commands: " + String.join(", ", commands) + ".");
            }
            return "'" + first + "' is more than '" + command + "' takes.";
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && arg.type().isEnum() && ex.getValue() != null && arg.completionCandidates() != null) {
            List<String> choices = new ArrayList<>();
            arg.completionCandidates().forEach(choices::add);
            String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            return name + " cannot be '" + ex.getValue() + "': use "
                    + String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1)
                    + ".";
        }
        return ex.getMessage();
    }

    /** The name in {@code names} that {@code given} most likely misspells (at most two letters off), if one is. */
    static Optional<String> nearest(String given, Collection<String> names) {
        String best = null;
        int bestDistance = 3;
        for (String n : names) {
            int d = distance(given.toLowerCase(Locale.ROOT), n);
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Letters added, removed, changed or two neighbours swapped, to turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
