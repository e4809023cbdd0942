package app.microlead.journal;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;
import static app.microlead.ui.FxLabels.muted;

import app.microlead.common.I18n;
import app.microlead.ui.FxCells;
import app.microlead.ui.FxDates;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.Page;
import app.microlead.ui.FxPrompts;
import app.microlead.ui.FxPulses;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every day written: calendar, streaks, "on this day", search and the list of reflections. */
public final class JournalView implements Page {

    private final JournalViewModel vm;
    private final HBox root;
    private final TextField searchField = new TextField();
    private final Runnable export;
    private ToggleButton showDays;
    private final ObservableList<String> people;
    /** Adds the parts made after the first show; null once started. */
    private Runnable laterParts;

    /**
     * @param export  opens the export dialog (Ctrl+E)
     * @param reviews the list of weekly reviews, shown instead of the days when chosen
     */
    public JournalView(JournalViewModel vm, Runnable export, Node reviews) {
        this(vm, export, reviews, FXCollections.observableArrayList());
    }

    /** @param people the names of the people the user leads, for the person filter ({@code @Name} in the query) */
    public JournalView(JournalViewModel vm, Runnable export, Node reviews, ObservableList<String> people) {
        this.vm = vm;
        this.people = people;
        this.export = export;
        VBox left = new VBox(18);
        left.setPrefWidth(330);
        left.setMaxWidth(330);
        // the calendar, streaks and "on this day" scroll when the window is shorter than they are (large text
        // on a 800 px screen cut off their bottom, and the sidebar's with it); room kept for the scroll bar so
        // that the column is the same width whichever list the right side shows
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setId("journal-side");
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.getStyleClass().add("edge-to-edge");
        leftScroll.setPrefWidth(346);
        leftScroll.setMinWidth(346);
        leftScroll.setMaxWidth(346);
        leftScroll.setMinHeight(0);
        VBox days = new VBox(12, searchBar());
        VBox.setVgrow(days, Priority.ALWAYS);
        VBox right = new VBox(12, switcher(days, reviews), days);
        HBox.setHgrow(right, Priority.ALWAYS);
        // a narrow window: the days and their search keep the room, the calendar column steps aside (beside a
        // list it would push the list's buttons out of the window)
        root = new HBox(24, leftScroll, right) {
            @Override
            protected void layoutChildren() {
                // the window's width right of where the page starts: the area it is in grows with its minimum
                double window = getScene() == null ? 0 : getScene().getWidth() - localToScene(0, 0).getX();
                boolean room = window <= 0 || window - snappedLeftInset() - snappedRightInset()
                        >= leftScroll.getMinWidth() + getSpacing() + right.minWidth(-1);
                if (room != leftScroll.isManaged()) {
                    // after this layout pass: a change made inside it would be forgotten by the window's layout
                    Platform.runLater(() -> {
                        leftScroll.setVisible(room);
                        leftScroll.setManaged(room);
                    });
                }
                super.layoutChildren();
            }
        };
        // The rest is made and styled a part a frame from the first show (onShow): the whole page in one
        // frame (three combo boxes, two date pickers, three lists, the calendar) held the window for a third
        // of a second and more. The right side comes first, top to bottom, so nothing there moves down; the
        // weekly reviews (hidden until asked for) come last.
        laterParts = () -> FxPulses.addOneAFrame(days,
                List.<Supplier<Node>>of(this::filters, this::lists).iterator(),
                () -> FxPulses.addOneAFrame(left,
                        List.<Supplier<Node>>of(this::calendar, this::streaks, this::onThisDay).iterator(),
                        () -> FxPulses.addOneAFrame(right, List.<Supplier<Node>>of(() -> reviews).iterator(), () -> { })));
        FxLayouts.page(root);
        root.setId("page-journal");
    }

