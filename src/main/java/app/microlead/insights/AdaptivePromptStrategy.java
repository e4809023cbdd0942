package app.microlead.insights;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.journal.Prompt;
import app.microlead.journal.PromptStrategy;
import app.microlead.journal.RotatingPromptStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Prompts that lean towards what the leader is working on. In this order, while slots are left:
 * <ol>
 * <li>a follow-up of the current if–then plan (a prompt made for the day, id {@code plan-followup-<date>});</li>
 * <li>one prompt of the focus pillar;</li>
 * <li>one prompt about the micro-action that slipped most (its tag is the habit's catalogue id);</li>
 * <li>the rest as {@link RotatingPromptStrategy} chooses them from the whole pool.</li>
 * </ol>
 * Slots 2 and 3 are the rotating choice over the narrowed pool, so they are as deterministic as the
 * default; they are taken only when that choice is a prompt not shown in the last
 * {@value PromptStrategy#NO_REPEAT_DAYS} days, otherwise the slot goes to the default choice. The
 * context is looked up per day, so the strategy stays deterministic for the same day and context.
 */
public final class AdaptivePromptStrategy implements PromptStrategy {

    public static final String PLAN_ID_PREFIX = "plan-followup-";
    public static final String PLAN_TAG = "plan";

    /** Why the plan follow-up is among the day's prompts. */
    public static String planReason() {
        return t("insights.prompts.plan.reason");
    }

    private final Function<LocalDate, CoachingContext> context;
    private final RotatingPromptStrategy rotating = new RotatingPromptStrategy();

    /** @param context the coaching context of a day (called once per choice) */
    public AdaptivePromptStrategy(Function<LocalDate, CoachingContext> context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** A strategy with the same context every day (tests, or a context recomputed by the caller each day). */
    public AdaptivePromptStrategy(CoachingContext fixed) {
        this(d -> fixed);
    }

    /** The follow-up prompt of a plan on a day. */
    /** The plan follow-up of a reopened day, made again from the plan current on that day. */
    @Override
    public Optional<Prompt> resolve(String id, LocalDate date) {
        if (!id.equals(PLAN_ID_PREFIX + date)) {
            return Optional.empty();
        }
        CoachingContext c = context.apply(date);
        return c != null && c.hasPlan() ? Optional.of(planFollowUp(date, c.plan())) : Optional.empty();
    }

    public static Prompt planFollowUp(LocalDate date, String plan) {
        String text = t("insights.prompts.plan.followup", plan.strip());
        return new Prompt(PLAN_ID_PREFIX + date, null, PLAN_TAG, text, false);
    }

    public static String focusReason(CoachingContext c) {
        return t("insights.prompts.focus.reason", c.focus().label());
    }

    public static String slippingReason(CoachingContext c) {
        return t("insights.prompts.slipping.reason", c.slippingName());
    }

    @Override
    public List<Chosen> choose(LocalDate date, List<Prompt> pool, Map<LocalDate, List<String>> recent,
                               Set<String> exclude, int count, long salt) {
        CoachingContext c = context.apply(date);
        if (c == null) {
            c = CoachingContext.NONE;
        }
        List<Chosen> out = new ArrayList<>();
        Set<String> taken = new HashSet<>(exclude);
        if (c.hasPlan() && out.size() < count) {
            Prompt p = planFollowUp(date, c.plan());
            if (!taken.contains(p.id())) {
                out.add(new Chosen(p, planReason()));
                taken.add(p.id());
            }
        }
        if (c.focus() != null && out.size() < count) {
            Pillar focus = c.focus();
            pickFresh(date, pool, recent, taken, salt, p -> p.pillar() == focus, focusReason(c), out);
        }
        if (c.slippingTag() != null && out.size() < count) {
            String tag = c.slippingTag();
            pickFresh(date, pool, recent, taken, salt, p -> tag.equals(p.tag()), slippingReason(c), out);
        }
        if (out.size() < count) {
            out.addAll(rotating.choose(date, pool, recent, taken, count - out.size(), salt));
        }
        return List.copyOf(out);
    }

    /** The rotating choice of one prompt among those matching, kept only when it is not a recent repeat. */
    private void pickFresh(LocalDate date, List<Prompt> pool, Map<LocalDate, List<String>> recent, Set<String> taken,
                           long salt, Predicate<Prompt> matching, String reason, List<Chosen> out) {
        List<Prompt> narrowed = pool.stream().filter(matching).toList();
        List<Chosen> one = rotating.choose(date, narrowed, recent, taken, 1, salt);
        if (!one.isEmpty() && !shownRecently(one.get(0).prompt().id(), date, recent)) {
            out.add(new Chosen(one.get(0).prompt(), reason));
            taken.add(one.get(0).prompt().id());
        }
    }

    /** Whether the prompt was shown within the no-repeat window before {@code date} (as the rotating rule counts it). */
    static boolean shownRecently(String id, LocalDate date, Map<LocalDate, List<String>> recent) {
        LocalDate windowStart = date.minusDays(NO_REPEAT_DAYS);
        for (Map.Entry<LocalDate, List<String>> e : recent.entrySet()) {
            LocalDate day = e.getKey();
            if (day.isBefore(date) && !day.isBefore(windowStart) && e.getValue().contains(id)) {
                return true;
            }
        }
        return false;
    }
}
