package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.common.Debouncer;
import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import app.microlead.journal.Entry.PromptAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One day's reflection being written: text, mood, energy, tags and prompt answers. Every change is
 * saved at most a second after it was made (also while typing goes on), and at once on
 * {@link #flush()} (leaving the view, changing the day, closing the window).
 */
public final class EntryEditorViewModel {

    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(1000);
    /**
     * A text at least this long (characters) has its word count updated when typing pauses for
     * {@link #WORD_COUNT_DELAY}, not on every keystroke: counting is a pass over the whole text.
     */
    public static final int LONG_TEXT_CHARS = 50_000;
    public static final Duration WORD_COUNT_DELAY = Duration.ofMillis(300);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** Told about every stored change of a day (on the writer thread): search index, lists. */
    @FunctionalInterface
    public interface SaveListener {
        void saved(LocalDate date, Optional<Entry> nowStored);
    }

    private final JournalRepository repo;
    private final DayPromptSource promptSource;
    private final TaskRunner tasks;
    private final Clock clock;
    private final SaveListener listener;
    private final Debouncer autosave;

    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Integer> mood = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> energy = new SimpleObjectProperty<>();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    /** A tag typed into the tag field but not yet entered: saved with the day like everything typed. */
    private final StringProperty pendingTag = new SimpleStringProperty("");
    private final ObservableList<PromptSlot> prompts = FXCollections.observableArrayList();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    /** Whether the status tells when the day was last saved ("Saved 21:42"), not that it is saving or failed. */
    private boolean statusSaysSaved;
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper();
    private final Debouncer countLater;
    /** The long text whose words are being counted in the background (null when none is). */
    private String counting;
    /** Answers of this day waiting to be shown in a slot (while the prompts are being rebuilt). */
    private final Map<String, PromptAnswer> hiddenAnswers = new LinkedHashMap<>();
    /** Change (not invalidation) listeners: an invalidation fires only once until someone reads the value. */
    private final ChangeListener<Object> onEdit = (o, a, b) -> edited();
    private final ChangeListener<Object> onChoice = (o, a, b) -> chosen();
    private boolean applying;
    /** The text when the day being loaded was asked for, and whether the user typed before it came. */
    private String beforeLoad = "";
    private boolean typedWhileLoading;
    /** Brings {@link #text} up to date from an editor that hands it over later ({@link #pullTextWith}). */
    private Runnable pullText = () -> { };

    public EntryEditorViewModel(JournalRepository repo, DayPromptSource promptSource, TaskRunner tasks,
                                Scheduler scheduler, Clock clock, SaveListener listener) {
        this.repo = repo;
        this.promptSource = promptSource;
        this.tasks = tasks;
        this.clock = clock;
        this.listener = listener;
        this.autosave = new Debouncer(scheduler, AUTOSAVE_DELAY, this::save);
        this.countLater = new Debouncer(scheduler, WORD_COUNT_DELAY, this::countWords);
        text.addListener((o, was, now) -> {
            if (now == null || now.length() < LONG_TEXT_CHARS || applying) {
                countWords();
            } else {
                countLater.poke();
            }
        });
        text.addListener((o, was, now) -> {
            if (loading.get() && !applying) {
                typedWhileLoading = true;
            }
        });
        text.addListener(onEdit);
        // a mood or energy is one click, not a burst of keys: stored at once, as a ticked micro-action is (chosen
        // and the app killed a moment later, it was lost while "Saved" showed)
        mood.addListener(onChoice);
        energy.addListener(onChoice);
        tags.addListener((ListChangeListener<String>) c -> edited());
        pendingTag.addListener((o, was, now) -> {
            if (!Texts.normalizeTag(String.valueOf(was)).equals(Texts.normalizeTag(String.valueOf(now)))) {
                edited();
            }
        });
    }

    // --- state -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Integer> moodProperty() {
        return mood;
    }

    public ObjectProperty<Integer> energyProperty() {
        return energy;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** The text of the tag field: a tag being typed, saved with the day before Enter adds it. */
    public StringProperty pendingTagProperty() {
        return pendingTag;
    }

    public ObservableList<PromptSlot> prompts() {
        return prompts;
    }

    /** Tags used on any day, most used first (for auto-completion). */
    public ObservableList<String> knownTags() {
        return knownTags;
    }

    /** "Saved 21:42", "Saving…", or what went wrong. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Input that was refused (empty when there is none). */
    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The text's words: at once, or for a {@link #LONG_TEXT_CHARS long} text when typing pauses. */
    public ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    /**
     * Counts the text's words: a short text at once; a long one on a background thread (a pass over 2 MB takes
     * tens of milliseconds, a visible hitch in typing), its count shown only if the text is still the one counted.
     */
    private void countWords() {
        countLater.cancel();
        String s = text.get();
        if (s == null || s.length() < LONG_TEXT_CHARS) {
            counting = null;
            wordCount.set(s == null ? 0 : Texts.wordCount(s));
            return;
        }
        counting = s;
        tasks.read(() -> Texts.wordCount(s), count -> {
            if (counting == s) { // the very text counted: nothing typed or loaded since
                counting = null;
                wordCount.set(count);
            }
        }, failure -> counting = null);
    }

    // --- actions -------------------------------------------------------------------------------

    /** Saves what is pending, then shows the given day. Future days cannot be opened. */
    public void load(LocalDate day) {
        pullText.run();
        LocalDate today = LocalDate.now(clock);
        LocalDate target = day.isAfter(today) ? today : day;
        flush();
        beforeLoad = text.get();
        typedWhileLoading = false;
        loading.set(true);
        tasks.write(() -> new Loaded(repo.find(target), promptSource.promptsFor(target), repo.tags()),
                loaded -> apply(target, loaded),
                failure -> {
                    loading.set(false);
                    showStatus(t("journal.editor.open.failed", target.toString(), failure.getMessage()));
                });
    }

    /** Whether a tag may be added, and if so adds it (normalized, no duplicates). */
    public boolean addTag(String raw) {
        String tag = Texts.normalizeTag(raw);
        if (tag.isEmpty() || tags.contains(tag)) {
            return false;
        }
        pendingTag.set("");
        tags.add(tag);
        return true;
    }

    public void removeTag(String tag) {
        tags.remove(tag);
    }

    /**
     * Checks a proposed new text (typing or a paste). Refuses text beyond {@link Entry#MAX_TEXT_CHARS}
     * with a message, leaving the current text as it was.
     */
    public boolean acceptText(String proposed) {
        return acceptLength(proposed.length());
    }

    /** As {@link #acceptText}, told only the proposed text's length (no copy of a long text per keystroke). */
    public boolean acceptLength(int proposedLength) {
        if (proposedLength > Entry.MAX_TEXT_CHARS) {
            error.set(t("journal.editor.too.long", proposedLength, Entry.MAX_TEXT_CHARS));
            return false;
        }
        if (!error.get().isEmpty()) {
            error.set("");
        }
        return true;
    }

    /** A different set of prompts for the day; answers already written are kept with the entry. */
    public void shufflePrompts() {
        LocalDate day = date.get();
        if (day != null) {
            tasks.write(() -> promptSource.shuffle(day), this::showPrompts, this::promptFailure);
        }
    }

    /** Replaces one prompt of the day with another. */
    public void skipPrompt(int index) {
        LocalDate day = date.get();
        if (day != null && index >= 0 && index < prompts.size()) {
            tasks.write(() -> promptSource.replace(day, index), this::showPrompts, this::promptFailure);
        }
    }

    /** Saves now if anything changed (cancelling the pending autosave). */
    public void flush() {
        autosave.cancel();
        save();
    }

    /**
     * For an editor that hands its text over later rather than on every keystroke (a long day's: a copy of
     * 2 MB per keystroke costs more than the keystroke): {@code pull} is run before the day is read for a
     * save, and must then set {@link #textProperty()} to what is typed.
     */
    public void pullTextWith(Runnable pull) {
        pullText = pull == null ? () -> { } : pull;
    }

    /** Typing in an editor that hands its text over later ({@link #pullTextWith}): the day is changed from now. */
    public void textEditedLater() {
        if (loading.get()) {
            pullText.run(); // typed while another day is on its way: handed over now, so that it is carried over
            return;
        }
        edited();
    }

    // --- internals -----------------------------------------------------------------------------

    private record Loaded(Optional<Entry> entry, List<ShownPrompt> prompts, List<String> tags) {
    }

    private void apply(LocalDate day, Loaded loaded) {
        // what was typed while the day was on its way belongs to that day: it is kept, after its text
        String carried = typedWhileLoading ? inserted(beforeLoad, text.get()) : "";
        typedWhileLoading = false;
        applying = true;
        try {
            date.set(day);
            Entry e = loaded.entry().orElse(null);
            String stored = e == null ? "" : e.text();
            String shown = carried.isEmpty() || stored.isEmpty() ? stored + carried
                    : stored + (stored.endsWith("\n") ? "" : "\n") + carried;
            if (!shown.equals(text.get())) { // the same text set again would move the caret of someone typing
                text.set(shown);
            }
            mood.set(e == null ? null : e.mood());
            energy.set(e == null ? null : e.energy());
            List<String> typed = new ArrayList<>(e == null ? List.of() : e.tags());
            if (e != null) {
                typed.removeAll(Texts.hashtags(e.text()));
            }
            tags.setAll(typed);
            pendingTag.set("");
            hiddenAnswers.clear();
            if (e != null) {
                e.answers().forEach(a -> hiddenAnswers.put(a.promptId(), a));
            }
            showPromptsApplying(loaded.prompts());
            knownTags.setAll(loaded.tags());
            dirty.set(false);
            error.set("");
            if (e == null) {
                showStatus("");
            } else {
                showSaved(LocalTime.ofInstant(e.updatedAt(), clock.getZone()));
            }
        } finally {
            applying = false;
            loading.set(false);
        }
        if (!carried.isEmpty()) {
            edited();
        }
    }

    /** The characters {@code now} has that {@code before} had not (one run of them, as typing gives). */
    static String inserted(String before, String now) {
        int prefix = 0;
        int max = Math.min(before.length(), now.length());
        while (prefix < max && before.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        return now.substring(prefix, now.length() - suffix);
    }

    private void showPrompts(List<ShownPrompt> shown) {
        boolean was = applying;
        applying = true;
        try {
            for (PromptSlot s : prompts) {
                if (!s.answerProperty().get().isBlank()) {
                    hiddenAnswers.put(s.prompt().id(), new PromptAnswer(s.prompt().id(), s.prompt().text(),
                            s.answerProperty().get()));
                } else {
                    hiddenAnswers.remove(s.prompt().id());
                }
            }
            showPromptsApplying(shown);
        } finally {
            applying = was;
        }
    }

    private void showPromptsApplying(List<ShownPrompt> shown) {
        prompts.forEach(s -> s.answerProperty().removeListener(onEdit));
        List<PromptSlot> slots = new ArrayList<>();
        for (ShownPrompt p : shown) {
            PromptAnswer earlier = hiddenAnswers.remove(p.id());
            PromptSlot slot = new PromptSlot(p, earlier == null ? "" : earlier.answer());
            slot.answerProperty().addListener(onEdit);
            slots.add(slot);
        }
        // answers to prompts no longer in the day's choice stay on screen: nothing written is hidden
        for (PromptAnswer a : hiddenAnswers.values()) {
            PromptSlot slot = new PromptSlot(new ShownPrompt(a.promptId(), a.promptText(), t("journal.editor.answered.earlier")),
                    a.answer());
            slot.answerProperty().addListener(onEdit);
            slots.add(slot);
        }
        hiddenAnswers.clear();
        prompts.setAll(slots);
    }

    private void promptFailure(Throwable t) {
        showStatus(t("journal.editor.prompts.failed", t.getMessage()));
    }

    /** A mood or energy chosen: stored at once with whatever else is unsaved. */
    private void chosen() {
        if (applying || loading.get() || date.get() == null) {
            return; // a day being shown, not a choice made
        }
        edited();
        flush();
    }

    private void edited() {
        if (applying || loading.get() || date.get() == null) {
            return;
        }
        dirty.set(true);
        // the wait starts at the first unsaved change and is not restarted by the next keystrokes:
        // someone typing without a pause is saved every second too, so a crash takes at most a second
        if (!autosave.isPending()) {
            autosave.poke();
        }
    }

    private Entry snapshot() {
        List<PromptAnswer> answers = new ArrayList<>();
        for (PromptSlot s : prompts) {
            String a = s.answerProperty().get();
            if (!a.isBlank()) {
                answers.add(new PromptAnswer(s.prompt().id(), s.prompt().text(), a));
            }
        }
        answers.addAll(hiddenAnswers.values());
        List<String> withPending = new ArrayList<>(tags);
        String pending = Texts.normalizeTag(pendingTag.get());
        if (!pending.isEmpty() && !withPending.contains(pending)) {
            withPending.add(pending);
        }
        // the text's #hashtags are added on the writer thread (a pass over the whole text)
        return new Entry(date.get(), text.get(), mood.get(), energy.get(), withPending, answers, null, null);
    }

    private void save() {
        pullText.run();
        if (!dirty.get() || date.get() == null) {
            return;
        }
        Entry typed = snapshot();
        dirty.set(false);
        // someone typing is saved every second: the status keeps the last save's time meanwhile (it changes
        // once a minute) instead of blinking "Saving…" and "Saved" every second; "Saving…" is only shown
        // where no save time is shown (the day's first save, a save after a failure)
        if (!statusSaysSaved) {
            showStatus(t("journal.editor.saving"));
        }
        tasks.write(() -> {
            Entry entry = new Entry(typed.date(), typed.text(), typed.mood(), typed.energy(),
                    Texts.allTags(typed.tags(), typed.text()), typed.answers(), null, null);
            Optional<Entry> stored = repo.save(entry);
            listener.saved(entry.date(), stored);
            return stored;
        }, stored -> {
            if (!dirty.get()) {
                if (stored.isPresent()) {
                    showSaved(LocalTime.now(clock));
                } else {
                    showStatus(t("journal.editor.nothing"));
                }
            }
            for (String t : stored.map(Entry::tags).orElse(List.of())) {
                if (!knownTags.contains(t)) {
                    knownTags.add(t);
                }
            }
        }, failure -> {
            dirty.set(true);
            showStatus(t("journal.editor.not.saved", failure.getMessage()));
        });
    }

    /** "Saved 21:42": only once the day is stored (on loading a stored day, or when a save has committed). */
    private void showSaved(LocalTime at) {
        status.set(t("journal.editor.saved", HH_MM.format(at)));
        statusSaysSaved = true;
    }

    private void showStatus(String text) {
        status.set(text);
        statusSaysSaved = false;
    }
}
