package org.stackcanvas.ui.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.yaml.ElementLocator;

/**
 * The Problems tab: every problem of the open project in one table, filtered by severity and text,
 * with counts in the header. Opening a row (double-click or Enter) selects the element defined
 * there and asks the window to show the place ({@link #setOnNavigate}).
 */
public final class ProblemsView extends BorderPane {

    private final EditorSession session;
    private final List<ProblemSource> sources = new ArrayList<>();
    private final ObservableList<Problem> all = FXCollections.observableArrayList();
    private final FilteredList<Problem> filtered = new FilteredList<>(all);
    private final TableView<Problem> table = new TableView<>();
    private final Label counts = new Label();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Map<Severity, ToggleButton> severityFilters = new EnumMap<>(Severity.class);
    private final TextField textFilter = new TextField();
    private final ElementLocator locator = new ElementLocator();
    private final InvalidationListener refresh = o -> refresh();
    private Consumer<SourceLocation> onNavigate = location -> { };

    public ProblemsView(EditorSession session) {
        this.session = Objects.requireNonNull(session, "session");
        getStyleClass().add("problems-view");
        getStylesheets().add(Objects.requireNonNull(ProblemsView.class.getResource("problems.css")).toExternalForm());

        counts.getStyleClass().add("problems-counts");
        textFilter.setPromptText("Filter problems");
        textFilter.getStyleClass().add("problems-filter");
        HBox header = new HBox(8, counts);
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

    /** Selects the element defined at the problem's place and asks the window to show it. */
    public void open(Problem problem) {
        SourceLocation where = problem.location();
        if (!where.isKnown()) {
            return;
        }
        locator.elementAt(session.snapshot(), where).ifPresent(ref -> session.selection().setAll(ref));
        onNavigate.accept(where);
    }

    private void refresh() {
        List<Problem> rows = new ArrayList<>();
        for (ProblemSource source : sources) {
            List<Problem> found = source.problems().getValue();
            if (found != null) {
                rows.addAll(found);
            }
        }
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

        List<TableColumn<Problem, ?>> columns = List.of(severity, message, file, position, rule);
        table.getColumns().setAll(columns);
        table.setPlaceholder(new Label("No problems"));
        table.getStyleClass().add("problems-table");

        SortedList<Problem> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.setRowFactory(t -> {
            TableRow<Problem> row = new TableRow<>();
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
            }
        });
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
