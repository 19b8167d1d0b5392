package org.stackcanvas.ui.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.stackcanvas.check.QuickFix;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.yaml.ElementLocator;

/**
 * The Problems tab: every problem of the open project in one table, filtered by severity and text,
 * with counts in the header. Opening a row (double-click or Enter) selects the element defined
 * there and asks the window to show the place ({@link #setOnNavigate}). A problem with a quick fix
 * offers it on its row, in the row's menu, in the details under the table and as {@link #FIX_KEY}:
 * one click, one undo step.
 */
public final class ProblemsView extends BorderPane {

    /** Applies the selected problem's quick fix. */
    public static final KeyCombination FIX_KEY = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);

    private final EditorSession session;
    private final List<ProblemSource> sources = new ArrayList<>();
    private final ObservableList<Problem> all = FXCollections.observableArrayList();
    private final FilteredList<Problem> filtered = new FilteredList<>(all);
    private final TableView<Problem> table = new TableView<>();
    private final Label counts = new Label();
    private final Label checking = new Label("Checking\u2026");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Map<Severity, ToggleButton> severityFilters = new EnumMap<>(Severity.class);
    private final TextField textFilter = new TextField();
    private final ElementLocator locator = new ElementLocator();
    private final InvalidationListener refresh = o -> refresh();
    private Consumer<SourceLocation> onNavigate = location -> { };
    private Consumer<String> onOpenLink = this::copyLink;
    private final ProblemDetailsPane details = new ProblemDetailsPane(this::applyFix, url -> onOpenLink.accept(url));

    public ProblemsView(EditorSession session) {
        this.session = Objects.requireNonNull(session, "session");
        getStyleClass().add("problems-view");
        getStylesheets().add(Objects.requireNonNull(ProblemsView.class.getResource("problems.css")).toExternalForm());

        counts.getStyleClass().add("problems-counts");
        textFilter.setPromptText("Filter problems");
        textFilter.getStyleClass().add("problems-filter");
        checking.getStyleClass().add("problems-checking");
        checking.setVisible(false);
        checking.managedProperty().bind(checking.visibleProperty());
        HBox header = new HBox(8, counts, checking);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().add(spacer);
        for (Severity severity : Severity.values()) {
            ToggleButton toggle = new ToggleButton(label(severity), icon(severity));
            toggle.setSelected(true);
            toggle.getStyleClass().add("problems-severity-filter");
            toggle.selectedProperty().addListener(o -> applyFilter());
            severityFilters.put(severity, toggle);
            header.getChildren().add(toggle);
        }
        header.getChildren().add(textFilter);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("problems-header");
        textFilter.textProperty().addListener(o -> applyFilter());

        buildTable();
        setTop(header);
        setCenter(table);
        setBottom(details);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> details.show(now));
        addSource(new SessionProblems(session));
    }

    /** Adds a source of problems (a validator, say); its findings show from now on. */
    public void addSource(ProblemSource source) {
        Objects.requireNonNull(source, "source");
        sources.add(source);
        source.problems().addListener(refresh);
        refresh();
    }

    /** Called with the location of an opened row, after its element was selected; the window moves the YAML pane there. */
    public void setOnNavigate(Consumer<SourceLocation> onNavigate) {
        this.onNavigate = Objects.requireNonNull(onNavigate, "onNavigate");
    }

    /** Shows "Checking…" in the header while {@code running} is true (findings may be out of date). */
    public void showProgress(javafx.beans.value.ObservableBooleanValue running) {
        checking.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(running::get, running));
    }

    /** Called with the address of a rule's documentation link; by default it is copied to the clipboard. */
    public void setOnOpenLink(Consumer<String> onOpenLink) {
        this.onOpenLink = Objects.requireNonNull(onOpenLink, "onOpenLink");
    }

    /** The header's counts over all problems, whatever the filters: "2 errors, 3 warnings" or "No problems". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Every problem of every source, unfiltered. */
    public List<Problem> problems() {
        return List.copyOf(all);
    }

    public TableView<Problem> table() {
        return table;
    }

    public TextField textFilter() {
        return textFilter;
    }

    /** Shows or hides problems of one severity. */
    public void setSeverityShown(Severity severity, boolean shown) {
        severityFilters.get(severity).setSelected(shown);
    }

    /** Selects the element the problem is about and asks the window to show its place. */
    public void open(Problem problem) {
        SourceLocation where = problem.location();
        problem.details().element()
                .filter(ref -> session.snapshot().locationOf(ref).isPresent())
                .or(() -> locator.elementAt(session.snapshot(), where))
                .ifPresent(ref -> session.selection().setAll(ref));
        if (where.isKnown()) {
            onNavigate.accept(where);
        }
    }

    /** Runs the problem's quick fix as one undoable edit; false when it has none or it changed nothing. */
    public boolean applyFix(Problem problem) {
        Optional<QuickFix> fix = problem.details().fix();
        if (fix.isEmpty()) {
            return false;
        }
        return session.execute(fix.get().command());
    }

    /** The details under the table (rule, why, link, fix) of the selected problem. */
    public Node detailsPane() {
        return details;
    }

    private void copyLink(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        session.setStatus("Copied " + url);
    }

    private void refresh() {
        List<Problem> rows = new ArrayList<>();
        for (ProblemSource source : sources) {
            List<Problem> found = source.problems().getValue();
            if (found != null) {
                rows.addAll(found);
            }
        }
        // The validator explains what the loader also reports (an unset variable, say): keep its row only.
        List<Problem> explained = rows.stream().filter(p -> !p.ruleId().isEmpty() && p.location().isKnown()).toList();
        rows.removeIf(p -> p.ruleId().isEmpty() && p.location().isKnown() && explained.stream().anyMatch(
                e -> e.location().file().equals(p.location().file()) && e.location().line() == p.location().line()));
        // Until the user sorts: errors first, then by file and line, as a compiler lists them.
        rows.sort(Comparator.comparing(Problem::severity)
                .thenComparing(p -> p.location().file())
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        all.setAll(rows);
        StringJoiner text = new StringJoiner(", ");
        for (Severity severity : Severity.values()) {
            long n = rows.stream().filter(p -> p.severity() == severity).count();
            if (n > 0) {
                text.add(severity.count(n));
            }
        }
        summary.set(rows.isEmpty() ? "No problems" : text.toString());
        counts.setText(summary.get());
    }

    private void applyFilter() {
        String needle = textFilter.getText() == null ? "" : textFilter.getText().trim().toLowerCase(Locale.ROOT);
        filtered.setPredicate(p -> severityFilters.get(p.severity()).isSelected()
                && (needle.isEmpty() || (p.message() + " " + p.location().file() + " " + p.ruleId())
                        .toLowerCase(Locale.ROOT).contains(needle)));
    }

    private void buildTable() {
        TableColumn<Problem, Severity> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().severity()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : icon(item));
                setAccessibleText(empty || item == null ? null : item.name().toLowerCase(Locale.ROOT));
            }
        });
        severity.setPrefWidth(32);
        severity.setSortable(true);

        TableColumn<Problem, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().message()));
        message.setPrefWidth(480);
        TableColumn<Problem, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().location().file()));
        file.setPrefWidth(160);
        TableColumn<Problem, SourceLocation> position = new TableColumn<>("Line");
        position.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().location()));
        position.setComparator(Comparator.comparingInt(SourceLocation::line).thenComparingInt(SourceLocation::column));
        position.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SourceLocation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || !item.isKnown() ? null : item.line() + ":" + item.column());
            }
        });
        position.setPrefWidth(70);
        TableColumn<Problem, String> rule = new TableColumn<>("Rule");
        rule.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().ruleId()));
        rule.setPrefWidth(120);
        TableColumn<Problem, Problem> fix = new TableColumn<>("Fix");
        fix.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        fix.setSortable(false);
        fix.setCellFactory(c -> new FixCell());
        fix.setPrefWidth(70);

        List<TableColumn<Problem, ?>> columns = List.of(severity, message, file, position, rule, fix);
        table.getColumns().setAll(columns);
        table.setPlaceholder(new Label("No problems"));
        table.getStyleClass().add("problems-table");

        SortedList<Problem> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.setRowFactory(t -> {
            TableRow<Problem> row = new TableRow<>() {
                @Override
                protected void updateItem(Problem item, boolean empty) {
                    super.updateItem(item, empty);
                    String text = empty || item == null ? "" : item.details().explanation();
                    setTooltip(text.isEmpty() ? null : wrapped(text));
                    setContextMenu(empty || item == null ? null : menu(item));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Problem selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open(selected);
                e.consume();
            } else if (FIX_KEY.match(e) && selected != null) {
                applyFix(selected);
                e.consume();
            }
        });
    }

    private ContextMenu menu(Problem problem) {
        MenuItem open = new MenuItem("Show in YAML");
        open.setOnAction(e -> open(problem));
        ContextMenu menu = new ContextMenu(open);
        problem.details().fix().ifPresent(f -> {
            MenuItem item = new MenuItem("Fix: " + f.description());
            item.setAccelerator(FIX_KEY);
            item.setOnAction(e -> applyFix(problem));
            menu.getItems().add(0, item);
        });
        return menu;
    }

    private static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        return tip;
    }

    /** A "Fix" button on rows that have a quick fix. */
    private final class FixCell extends TableCell<Problem, Problem> {
        private final Button button = new Button("Fix");

        FixCell() {
            button.getStyleClass().add("problems-fix-button");
            button.setOnAction(e -> {
                if (getItem() != null) {
                    applyFix(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Problem item, boolean empty) {
            super.updateItem(item, empty);
            boolean offered = !empty && item != null && item.hasFix();
            setGraphic(offered ? button : null);
            button.setTooltip(offered ? new Tooltip(item.details().fix().get().description()
                    + " (" + FIX_KEY.getDisplayText() + ")") : null);
        }
    }

    private static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }

    static FontIcon icon(Severity severity) {
        Ikon ikon = switch (severity) {
            case ERROR -> MaterialDesignA.ALERT_CIRCLE;
            case WARNING -> MaterialDesignA.ALERT;
            case INFO -> MaterialDesignI.INFORMATION;
        };
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll("problems-icon", "problems-icon-" + severity.name().toLowerCase(Locale.ROOT));
        return icon;
    }
}
