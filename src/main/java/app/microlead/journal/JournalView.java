package app.microlead.journal;

import app.microlead.shell.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every day written: calendar, streaks, "on this day", search and the list of reflections. */
public final class JournalView implements Page {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final JournalViewModel vm;
    private final HBox root;
    private final TextField searchField = new TextField();
    private final Runnable export;

    /** @param export opens the export dialog (Ctrl+E) */
    public JournalView(JournalViewModel vm, Runnable export) {
        this.vm = vm;
        this.export = export;
        VBox left = new VBox(18, calendar(), streaks(), onThisDay());
        left.setPrefWidth(330);
        left.setMinWidth(300);
        VBox right = new VBox(12, searchBar(), filters(), lists(), undoBar());
        HBox.setHgrow(right, Priority.ALWAYS);
        root = new HBox(24, left, right);
        root.getStyleClass().add("page");
        root.setId("page-journal");
    }

    /** Puts the cursor into the search field (Ctrl+F). */
    public void focusSearch() {
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
        Label current = stat("journal-streak-current");
        Label best = stat("journal-streak-best");
        Label month = stat("journal-days-month");
        Label year = stat("journal-days-year");
        vm.streaksProperty().addListener((o, a, s) -> fill(s, current, best, month, year));
        fill(vm.streaksProperty().get(), current, best, month, year);
        // a flow, not fixed rows: with large text in a narrow column the figures wrap instead of being cut
        javafx.scene.layout.FlowPane figures = new javafx.scene.layout.FlowPane(16, 6, pair(current, "current streak"),
                pair(best, "best streak"), pair(month, "days this month"), pair(year, "days this year"));
        VBox box = new VBox(6, header("Your writing habit"), figures);
        box.getStyleClass().add("card");
        return box;
    }

    private static void fill(JournalStreaks s, Label current, Label best, Label month, Label year) {
        current.setText(days(s.current()));
        best.setText(days(s.best()));
        month.setText(String.valueOf(s.daysThisMonth()));
        year.setText(String.valueOf(s.daysThisYear()));
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    private static Label stat(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("stat-value");
        return l;
    }

    private static VBox pair(Label value, String caption) {
        Label c = new Label(caption);
        c.getStyleClass().addAll("text-muted", "text-small");
        VBox v = new VBox(0, value, c);
        v.setMinWidth(120);
        return v;
    }

    private Node onThisDay() {
        ListView<EntrySummary> list = new ListView<>(vm.onThisDay());
        list.setId("journal-on-this-day");
        list.setPrefHeight(150);
        list.setCellFactory(l -> new SummaryCell(true));
        list.setPlaceholder(muted("Nothing written on this date in earlier years."));
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
        VBox box = new VBox(8, header("On this day"), list);
        box.getStyleClass().add("card");
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Node searchBar() {
        searchField.setId("journal-search");
        searchField.setPromptText("Search your journal  (Ctrl+F)");
        searchField.setTooltip(new Tooltip("Words (all must match), \"an exact phrase\", or the start of a word."
                + " Enter opens the best match; Esc clears."));
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
        HBox row = new HBox(8, new Label(null, new FontIcon("fth-search")), searchField);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, status);
    }

    private Node filters() {
        ComboBox<String> tag = new ComboBox<>(vm.tags());
        tag.setId("journal-filter-tag");
        tag.setPromptText("Any tag");
        tag.setPrefWidth(150);
        tag.valueProperty().bindBidirectional(vm.tagFilterProperty());
        DatePicker from = new DatePicker();
        from.setId("journal-filter-from");
        from.setPromptText("From");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.fromFilterProperty());
        DatePicker to = new DatePicker();
        to.setId("journal-filter-to");
        to.setPromptText("To");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(vm.toFilterProperty());
        ComboBox<Integer> mood = new ComboBox<>();
        mood.getItems().addAll(1, 2, 3, 4, 5);
        mood.setId("journal-filter-mood");
        mood.setPromptText("Any mood");
        mood.setPrefWidth(150);
        mood.setButtonCell(new MoodCell("Any mood"));
        mood.setCellFactory(l -> new MoodCell("Any mood"));
        mood.valueProperty().bindBidirectional(vm.moodFilterProperty());
        Button clear = new Button(null, new FontIcon("fth-x"));
        clear.setTooltip(new Tooltip("Clear the search and filters (Esc)"));
        clear.setAccessibleText("Clear the search and filters");
        clear.setId("journal-filter-clear");
        clear.getStyleClass().addAll("flat", "small");
        clear.setOnAction(e -> vm.clearFilters());
        clear.disableProperty().bind(vm.searchingProperty().not());
        HBox row = new HBox(8, tag, from, to, mood, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static final class MoodCell extends ListCell<Integer> {
        private final String empty;

        MoodCell(String empty) {
            this.empty = empty;
        }

        @Override
        protected void updateItem(Integer item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(isEmpty || item == null ? empty
                    : "Mood " + item + "+ (" + EntryEditorView.MOOD_LABELS.get(item - 1) + "+)");
        }
    }

    private Node lists() {
        ListView<EntrySummary> all = new ListView<>(vm.entries());
        all.setId("journal-list");
        all.setCellFactory(l -> new SummaryCell(false));
        all.setPlaceholder(muted("No reflections yet. Write your first one in Today (Ctrl+1)."));
        all.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.selectedProperty().set(s.date());
            }
        });
        openOnActivate(all, s -> s.date());

