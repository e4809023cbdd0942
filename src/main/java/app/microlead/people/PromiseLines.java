package app.microlead.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Promises written as a line of the day's text: {@code !promise @Ana review the draft by Friday} (or
 * {@code !versprechen @Ana Entwurf lesen bis Freitag}). The keyword may stand anywhere in the line; the
 * rest of the line is the promise. Its person is the first person it names ({@code @Ana}, or a name as
 * {@link Mentions} finds it); a written {@code @Name} that is no one on the roster yet is offered to be
 * added first. A due day is read from the end: "by|until|till|due|bis [am|zum|on|this|next|…] WHEN" where
 * WHEN is a weekday (English or German, in full or short; the next one after the day written), tomorrow,
 * today, the day after tomorrow in German (übermorgen), or an ISO date (2026-12-11). Without one the promise
 * is due in {@link #DEFAULT_DAYS} days, and the offer says so. The text is only read, never rewritten.
 * Linear in the text: no regular expressions over the day.
 */
public final class PromiseLines {

    /** A promise without a due day written is due this many days after the day it was written. */
    public static final int DEFAULT_DAYS = 7;
    /** At most this many offers for one day. */
    public static final int MAX_OFFERS = 10;

    private static final List<String> KEYWORDS = List.of("!promise", "!versprechen", "!versprochen");
    private static final Set<String> BY = Set.of("by", "until", "till", "due", "bis");
    private static final Set<String> FILLERS = Set.of("am", "zum", "on", "this", "next", "coming", "diesen", "diesem",
            "kommenden", "kommender", "nachsten", "spatestens");
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

    /**
     * A promise offered from a line.
     *
     * @param personId   who it is for; 0 when the line names no one on the roster
     * @param unknown    the {@code @Name} written for someone not on the roster (empty when known or none)
     * @param text       what was promised (without the keyword, the leading {@code @Name} and the due phrase)
     * @param due        the due day
     * @param dueWritten whether the line said when (else {@link #DEFAULT_DAYS} days)
     * @param sharedBy   when {@code unknown} is a name several people share: how many (the promise cannot be
     *                   made until one of them has a longer name), else 0
     */
    public record Offer(long personId, String unknown, String text, LocalDate due, boolean dueWritten, int sharedBy) {

        public Offer(long personId, String unknown, String text, LocalDate due, boolean dueWritten) {
            this(personId, unknown, text, due, dueWritten, 0);
        }

        /** Whether the promise can be made now (its person is on the roster). */
        public boolean ready() {
            return personId != 0;
        }
    }

    private PromiseLines() {
    }

    /** The promises written in {@code text} on {@code day}, in the order written. */
    public static List<Offer> find(String text, Mentions mentions, LocalDate day) {
        List<Offer> out = new ArrayList<>();
        if (text == null || text.indexOf('!') < 0) {
            return out;
        }
        int from = 0;
        while (out.size() < MAX_OFFERS) {
            int bang = text.indexOf('!', from);
            if (bang < 0) {
                break;
            }
            int after = keyword(text, bang);
            if (after < 0) {
                from = bang + 1;
                continue;
            }
            int lineEnd = text.indexOf('\n', after);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String rest = text.substring(after, lineEnd).strip();
            if (!rest.isEmpty() && rest.length() <= Promise.MAX_TEXT + 100) {
                Offer o = offer(rest, mentions, day);
                if (o != null) {
                    out.add(o);
                }
            }
            from = lineEnd + 1;
            if (from >= text.length()) {
                break;
            }
        }
        return out;
    }

    /** The index after a keyword that starts at {@code bang} (a whole word), or -1. */
    private static int keyword(String text, int bang) {
        if (bang > 0 && Character.isLetterOrDigit(text.charAt(bang - 1))) {
            return -1;
        }
        for (String k : KEYWORDS) {
            int end = bang + k.length();
            if (text.regionMatches(true, bang, k, 0, k.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    private static Offer offer(String rest, Mentions mentions, LocalDate day) {
        List<Mentions.Mention> found = mentions.find(rest);
        Mentions.Unresolved first = mentions.unresolved(rest).stream().findFirst().orElse(null);
        String firstUnknown = first == null ? "" : first.name();
        int unknownAt = first == null ? -1 : first.start();
        int sharedBy = first == null ? 0 : first.sharedBy();
        long personId = 0;
        String unknown = "";
        String what;
        if (!found.isEmpty() && (unknownAt < 0 || found.get(0).start() < unknownAt)) {
            sharedBy = 0;
            Mentions.Mention m = found.get(0);
            personId = m.personId();
            if (m.start() == 0) {
                what = rest.substring(m.end());
            } else if (m.explicit()) {
                what = rest.substring(0, m.start()) + rest.substring(m.start() + 1); // "@Ana's draft" → "Ana's draft"
            } else {
                what = rest;
            }
        } else {
            if (unknownAt < 0) {
                return null;
            }
            unknown = firstUnknown;
            what = unknownAt == 0 ? rest.substring(unknown.length() + 1)
                    : rest.substring(0, unknownAt) + rest.substring(unknownAt + 1);
        }
        what = stripLeading(what);
        Due due = due(what, day);
        String promise = stripTrailing(due == null ? what : what.substring(0, due.from()));
        if (promise.isEmpty()) {
            return null;
        }
        return due == null ? new Offer(personId, unknown, promise, day.plusDays(DEFAULT_DAYS), false, sharedBy)
                : new Offer(personId, unknown, promise, due.day(), true, sharedBy);
    }

    /** Drops what joins the name to the promise (":", "-", ","). */
    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || ":,-–—".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ",;:-–—".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end);
    }

    private record Due(int from, LocalDate day) {
    }

    private record Word(String folded, int start) {
    }

    /** The due phrase at the end of {@code s} and its day, or null. */
    private static Due due(String s, LocalDate day) {
        List<Word> last = lastWords(s, 4);
        if (last.size() < 2) {
            return null;
        }
        int n = last.size();
        LocalDate when = when(last.get(n - 1).folded(), day);
        if (when == null) {
            return null;
        }
        int k = n - 2;
        while (k > 0 && FILLERS.contains(last.get(k).folded())) {
            k--;
        }
        return BY.contains(last.get(k).folded()) ? new Due(last.get(k).start(), when) : null;
    }

    /** Up to {@code count} whitespace-separated words from the end, in order, folded, without end punctuation. */
    private static List<Word> lastWords(String s, int count) {
        List<Word> out = new ArrayList<>();
        int end = s.length();
        while (out.size() < count) {
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            if (end == 0) {
                break;
            }
            int start = end;
            while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
                start--;
            }
            String w = s.substring(start, end);
            int cut = w.length();
            while (cut > 0 && ".,;:!?)".indexOf(w.charAt(cut - 1)) >= 0) {
                cut--;
            }
            out.add(0, new Word(Mentions.fold(w.substring(0, cut)), start));
            end = start;
        }
        return out;
    }

    private static LocalDate when(String w, LocalDate day) {
        switch (w) {
            case "today", "heute" -> {
                return day;
            }
            case "tomorrow", "morgen" -> {
                return day.plusDays(1);
            }
            case "ubermorgen" -> {
                return day.plusDays(2);
            }
            default -> {
                // fall through to weekdays and dates
            }
        }
        DayOfWeek d = WEEKDAYS.get(w);
        if (d != null) {
            int ahead = (d.getValue() - day.getDayOfWeek().getValue() + 7) % 7;
            return day.plusDays(ahead == 0 ? 7 : ahead);
        }
        if (w.length() == 10 && w.charAt(4) == '-' && w.charAt(7) == '-') {
            try {
                return LocalDate.parse(w);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Map<String, DayOfWeek> weekdays() {
        return Map.ofEntries(
                Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
                Map.entry("montag", DayOfWeek.MONDAY), Map.entry("mo", DayOfWeek.MONDAY),
                Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
                Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("dienstag", DayOfWeek.TUESDAY),
                Map.entry("di", DayOfWeek.TUESDAY),
                Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
                Map.entry("mittwoch", DayOfWeek.WEDNESDAY), Map.entry("mi", DayOfWeek.WEDNESDAY),
                Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
                Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("donnerstag", DayOfWeek.THURSDAY),
                Map.entry("do", DayOfWeek.THURSDAY),
                Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
                Map.entry("freitag", DayOfWeek.FRIDAY), Map.entry("fr", DayOfWeek.FRIDAY),
                Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
                Map.entry("samstag", DayOfWeek.SATURDAY), Map.entry("sonnabend", DayOfWeek.SATURDAY),
                Map.entry("sa", DayOfWeek.SATURDAY),
                Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY),
                Map.entry("sonntag", DayOfWeek.SUNDAY), Map.entry("so", DayOfWeek.SUNDAY));
    }
}
