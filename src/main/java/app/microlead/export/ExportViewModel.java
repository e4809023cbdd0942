package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.common.TaskRunner;
import app.microlead.storage.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The export dialog: what to export, where, with progress and cancel. */
public final class ExportViewModel {

    public enum Format {
        PDF("export.format.pdf", "pdf"), MARKDOWN("export.format.markdown", "md"),
        MARKDOWN_DAYS("export.format.markdown.days", ""), JSON("export.format.json", "json"),
        CSV("export.format.csv", "csv");

        private final String key;
        private final String extension;

        Format(String key, String extension) {
            this.key = key;
            this.extension = extension;
        }

        public String label() {
            return t(key);
        }

        /** The file extension, or empty for a folder. */
        public String extension() {
            return extension;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    public enum Preset {
        LAST_WEEK("export.preset.last.week"), LAST_30_DAYS("export.preset.last.30.days"),
        LAST_MONTH("export.preset.last.month"),
        LAST_QUARTER("export.preset.last.quarter"), LAST_YEAR("export.preset.last.year"), ALL("export.preset.all"),
        CUSTOM("export.preset.custom");

        private final String key;

        Preset(String key) {
            this.key = key;
        }

        public String label() {
            return t(key);
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** The work an export does in the background. */
    @FunctionalInterface
    public interface Job {
        void run(ExportViewModel.Settings settings, Path target, Progress progress) throws Exception;
    }

    /** A snapshot of the form, handed to the job. */
    public record Settings(Format format, LocalDate from, LocalDate to, Set<ReviewRequest.Section> sections, String tag,
                           String title) {
    }

    private final TaskRunner tasks;
    private final Clock clock;
    private final Supplier<LocalDate> firstDay;
    private final Job job;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.PDF);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.LAST_30_DAYS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty reflections = new SimpleBooleanProperty(true);
    private final BooleanProperty habits = new SimpleBooleanProperty(true);
    private final BooleanProperty assessments = new SimpleBooleanProperty(true);
    private final BooleanProperty people = new SimpleBooleanProperty(false);
    private final BooleanBinding peopleAvailable = format.isEqualTo(Format.PDF).or(format.isEqualTo(Format.MARKDOWN));
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty(ReviewRequest.defaultTitle());
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty step = new SimpleStringProperty("");
    private final ObjectProperty<Path> result = new SimpleObjectProperty<>();
    private final StringBinding problem;
    private volatile boolean cancel;
    private final Path dataFolder;

    public ExportViewModel(TaskRunner tasks, Clock clock, Supplier<LocalDate> firstDay, Job job) {
        this(tasks, clock, firstDay, job, null);
    }

    /**
     * @param dataFolder the journal's data folder, where nothing is exported (a file chosen there could replace
     *                   the journal's own database); null: no such folder (tests)
     */
    public ExportViewModel(TaskRunner tasks, Clock clock, Supplier<LocalDate> firstDay, Job job, Path dataFolder) {
        this.dataFolder = dataFolder;
        this.tasks = tasks;
        this.clock = clock;
        this.firstDay = firstDay;
        this.job = job;
        preset.addListener((o, a, p) -> applyPreset());
        applyPreset();
        problem = Bindings.createStringBinding(() -> {
            if (from.get() == null || to.get() == null) {
                return t("export.problem.no.period");
            }
            if (to.get().isBefore(from.get())) {
                return t("export.problem.backwards");
            }
            if (format.get() == Format.PDF && !reflections.get() && !habits.get() && !assessments.get()
                    && !people.get()) {
                return t("export.problem.no.section");
            }
            return "";
        }, from, to, format, reflections, habits, assessments, people);
    }

    private void applyPreset() {
        LocalDate today = LocalDate.now(clock);
        switch (preset.get()) {
            case LAST_WEEK -> set(today.minusDays(6), today);
            case LAST_30_DAYS -> set(today.minusDays(29), today);
            // the calendar month before this one, as a user reads "last month" (on 8 December: November)
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                set(first, first.withDayOfMonth(first.lengthOfMonth()));
            }
            case LAST_QUARTER -> set(today.minusMonths(3).plusDays(1), today);
            case LAST_YEAR -> set(today.minusYears(1).plusDays(1), today);
            case ALL -> set(firstDay.get() == null ? today : firstDay.get(), today);
            default -> { }
        }
    }

    private void set(LocalDate a, LocalDate b) {
        from.set(a);
        to.set(b);
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty reflectionsProperty() {
        return reflections;
    }

    public BooleanProperty habitsProperty() {
        return habits;
    }

    public BooleanProperty assessmentsProperty() {
        return assessments;
    }

    /** The optional People section (PDF and Markdown in one file). */
    public BooleanProperty peopleProperty() {
        return people;
    }

    /** Whether the chosen format can have the People section. */
    public BooleanBinding peopleAvailableProperty() {
        return peopleAvailable;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public ObjectProperty<Path> resultProperty() {
        return result;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    /**
     * A sensible file name for the chosen format and period: "microlead-2026-11-01_2026-11-30.pdf", one day
     * "microlead-2026-11-30.pdf". No word joins the days: the name is the same whatever the app's language (the
     * German UI suggested "…-to-…"), it sorts by the first day and reads alike in every language.
     */
    public String suggestedName() {
        String base = "microlead-" + from.get() + (from.get().equals(to.get()) ? "" : "_" + to.get());
        return format.get().extension().isEmpty() ? base : base + "." + format.get().extension();
    }

    public Settings settings() {
        Set<ReviewRequest.Section> s = EnumSet.noneOf(ReviewRequest.Section.class);
        if (reflections.get()) {
            s.add(ReviewRequest.Section.REFLECTIONS);
        }
        if (habits.get()) {
            s.add(ReviewRequest.Section.HABITS);
        }
        if (assessments.get()) {
            s.add(ReviewRequest.Section.ASSESSMENTS);
        }
        if (people.get() && peopleAvailable.get()) {
            s.add(ReviewRequest.Section.PEOPLE);
        }
        return new Settings(format.get(), from.get(), to.get(), s, tag.get(), title.get());
    }

    /** Runs the export in the background, reporting progress; the UI stays responsive. */
    public void export(Path target) {
        if (!problem.get().isEmpty() || running.get()) {
            return;
        }
        if (dataFolder != null && DataFolder.inside(dataFolder, target)) {
            result.set(null);
            step.set(t("export.step.inside.data", dataFolder));
            return;
        }
        Settings s = settings();
        cancel = false;
        running.set(true);
        result.set(null);
        progress.set(0);
        step.set(t("export.step.starting"));
        Progress p = new Progress() {
            @Override
            public void update(double fraction, String what) {
                tasks.onUiThread(() -> {
                    progress.set(fraction);
                    step.set(what);
                });
            }

            @Override
            public boolean cancelled() {
                return cancel;
            }
        };
        tasks.read(() -> {
            job.run(s, target, p);
            return target;
        }, done -> {
            running.set(false);
            progress.set(1);
            result.set(done);
            step.set(t("export.step.saved", done));
        }, error -> {
            running.set(false);
            progress.set(0);
            step.set(error instanceof Progress.Cancelled ? error.getMessage()
                    : t("export.step.failed", error.getMessage()));
        });
    }

    public void cancel() {
        cancel = true;
        step.set(t("export.step.cancelling"));
    }
}
