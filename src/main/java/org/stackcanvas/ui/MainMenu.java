package org.stackcanvas.ui;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.stackcanvas.ui.run.RunMenu;
import org.stackcanvas.ui.session.EditorSession;

/** The menu bar and toolbar, with the usual shortcuts; every entry does what it says. */
final class MainMenu {

    private final MainWindow window;
    private final FileActions files;
    private final EditorSession session;
    private final CanvasActions canvas;
    private final RunMenu run;

    MainMenu(MainWindow window, FileActions files) {
        this.window = window;
        this.files = files;
        this.session = window.session();
        this.canvas = window.views().canvasActions();
        this.run = new RunMenu(window.runActions(), window.runPanel());
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), run.menu(), helpMenu());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        return menu("File",
                item("New", "Shortcut+N", files::newEmpty),
                item("New from Sample", null, files::newFromSample),
                item("Open File\u2026", "Shortcut+O", files::openFile),
                item("Open Folder\u2026", "Shortcut+Shift+O", files::openFolder),
                recent,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", files::save),
                item("Save As\u2026", "Shortcut+Shift+S", files::saveAs),
                item("Export Diagram (PNG/SVG)\u2026", "Shortcut+E", files::exportDiagram),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> {
                    if (files.confirmDiscard()) {
                        window.stage().close();
                    }
                }));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : files.recent().list()) {
            recent.getItems().add(item(path.toString(), null, () -> files.open(path)));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", session::undo);
        undo.disableProperty().bind(session.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", session::redo);
        redo.disableProperty().bind(session.canRedoProperty().not());
        undo.setOnMenuValidation(e -> undo.setText(session.commandStack().undoDescription()
                .map(d -> "Undo " + d).orElse("Undo")));
        return menu("Edit", undo, redo, new SeparatorMenuItem(),
                item("Copy", "Shortcut+C", canvas::copy),
                item("Paste", "Shortcut+V", canvas::paste),
                item("Duplicate", "Shortcut+D", canvas::duplicate),
                item("Delete", "Delete", canvas::deleteSelection),
                item("Rename", "F2", canvas::renameSelected),
                new SeparatorMenuItem(),
                item("Select All", "Shortcut+A", canvas::selectAll));
    }

    private Menu viewMenu() {
        return menu("View",
                item("Zoom In", "Shortcut+Plus", canvas::zoomIn),
                item("Zoom Out", "Shortcut+Minus", canvas::zoomOut),
                item("Actual Size", "Shortcut+0", canvas::zoomReset),
                item("Fit to View", "Shortcut+Shift+F", canvas::fitToView),
                item("Automatic Layout", "Shortcut+L", canvas::autoLayout),
                new SeparatorMenuItem(),
                item("Toggle Dark Theme", "Shortcut+Shift+T", window::toggleTheme));
    }

    private Menu helpMenu() {
        return menu("Help", item("About StackCanvas", null, () -> session.setStatus(
                "StackCanvas \u2014 compose stacks on a canvas; files saved byte for byte")));
    }

    ToolBar toolBar() {
        Button undo = button(MaterialDesignU.UNDO, "Undo (Ctrl+Z)", session::undo);
        undo.disableProperty().bind(session.canUndoProperty().not());
        Button redo = button(MaterialDesignR.REDO, "Redo (Ctrl+Shift+Z)", session::redo);
        redo.disableProperty().bind(session.canRedoProperty().not());
        ToolBar bar = new ToolBar(
                button(MaterialDesignF.FILE_PLUS_OUTLINE, "New (Ctrl+N)", files::newEmpty),
                button(MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open (Ctrl+O)", files::openFile),
                button(MaterialDesignC.CONTENT_SAVE_OUTLINE, "Save (Ctrl+S)", files::save),
                new javafx.scene.control.Separator(), undo, redo,
                new javafx.scene.control.Separator(),
                button(MaterialDesignD.DELETE_OUTLINE, "Delete (Del)", canvas::deleteSelection),
                button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (Ctrl++)", canvas::zoomIn),
                button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (Ctrl+-)", canvas::zoomOut),
                button(MaterialDesignF.FIT_TO_SCREEN_OUTLINE, "Fit to view (Ctrl+Shift+F)", canvas::fitToView),
                button(MaterialDesignS.SITEMAP_OUTLINE, "Automatic layout (Ctrl+L)", canvas::autoLayout),
                new javafx.scene.control.Separator());
        bar.getItems().addAll(run.toolbarItems());
        bar.getItems().addAll(new javafx.scene.control.Separator(),
                button(MaterialDesignT.THEME_LIGHT_DARK, "Light / dark theme", window::toggleTheme));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Menu menu(String title, MenuItem... items) {
        Menu menu = new Menu(title, null, items);
        menu.setId("menu-" + title.toLowerCase());
        return menu;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        HoverTooltip.install(button, tip);
        button.getStyleClass().add("flat");
        button.setOnAction(e -> action.run());
        return button;
    }
}