        ListView<JournalSearch.Hit> hits = new ListView<>(vm.results());
        hits.setId("journal-results");
        hits.setCellFactory(l -> new HitCell());
        hits.setPlaceholder(muted("No day matches. Try fewer words, the start of a word, or clear the filters."));
        hits.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                vm.selectedProperty().set(h.date());
            }
        });
        openOnActivate(hits, JournalSearch.Hit::date);

        all.visibleProperty().bind(vm.searchingProperty().not());
        hits.visibleProperty().bind(vm.searchingProperty());
        StackPane stack = new StackPane(all, hits);
        VBox.setVgrow(stack, Priority.ALWAYS);

        Button open = new Button("Open", new FontIcon("fth-edit-3"));
        open.setId("journal-open");
        open.setOnAction(e -> vm.open(vm.selectedProperty().get()));
        open.disableProperty().bind(vm.selectedProperty().isNull());
        Button delete = new Button("Delete…", new FontIcon("fth-trash-2"));
        delete.setId("journal-delete");
        delete.getStyleClass().add("danger");
        delete.setTooltip(new Tooltip("Delete the selected day's reflection (asks first; can be undone)"));
        delete.setOnAction(e -> vm.delete(vm.selectedProperty().get()));
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        Label count = new Label();
        count.getStyleClass().addAll("text-muted", "text-small");
        count.textProperty().bind(Bindings.size(vm.entries()).asString("%,d days written"));
        Label message = new Label();
        message.setId("journal-message");
        message.getStyleClass().add("text-error");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button exportBtn = new Button("Export…", new FontIcon("fth-download"));
        exportBtn.setId("journal-export");
        exportBtn.setTooltip(new Tooltip("Export a period to PDF, Markdown, JSON or CSV (Ctrl+E)"));
        exportBtn.setOnAction(e -> export.run());
        HBox actions = new HBox(8, count, message, spacer, exportBtn, open, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, stack, actions);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private <T> void openOnActivate(ListView<T> list, java.util.function.Function<T, LocalDate> date) {
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
        Button undo = new Button("Undo", new FontIcon("fth-rotate-ccw"));
        undo.setId("journal-undo");
        undo.setOnAction(e -> vm.undoDelete());
        HBox bar = new HBox(12, text, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("undo-bar");
        bar.visibleProperty().bind(vm.undoAvailableProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    /** A day in a list: date, mood, first words, length. */
    private static final class SummaryCell extends ListCell<EntrySummary> {
        private final boolean withYearAgo;

        SummaryCell(boolean withYearAgo) {
            this.withYearAgo = withYearAgo;
        }

        @Override
        protected void updateItem(EntrySummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label date = new Label(DAY.format(s.date()));
            date.getStyleClass().add("entry-date");
            Label mood = new Label(s.mood() == null ? "" : "●");
            mood.getStyleClass().addAll("mood-dot", s.mood() == null ? "mood-none" : "mood-" + s.mood());
            mood.setAccessibleText(s.mood() == null ? null : "mood " + s.mood() + " of 5");
            Label words = new Label(s.wordCount() + " words");
            words.getStyleClass().addAll("text-muted", "text-small");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, mood, date, spacer, words);
            top.setAlignment(Pos.CENTER_LEFT);
            Label preview = new Label(s.preview().isEmpty() ? "(no free text)" : s.preview());
            preview.getStyleClass().add("text-muted");
            preview.setMinWidth(0);
            VBox box = new VBox(2, top, preview);
            box.setMinWidth(0);
            if (getListView() != null) {
                box.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
                box.prefWidthProperty().bind(box.maxWidthProperty());
            }
            setGraphic(box);
            setText(null);
        }
    }

    /** A search hit: date, mood and a snippet with the matched words in bold. */
    private static final class HitCell extends ListCell<JournalSearch.Hit> {
        @Override
        protected void updateItem(JournalSearch.Hit h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label date = new Label(DAY.format(h.date()));
            date.getStyleClass().add("entry-date");
            Label mood = new Label(h.mood() == null ? "" : "●");
            mood.getStyleClass().addAll("mood-dot", h.mood() == null ? "mood-none" : "mood-" + h.mood());
            mood.setAccessibleText(h.mood() == null ? null : "mood " + h.mood() + " of 5");
            TextFlow snippet = new TextFlow();
            for (JournalSearch.Span span : h.snippet()) {
                Text t = new Text(span.text());
                t.getStyleClass().add(span.match() ? "snippet-match" : "snippet-text");
                snippet.getChildren().add(t);
            }
            if (getListView() != null) {
                snippet.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
                snippet.prefWidthProperty().bind(snippet.maxWidthProperty());
            }
            HBox top = new HBox(8, mood, date);
            top.setAlignment(Pos.CENTER_LEFT);
            setGraphic(new VBox(4, top, snippet));
            setText(null);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.refresh();
    }
}