    /** "Days" or "Weekly reviews": which of the two lists the right side shows. */
    private Node switcher(Node days, Node reviews) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton showDays = new ToggleButton(t("journal.show.days"));
        showDays.setId("journal-show-days");
        showDays.setToggleGroup(group);
        showDays.setSelected(true);
        ToggleButton showReviews = new ToggleButton(t("journal.show.reviews"));
        showReviews.setId("journal-show-reviews");
        showReviews.setToggleGroup(group);
        group.selectedToggleProperty().addListener((o, a, now) -> {
            if (now == null) {
                a.setSelected(true); // one of the two is always chosen
            }
        });
        showDays.getStyleClass().add("left-pill");
        showReviews.getStyleClass().add("right-pill");
        days.visibleProperty().bind(showDays.selectedProperty());
        days.managedProperty().bind(days.visibleProperty());
        reviews.visibleProperty().bind(showReviews.selectedProperty());
        reviews.managedProperty().bind(reviews.visibleProperty());
        this.showDays = showDays;
        // the export is for any period, not for the day selected: at the top, beside the two lists
        Button exportBtn = new Button(t("journal.export"), new FontIcon("fth-download"));
        exportBtn.setId("journal-export");
        FxLazyTooltip.install(exportBtn, () -> t("journal.export.tooltip"));
        exportBtn.setOnAction(e -> export.run());
        exportBtn.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(0, showDays, showReviews, spacer, exportBtn);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Puts the cursor into the search field (Ctrl+F). */
    public void focusSearch() {
        showDays.setSelected(true);
        searchField.requestFocus();
        searchField.selectAll();
    }

    private Node calendar() {
        MonthCalendarControl cal = new MonthCalendarControl(vm.monthProperty(), vm.monthDays(),
                vm.selectedProperty(), vm::today, vm::previousMonth, vm::nextMonth, vm::select, vm::open);
        cal.setId("journal-calendar");
        cal.getStyleClass().add("card");
        return cal;
    }

    private Node streaks() {
        Label current = FxLabels.stat("journal-streak-current");
        Label best = FxLabels.stat("journal-streak-best");
        Label month = FxLabels.stat("journal-days-month");
        Label year = FxLabels.stat("journal-days-year");
        vm.streaksProperty().addListener((o, a, s) -> fill(s, current, best, month, year));
        fill(vm.streaksProperty().get(), current, best, month, year);
        // a flow, not fixed rows: with large text in a narrow column the figures wrap instead of being cut
        FlowPane figures = new FlowPane(16, 6,
                pair(current, t("journal.streak.current")), pair(best, t("journal.streak.best")),
                pair(month, t("journal.streak.month")), pair(year, t("journal.streak.year")));
        VBox box = new VBox(6, header(t("journal.streak.title")), figures);
        box.getStyleClass().add("card");
        return box;
    }

    private static void fill(JournalStreaks s, Label current, Label best, Label month, Label year) {
        current.setText(days(s.current()));
        best.setText(days(s.best()));
        month.setText(t("journal.number", s.daysThisMonth()));
        year.setText(t("journal.number", s.daysThisYear()));
    }

    private static String days(int n) {
        return t("journal.days", n);
    }

    private static VBox pair(Label value, String caption) {
        VBox v = FxLabels.captioned(value, caption);
        v.setMinWidth(120);
        return v;
    }

