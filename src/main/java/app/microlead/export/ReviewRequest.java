package app.microlead.export;

import static app.microlead.common.I18n.t;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What goes into a leadership review: a date range, the sections, an optional tag that a reflection
 * must carry, a title and the leader's name for the cover.
 */
public record ReviewRequest(LocalDate from, LocalDate to, Set<Section> sections, String tag, String title,
                            String name) {

    /** PEOPLE is optional: it is in a review only when asked for (not in the default sections). */
    public enum Section { REFLECTIONS, HABITS, ASSESSMENTS, PEOPLE }

    public ReviewRequest {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException(t("export.problem.period"));
        }
        sections = sections == null || sections.isEmpty() ? EnumSet.complementOf(EnumSet.of(Section.PEOPLE))
                : EnumSet.copyOf(sections);
        title = title == null || title.isBlank() ? defaultTitle() : title.strip();
        name = name == null ? "" : name.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
    }

    /** The title of a review when none is given. */
    public static String defaultTitle() {
        return t("export.default.title");
    }

    public boolean has(Section s) {
        return sections.contains(s);
    }
}
