package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.journal.Texts;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxCells;
import app.microlead.ui.FxDates;
import app.microlead.ui.FxFocus;
import app.microlead.ui.FxGrowingList;
import app.microlead.ui.FxKeys;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.FxSaveChooser;
import app.microlead.ui.FxPrompts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** A person's page: details, figures, timeline, a 1:1 note, promises, and the 1:1 agenda. */
final class PersonView {

    private final PersonViewModel vm;
    private final VBox root;
    private final Node message;

    PersonView(PersonViewModel vm, ObservableBooleanValue nobody, Runnable archive, Runnable delete) {
        this.vm = vm;
        Label empty = FxLabels.muted("");
        empty.setId("person-none");
        // with no one at all (archived people count) there is no one to choose: say what the page will hold
        empty.textProperty().bind(Bindings.when(nobody).then(t("people.page.nobody")).otherwise(t("people.none.selected")));
        Label title = new Label();
        title.setId("person-title");
        title.getStyleClass().add("title-2");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> vm.personProperty().get() == null ? "" : vm.personProperty().get().name(), vm.personProperty()));
        Label figures = new Label();
        figures.setId("person-figures");
        figures.setWrapText(true);
        figures.textProperty().bind(vm.figuresProperty());
        message = message();
        Button archiveBtn = button("person-archive", "fth-archive", "people.archive", archive);
        archiveBtn.textProperty().bind(Bindings.createStringBinding(() -> vm.personProperty().get() != null
                && vm.personProperty().get().archived() ? t("people.unarchive") : t("people.archive"), vm.personProperty()));
        Button deleteBtn = button("person-delete", "fth-trash-2", "people.delete", delete);
        HBox actions = new HBox(8, archiveBtn, deleteBtn);
        // what is done on the page (the 1:1 note, promises, the agenda) before the history: a long timeline put
        // them hundreds of lines down
        VBox content = new VBox(16, title, FxLabels.card(figures), details(), oneOnOne(), promises(), agenda(),
                FxLabels.card(FxLabels.heading(t("people.timeline")), timeline(), timelineMore()), actions);
        content.visibleProperty().bind(vm.personProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        empty.visibleProperty().bind(vm.personProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        root = new VBox(empty, content);
    }

    Node node() {
        return root;
    }

    /**
     * What the page says (saved, failed, a date not read), for the page's view to show over the page's bottom edge:
     * shown under the name it pushed the whole page down a line or two at each save, and back up at the next person.
     */
    Node messageNode() {
        return message;
    }

    private Node message() {
        Label said = new Label();
        said.setId("person-message");
        said.setWrapText(true);
        said.setMaxWidth(Double.MAX_VALUE);
        said.setMinHeight(Region.USE_PREF_SIZE);
        said.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(said, Priority.ALWAYS);
        Button hide = new Button(null, new FontIcon("fth-x"));
        hide.setId("person-message-hide");
        hide.getStyleClass().add("flat");
        hide.setMinWidth(Region.USE_PREF_SIZE);
        hide.setOnAction(e -> vm.messageProperty().set(""));
        FxAccessible.name(hide, t("people.message.hide"));
        FxLazyTooltip.install(hide, () -> t("people.message.hide"));
        HBox bar = new HBox(8, said, hide);
        bar.setId("person-message-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(PAGE_MESSAGE);
        bar.visibleProperty().bind(vm.messageProperty().isNotEmpty().and(vm.personProperty().isNotNull()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Style class of a message shown over the bottom of a person's page (app.css). */
    static final String PAGE_MESSAGE = "page-message";

    private static Button button(String id, String icon, String key, Runnable action) {
        Button b = new Button(t(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextField field(String id, String label, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        FxAccessible.name(f, label);
        return f;
    }

    static TextArea area(String id, String label, StringProperty p) {
        TextArea a = FxKeys.tabMovesFocus(new TextArea());
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.textProperty().bindBidirectional(p);
        FxAccessible.name(a, label);
        return a;
    }

    static DatePicker date(String id, String label, ObjectProperty<LocalDate> p) {
        DatePicker d = new DatePicker();
        d.setId(id);
        // a day as the rest of the app writes it ("3 Dec 2026"), also read as typed in numbers
        d.setConverter(FxDates.converter(DateTimeFormatter.ofPattern(t("people.date.picker"), I18n.locale()),
                List.of(DateTimeFormatter.ofPattern(t("people.date.typed"), I18n.locale()))));
        d.valueProperty().bindBidirectional(p);
        FxDates.flagUnreadable(d);
        FxAccessible.name(d, label);
        return d;
    }

    /** {@code action}, once the day typed in {@code day} is read; a text that is no date is named instead. */
    private Runnable withDate(DatePicker day, Runnable action) {
        return () -> {
            if (FxDates.readable(day)) {
                action.run();
            } else {
                vm.messageProperty().set(t("people.date.unreadable", day.getEditor().getText().strip(),
                        day.getConverter().toString(LocalDate.of(2026, 12, 3))));
                if (!day.getEditor().isFocused()) {
                    day.requestFocus(); // moved from its own text, the picker writes its day over what was typed
                }
            }
        };
    }

    private Node details() {
        ComboBox<Person.Cadence> cadence = new ComboBox<>();
        cadence.setId("person-cadence");
        cadence.getItems().addAll(Person.Cadence.values());
        cadence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person.Cadence c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Person.Cadence fromString(String s) {
                return null;
            }
        });
        cadence.valueProperty().bindBidirectional(vm.cadenceProperty());
        FxAccessible.name(cadence, t("people.field.cadence"));
        CheckBox nudgesOff = new CheckBox(t("people.field.nudges.off"));
        nudgesOff.setId("person-nudges-off");
        nudgesOff.selectedProperty().bindBidirectional(vm.nudgesOffProperty());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, FxLabels.bold(t("people.field.name")), field("person-name", t("people.field.name"), vm.nameProperty()));
        g.addRow(1, FxLabels.bold(t("people.field.role")), field("person-role", t("people.field.role"), vm.roleProperty()));
        g.addRow(2, FxLabels.bold(t("people.field.team")), field("person-team", t("people.field.team"), vm.teamProperty()));
        g.addRow(3, FxLabels.bold(t("people.field.start")), date("person-start", t("people.field.start"),
                vm.startDateProperty()));
        g.addRow(4, FxLabels.bold(t("people.field.cadence")), cadence);
        g.addRow(5, FxLabels.bold(t("people.field.hopes")), area("person-hopes", t("people.field.hopes"), vm.hopesProperty()));
        GridPane.setHgrow(g.getChildren().get(1), Priority.ALWAYS);
        // a row that wraps: in German with large text the three do not fit beside each other
        FlowPane buttons = FxLayouts.buttonRow(button("person-save", "fth-save", "people.save", vm::save), nudgesOff,
                button("person-snooze", "fth-bell-off", "people.snooze", vm::snooze));
        return FxLabels.card(FxLabels.heading(t("people.details")), g, buttons);
    }

    private Node timeline() {
        // part of the page's scroll, its lines wrapped and whole: no scroll area of its own, no cut snippets
        // a journal day's words as the journal's list shows them: without their Markdown marks
        FxGrowingList<Timeline> list = FxGrowingList.ofTextRows(vm.timeline(), t("people.timeline.empty"), this::timelineRow);
        list.setId("person-timeline");
        return list;
    }

    /**
     * A line of the timeline, wrapped and whole; a 1:1's ends with a link that opens it, to read all of it, change
     * or delete it (the line holds only its first words, and nothing opened it).
     */
    private TextFlow timelineRow(Timeline item) {
        TextFlow row = FxGrowingList.textRow(Agenda.shortDay(item.date()) + " · "
                + t("people.timeline." + item.kind().name().toLowerCase(Locale.ROOT)) + " · " + Texts.plainLine(item.text())
                + (item.kind() == Timeline.Kind.ONE_ON_ONE ? "  " : ""));
        if (item.kind() == Timeline.Kind.ONE_ON_ONE) {
            Hyperlink open = new Hyperlink(t("people.timeline.open"));
            open.setId("person-timeline-open");
            open.setAccessibleText(t("people.timeline.open.named", Agenda.day(item.date())));
            open.setOnAction(e -> vm.meeting(item.refId())
                    .ifPresent(m -> OneOnOneDialog.show(open.getScene().getWindow(), m, vm)));
            row.getChildren().add(open);
        }
        return row;
    }

    private Node timelineMore() {
        Button more = new Button();
        more.setId("person-timeline-more");
        more.textProperty().bind(vm.timelineMoreProperty());
        more.visibleProperty().bind(vm.timelineMoreProperty().isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.showEarlierTimeline());
        return more;
    }

    private Node oneOnOne() {
        DatePicker day = date("one-on-one-date", t("people.one.on.one.date"), vm.meetingDateProperty());
        VBox box = FxLabels.card(FxLabels.heading(t("people.one.on.one")),
                day,
                FxLabels.bold(t("people.one.on.one.points")),
                area("one-on-one-points", t("people.one.on.one.points"), vm.talkingPointsProperty()),
                FxLabels.bold(t("people.one.on.one.notes")),
                area("one-on-one-notes", t("people.one.on.one.notes"), vm.notesProperty()),
                FxLabels.bold(t("people.one.on.one.follow.ups")),
                area("one-on-one-follow-ups", t("people.one.on.one.follow.ups"), vm.followUpsProperty()),
                button("one-on-one-save", "fth-save", "people.one.on.one.save", withDate(day, vm::saveOneOnOne)));
        return box;
    }

    private Node promises() {
        TextField text = field("promise-text", t("people.promise.text"), vm.promiseTextProperty());
        FxPrompts.prompt(text, t("people.promise.text"));
        DatePicker due = date("promise-due", t("people.promise.due"), vm.promiseDueProperty());
        Runnable add = withDate(due, vm::addPromise);
        text.setOnAction(e -> add.run());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox form = new HBox(8, text, due, button("promise-add", "fth-plus", "people.promise.add", add));
        // Enter in the due day adds the promise too, as in its text; caught before the picker, which would put its
        // own day over a typed one it cannot read
        form.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() == KeyCode.ENTER && !due.isShowing() && FxFocus.holdsFocus(due)) {
                e.consume(); // the picker reads Enter as it is let go
                if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    add.run();
                }
            }
        });
        form.setAlignment(Pos.CENTER_LEFT);
        ListView<Promise> list = new ListView<>(vm.promises());
        list.setId("promise-list");
        FxCells.roomy(list); // as the app's other lists: room around each promise's lines
        list.setPrefHeight(150);
        list.setPlaceholder(FxLabels.placeholder(t("people.promise.empty")));
        list.setCellFactory(l -> new PromiseCell());
        List<Button> markButtons = new ArrayList<>();
        for (Promise.State s : new Promise.State[] {Promise.State.KEPT, Promise.State.BROKEN, Promise.State.DROPPED,
            Promise.State.OPEN}) {
            String key = s.name().toLowerCase(Locale.ROOT);
            String icon = switch (s) {
                case KEPT -> "fth-check";
                case BROKEN -> "fth-x";
                case DROPPED -> "fth-slash";
                default -> "fth-rotate-ccw";
            };
            Button b = button("promise-" + key, icon, "people.promise.mark." + key,
                    () -> vm.close(list.getSelectionModel().getSelectedItem(), s));
            // nothing chosen, or the promise is so already ("Open again" on an open one did nothing)
            ReadOnlyObjectProperty<Promise> chosen = list.getSelectionModel().selectedItemProperty();
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null || chosen.get().state() == s,
                    chosen));
            markButtons.add(b);
        }
        // a row that wraps: four buttons side by side made the page wider than a 1280 px window (German, large text)
        FlowPane marks = FxLayouts.buttonRow(markButtons.toArray(Node[]::new));
        return FxLabels.card(FxLabels.heading(t("people.promises")), form, list, marks);
    }

    private Node agenda() {
        TextArea md = new TextArea();
        md.setId("agenda-text");
        md.setEditable(false);
        md.setWrapText(true);
        md.setPrefRowCount(8);
        md.textProperty().bind(vm.agendaProperty());
        md.visibleProperty().bind(vm.agendaProperty().isNotEmpty());
        md.managedProperty().bind(md.visibleProperty());
        FxAccessible.name(md, t("people.agenda"));
        Button copy = button("agenda-copy", "fth-copy", "people.agenda.copy", () -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.agendaProperty().get());
            Clipboard.getSystemClipboard().setContent(c);
        });
        copy.disableProperty().bind(vm.agendaProperty().isEmpty());
        Button pdf = new Button(t("people.agenda.pdf"), new FontIcon("fth-file-text"));
        pdf.setId("agenda-pdf");
        pdf.setMinWidth(Region.USE_PREF_SIZE);
        pdf.setOnAction(e -> FxSaveChooser.file(pdf.getScene().getWindow(), t("people.agenda.pdf.choose"),
                vm.agendaFileName(), t("people.agenda.pdf.filter"), "pdf").ifPresent(vm::exportPdf));
        pdf.disableProperty().bind(vm.savingPdfProperty().or(vm.pdfAvailableProperty().not()));
        ProgressIndicator saving = new ProgressIndicator();
        saving.setId("agenda-pdf-saving");
        saving.setPrefSize(18, 18);
        saving.visibleProperty().bind(vm.savingPdfProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        // the buttons wrap onto a second line rather than push the page wider (large text, German)
        FlowPane buttons = FxLayouts.buttonRow(button("agenda-prepare", "fth-clipboard", "people.agenda.prepare",
                vm::prepare), copy, pdf, saving);
        return FxLabels.card(FxLabels.heading(t("people.agenda")), buttons, md);
    }

    /**
     * A promise, its due day and its state, wrapped to the list's width in as many lines as it needs: the row is as tall
     * as the lines at the width it is drawn (with the roomy rows' padding, large text and German, the cell's own wrapped
     * text was measured for one line and cut with '…').
     */
    private static final class PromiseCell extends ListCell<Promise> {
        private final Label text = new Label();

        PromiseCell() {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            setPrefWidth(0); // never wider than the list: no sideways scroll bar
        }

        @Override
        protected void updateItem(Promise p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            text.setText(p.text() + (p.due() == null ? "" : " · " + t("people.agenda.due", Agenda.shortDay(p.due())))
                    + " · " + p.state().label());
            setAccessibleText(text.getText()); // what a screen reader says of the row (its text is its graphic's)
            FxCells.fitWidth(this, text);
            setGraphic(text);
        }

        @Override
        protected double computePrefHeight(double width) {
            double h = FxCells.wrappedHeight(this, text, width);
            return h < 0 ? super.computePrefHeight(width) : h;
        }
    }
}
