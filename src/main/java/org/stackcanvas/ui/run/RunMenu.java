package org.stackcanvas.ui.run;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The Run menu and the toolbar's Run group. While an action runs, the others are disabled and
 * Cancel is enabled.
 */
public final class RunMenu {

    static final Ikon UP = MaterialDesignP.PLAY;
    static final Ikon UP_SELECTED = MaterialDesignP.PLAY_BOX_MULTIPLE_OUTLINE;
    static final Ikon STOP = MaterialDesignS.STOP;
    static final Ikon START = MaterialDesignP.PLAY_OUTLINE;
    static final Ikon RESTART = MaterialDesignR.RESTART;
    static final Ikon DOWN = MaterialDesignD.DELETE_SWEEP_OUTLINE;
    static final Ikon BUILD = MaterialDesignH.HAMMER_WRENCH;
    static final Ikon PULL = MaterialDesignT.TRAY_ARROW_DOWN;
    static final Ikon CANCEL = MaterialDesignC.CLOSE_OCTAGON_OUTLINE;

    private final RunActions run;
    private final RunPanel panel;

    public RunMenu(RunActions run, RunPanel panel) {
        this.run = run;
        this.panel = panel;
    }

    public Menu menu() {
        MenuItem cancel = new MenuItem("Cancel", new FontIcon(CANCEL));
        cancel.setId("run-menu-cancel");
        cancel.setOnAction(e -> run.cancel());
        cancel.disableProperty().bind(run.runningProperty().not());
        Menu menu = new Menu("Run", null,
                item("Up", "run-menu-up", UP, "F5", run::up),
                item("Up Selected", "run-menu-up-selected", UP_SELECTED, "Shortcut+F5", run::upSelected),
                item("Stop", "run-menu-stop", STOP, null, run::stop),
                item("Start", "run-menu-start", START, null, run::start),
                item("Restart", "run-menu-restart", RESTART, null, run::restart),
                item("Down\u2026", "run-menu-down", DOWN, "Shift+F5", run::down),
                new SeparatorMenuItem(),
                item("Build", "run-menu-build", BUILD, null, run::build),
                item("Pull", "run-menu-pull", PULL, null, run::pull),
                new SeparatorMenuItem(),
                cancel,
                new SeparatorMenuItem(),
                plain("Run Output", "run-menu-output", panel::showOutput),
                plain("Run Settings\u2026", "run-menu-settings", run::editSettings));
        menu.setId("menu-run");
        return menu;
    }

    /** The toolbar group: Up, Up Selected, Stop, Restart, Down, Build, Pull, Cancel. */
    public List<Node> toolbarItems() {
        Button cancel = plainButton(CANCEL, "Cancel the running action", "run-button-cancel", run::cancel);
        cancel.disableProperty().bind(run.runningProperty().not());
        return List.of(
                button(UP, "Up: start the stack (F5)", "run-button-up", run::up),
                button(UP_SELECTED, "Up the selected services (Ctrl+F5)", "run-button-up-selected", run::upSelected),
                button(STOP, "Stop the stack", "run-button-stop", run::stop),
                button(RESTART, "Restart the stack", "run-button-restart", run::restart),
                button(DOWN, "Down: remove the stack's containers (Shift+F5)", "run-button-down", run::down),
                button(BUILD, "Build the services with build:", "run-button-build", run::build),
                button(PULL, "Pull the images", "run-button-pull", run::pull),
                cancel);
    }

    private MenuItem item(String text, String id, Ikon icon, String accelerator, Runnable action) {
        MenuItem item = plain(text, id, action);
        item.setGraphic(new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.disableProperty().bind(run.runningProperty());
        return item;
    }

    private static MenuItem plain(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** An action that waits while another runs. */
    private Button button(Ikon icon, String tip, String id, Runnable action) {
        Button button = plainButton(icon, tip, id, action);
        button.disableProperty().bind(run.runningProperty());
        return button;
    }

    private static Button plainButton(Ikon icon, String tip, String id, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        org.stackcanvas.ui.HoverTooltip.install(button, tip);
        button.getStyleClass().add("flat");
        button.setOnAction(e -> action.run());
        return button;
    }
}
