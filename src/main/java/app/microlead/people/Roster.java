package app.microlead.people;

import java.util.List;
import java.util.Map;

/** Finds people by a name a person typed (on the command line): case and accents aside. */
public final class Roster {

    private Roster() {
    }

    /**
     * The people {@code typed} names: those whose name it is; else those who had it as a former name;
     * else those whose first name it is. More than one means the name is ambiguous; none, unknown.
     */
    public static List<Person> lookup(List<Person> people, Map<Long, List<String>> formerNames, String typed) {
        String key = Mentions.fold(typed.strip().replaceAll("\\s+", " "));
        if (key.isEmpty()) {
            return List.of();
        }
        List<Person> exact = people.stream().filter(p -> Mentions.fold(p.name()).equals(key)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        List<Person> former = people.stream().filter(p -> formerNames.getOrDefault(p.id(), List.of()).stream()
                .anyMatch(n -> Mentions.fold(n).equals(key))).toList();
        if (!former.isEmpty()) {
            return former;
        }
        return people.stream().filter(p -> Mentions.fold(p.name().split(" ")[0]).equals(key)).toList();
    }

    /**
     * The people other than {@code self} whose name is {@code name} for mentions: the same words, case,
     * accents and what joins them aside ("alex", "Alex", "Alex 🚀"; "Anne-Marie" and "Anne Marie").
     * Archived people count: mentions find them too.
     */
    public static List<Person> namesakes(List<Person> people, String name, long self) {
        List<String> words = Mentions.words(name);
        return people.stream().filter(p -> p.id() != self && Mentions.words(p.name()).equals(words)).toList();
    }
}