    private Node onThisDay() {
        ListView<EntrySummary> list = new ListView<>(vm.onThisDay());
        list.setId("journal-on-this-day");
        FxCells.roomy(list);
        list.setPrefHeight(150);
        list.setCellFactory(l -> new SummaryCell());
        // nothing on this date: the words in the card (as tall as they need), not in a squeezed empty list
        Label none = muted(t("journal.on.this.day.empty"));
        none.setId("journal-on-this-day-empty");
        none.setMinHeight(Region.USE_PREF_SIZE);
        none.visibleProperty().bind(Bindings.isEmpty(vm.onThisDay()));
        none.managedProperty().bind(none.visibleProperty());
        list.visibleProperty().bind(none.visibleProperty().not());
        list.managedProperty().bind(list.visibleProperty());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem().date());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem().date());
            }
        });
        VBox box = new VBox(8, header(t("journal.on.this.day")), none, list);
        box.getStyleClass().add("card");
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Node searchBar() {
        searchField.setId("journal-search");
        FxPrompts.prompt(searchField, t("journal.search.prompt"));
        FxLazyTooltip.install(searchField, () -> t("journal.search.tooltip"));
        searchField.textProperty().bindBidirectional(vm.queryProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (vm.searchingProperty().get() && !vm.results().isEmpty()) {
                    vm.open(vm.results().get(0).date());
                } else {
                    vm.searchNow();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.clearFilters();
            }
        });
        HBox.setHgrow(searchField, Priority.ALWAYS);
        Label status = new Label();
        status.setId("journal-search-status");
        status.getStyleClass().addAll("text-muted", "text-small");
        status.textProperty().bind(vm.searchStatusProperty());
        // "N days found" stands at the end of the search row, as a find bar's count does: no empty line under
        // the field while nothing is searched, and the filters do not jump when the count comes
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, new Label(null, new FontIcon("fth-search")), searchField, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node filters() {
        ComboBox<String> tag = new ComboBox<>(vm.tags());
        tag.setId("journal-filter-tag");
        tag.setPromptText(t("journal.filter.tag.any"));
        // the closed box says "Any tag" again after the clear button (JavaFX drops the prompt once a value was set)
        tag.setButtonCell(orNone(t("journal.filter.tag.any")));
        FxLayouts.sizeInEm(tag, "-fx-pref-width", 150);
        tag.valueProperty().bindBidirectional(vm.tagFilterProperty());
        DatePicker from = new DatePicker();
        from.setId("journal-filter-from");
        from.setPromptText(t("journal.filter.from"));
        FxLayouts.sizeInEm(from, "-fx-pref-width", 150); // "15. Sept. 2026" whole at large text
        StringConverter<LocalDate> dates = FxDates.converter(
                DateTimeFormatter.ofPattern(t("journal.date.picker"), I18n.locale()),
                List.of(DateTimeFormatter.ofPattern(t("journal.date.typed"), I18n.locale())));
        from.setConverter(dates);
        from.valueProperty().bindBidirectional(vm.fromFilterProperty());
        DatePicker to = new DatePicker();
        to.setId("journal-filter-to");
        to.setPromptText(t("journal.filter.to"));
        FxLayouts.sizeInEm(to, "-fx-pref-width", 150);
        to.setConverter(dates);
        to.valueProperty().bindBidirectional(vm.toFilterProperty());
        ComboBox<JournalSearch.MoodFilter> mood = new ComboBox<>();
        mood.getItems().add(null); // "Any mood" in the list too: a way back without the clear button
        mood.getItems().addAll(JournalSearch.MoodFilter.choices());
        mood.setId("journal-filter-mood");
        mood.setPromptText(t("journal.filter.mood.any"));
        mood.setButtonCell(new MoodCell(t("journal.filter.mood.any")));
        mood.setCellFactory(l -> new MoodCell(t("journal.filter.mood.any")));
        mood.valueProperty().bindBidirectional(vm.moodFilterProperty());
        ComboBox<String> person = personFilter();
        Button clear = new Button(null, new FontIcon("fth-x"));
        FxLazyTooltip.install(clear, () -> t("journal.filter.clear"));
        clear.setAccessibleText(t("journal.filter.clear"));
        clear.setId("journal-filter-clear");
        clear.getStyleClass().addAll("flat", "small");
        clear.setOnAction(e -> vm.clearFilters());
        clear.disableProperty().bind(vm.searchingProperty().not());
        // a flow: with large text or a narrow window the filters wrap instead of being cut to "…"
        for (Region r : new Region[] {tag, person, from, to, mood}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the period's two days stay together when the filters wrap (never "From" on one line and "To" on the
        // next), and the clear button goes with them, never alone on a line of its own
        HBox period = new HBox(8, from, to, clear);
        period.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(8, 8, tag, person, mood, period);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A closed box's cell that shows {@code none} when nothing is chosen. */
    private static ListCell<String> orNone(String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? none : item);
            }
        };
    }

    /** The person filter: choosing someone puts {@code @Name} in the query (in place of the one chosen before). */
    private ComboBox<String> personFilter() {
        ComboBox<String> person = new ComboBox<>(people);
        person.setId("journal-filter-person");
        person.setPromptText(t("journal.filter.person.any"));
        person.setButtonCell(orNone(t("journal.filter.person.any")));
        FxLayouts.sizeInEm(person, "-fx-pref-width", 150);
        person.setMinWidth(Region.USE_PREF_SIZE);
        person.setAccessibleText(t("journal.filter.person.any"));
        person.valueProperty().addListener((o, before, now) -> {
            String q = vm.queryProperty().get();
            if (before != null) {
                q = q.replace("@" + before, "");
            }
            if (now != null && !q.contains("@" + now)) {
                q = q.strip() + " @" + now;
            }
            vm.queryProperty().set(q.strip().replaceAll("\\s{2,}", " "));
        });
        // the query edited by hand, or the filters cleared: the box follows
        vm.queryProperty().addListener((o, a, q) -> {
            if (person.getValue() != null && !q.contains("@" + person.getValue())) {
                person.setValue(null);
            }
        });
        person.visibleProperty().bind(Bindings.isNotEmpty(people));
        person.managedProperty().bind(person.visibleProperty());
        return person;
    }

    private static final class MoodCell extends ListCell<JournalSearch.MoodFilter> {
        private final String empty;

        MoodCell(String empty) {
            this.empty = empty;
        }

        @Override
        protected void updateItem(JournalSearch.MoodFilter item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(isEmpty || item == null ? empty
                    : t(item.orLower() ? "journal.filter.mood.lower" : "journal.filter.mood", item.mood(),
                            EntryEditorView.moodLabels().get(item.mood() - 1)));
        }
    }

    private Node lists() {
        ListView<EntrySummary> all = new ListView<>(vm.entries());
        all.setId("journal-list");
        FxCells.roomy(all);
        all.setCellFactory(l -> new SummaryCell());
        VBox none = FxLabels.emptyState(t("journal.list.empty"),
                FxLabels.action("journal-empty-write", t("journal.list.empty.write"), () -> vm.open(vm.today())));
        none.setMaxWidth(Region.USE_PREF_SIZE);
        none.setAlignment(Pos.CENTER);
        all.setPlaceholder(none);
        all.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.selectedProperty().set(s.date());
            }
        });
        openOnActivate(all, s -> s.date());
        // the list shows the day Open and Delete act on, or none (a deleted day stayed actionable, unseen)
        showChosen(all, EntrySummary::date);

        ListView<JournalSearch.Hit> hits = new ListView<>(vm.results());
        hits.setId("journal-results");
        FxCells.roomy(hits);
        hits.setCellFactory(l -> new HitCell());
        Label nothingFound = FxLabels.placeholder("");
        nothingFound.setId("journal-results-empty");
        nothingFound.setWrapText(true);
        nothingFound.textProperty().bind(vm.emptyTextProperty());
        hits.setPlaceholder(nothingFound);
        hits.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                vm.selectedProperty().set(h.date());
            }
        });
        openOnActivate(hits, JournalSearch.Hit::date);
        showChosen(hits, JournalSearch.Hit::date);

        all.visibleProperty().bind(vm.searchingProperty().not());
        hits.visibleProperty().bind(vm.searchingProperty());
        StackPane stack = new StackPane(all, hits);
        VBox.setVgrow(stack, Priority.ALWAYS);

        Button open = new Button(t("journal.open"), new FontIcon("fth-edit-3"));
        open.setId("journal-open");
        open.setOnAction(e -> vm.open(vm.actionableProperty().get()));
        open.disableProperty().bind(vm.actionableProperty().isNull());
        Button delete = new Button(t("journal.delete"), new FontIcon("fth-trash-2"));
        delete.setId("journal-delete");
        // plain until it means something: the confirmation's button is the red one
        FxLazyTooltip.install(delete, () -> t("journal.delete.tooltip"));
        delete.setOnAction(e -> vm.delete(vm.actionableProperty().get()));
        delete.disableProperty().bind(vm.actionableProperty().isNull());
        Label count = new Label();
        count.getStyleClass().addAll("text-muted", "text-small");
        count.setId("journal-footer-count");
        count.textProperty().bind(vm.footerProperty());
        Label message = new Label();
        message.setId("journal-message");
        message.getStyleClass().add("text-error");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button b : new Button[] {open, delete}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the buttons keep their words; the count gives way
        }
        // where the buttons leave it little room the count takes two lines, never "…"
        count.setWrapText(true);
        FxLayouts.sizeInEm(count, "-fx-min-width", 80);
        count.setMinHeight(Region.USE_PREF_SIZE);
        // a deleted day's Undo takes the count's place: nothing moves when it goes (Open moved up under the
        // pointer where Undo had been when the bar under the list went)
        Node undo = undoBar();
        count.visibleProperty().bind(vm.undoAvailableProperty().not());
        count.managedProperty().bind(count.visibleProperty());
        HBox actions = new HBox(8, count, undo, message, spacer, open, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, stack, actions);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Keeps {@code list}'s selection on the chosen day, or on none when the list does not hold it. */
    private <T> void showChosen(ListView<T> list, Function<T, LocalDate> date) {
        Runnable show = () -> {
            LocalDate day = vm.selectedProperty().get();
            T shown = list.getSelectionModel().getSelectedItem();
            if (shown != null && date.apply(shown).equals(day)) {
                return;
            }
            int at = -1;
            for (int i = 0; day != null && i < list.getItems().size() && at < 0; i++) {
                at = date.apply(list.getItems().get(i)).equals(day) ? i : -1;
            }
            if (at >= 0) {
                list.getSelectionModel().select(at);
            } else {
                list.getSelectionModel().clearSelection();
            }
        };
        vm.selectedProperty().addListener(o -> show.run());
        list.getItems().addListener((ListChangeListener<T>) c -> show.run());
    }

    private <T> void openOnActivate(ListView<T> list, Function<T, LocalDate> date) {
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                vm.open(date.apply(item));
            }
        });
        list.setOnKeyPressed(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(date.apply(item));
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.delete(date.apply(item));
            }
        });
    }

    private Node undoBar() {
        Label text = new Label();
        text.textProperty().bind(vm.undoTextProperty());
        Button undo = new Button(t("journal.undo"), new FontIcon("fth-rotate-ccw"));
        undo.setId("journal-undo");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> vm.undoDelete());
        HBox bar = new HBox(12, text, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("undo-bar", "in-row"); // as tall as the row's buttons: the row keeps its height
        bar.visibleProperty().bind(vm.undoAvailableProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** "Tue 10 Mar 2026", in the user's language. */
    static DateTimeFormatter dayFormat() {
        return DateTimeFormatter.ofPattern(t("journal.date.day"), I18n.locale());
    }

    private static Label header(String text) {
        Label l = heading(text);
        return l;
    }


    /**
     * A line of the lists: a mood dot and a date, then what the subclass shows of the day. Its nodes are made
     * once and filled for each day the cell shows (scrolling a list of thousands of days makes and styles
     * no new nodes).
     */
    private abstract static class DayCell<T> extends ListCell<T> {
        private final DateTimeFormatter day = dayFormat();
        final Label mood = new Label();
        final Label date = new Label();

        DayCell() {
            mood.getStyleClass().add("mood-dot");
            date.getStyleClass().add("entry-date");
        }

        @Override
        protected final void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : show(item));
        }

        /** Fills the line for {@code item} and returns its graphic. */
        abstract Node show(T item);

        /** Shows the day's date and mood: the dot's text, its colour class and what a screen reader says. */
        void showDay(LocalDate d, Integer m) {
            date.setText(day.format(d));
            mood.setText(m == null ? "" : "●");
            mood.getStyleClass().removeIf(c -> c.startsWith("mood-") && !c.equals("mood-dot"));
            mood.getStyleClass().add(m == null ? "mood-none" : "mood-" + m);
            mood.setAccessibleText(m == null ? null : t("journal.mood.accessible", m));
        }
    }

    /** A day in a list: date, mood, first words, length. */
    private static final class SummaryCell extends DayCell<EntrySummary> {
        private final Label words = new Label();
        private final Label preview = new Label();
        private final VBox box;

        SummaryCell() {
            words.getStyleClass().addAll("text-muted", "text-small");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, mood, date, spacer, words);
            top.setAlignment(Pos.CENTER_LEFT);
            preview.getStyleClass().addAll("text-muted", FxLabels.EXCERPT);
            preview.setMinWidth(0);
            box = new VBox(2, top, preview);
            box.setMinWidth(0);
        }

        @Override
        Node show(EntrySummary s) {
            showDay(s.date(), s.mood());
            words.setText(t("journal.words", s.wordCount()));
            preview.setText(s.preview().isEmpty() ? t("journal.list.no.text") : s.preview());
            FxCells.fitWidth(this, box);
            return box;
        }
    }

    /**
     * A search hit: date, mood and a few lines around the best match, the matched words highlighted (made
     * for each hit).
     */
    private static final class HitCell extends DayCell<JournalSearch.Hit> {
        private final TextFlow snippet = new TextFlow();
        private final VBox box;

        HitCell() {
            HBox top = new HBox(8, mood, date);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(4, top, snippet);
        }

        @Override
        Node show(JournalSearch.Hit h) {
            showDay(h.date(), h.mood());
            List<Node> words = new ArrayList<>();
            for (JournalSearch.Span span : h.snippet()) {
                if (span.match()) {
                    // a matched word on a highlight (a Label: a Text in a flow has no background)
                    Label match = new Label(span.text());
                    match.getStyleClass().add("snippet-match");
                    match.setMinWidth(Region.USE_PREF_SIZE);
                    words.add(match);
                } else {
                    Text t = new Text(span.text());
                    t.getStyleClass().add("snippet-text");
                    words.add(t);
                }
            }
            snippet.getChildren().setAll(words);
            FxCells.fitWidth(this, snippet);
            return box;
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        if (laterParts != null) {
            Runnable parts = laterParts;
            laterParts = null;
            parts.run();
        }
        vm.refresh();
    }
}
