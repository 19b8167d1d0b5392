package org.stackcanvas.ui.run;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.runtime.RunAction;
import org.stackcanvas.runtime.StackActions;

/**
 * The Run part of a service node's context menu: Up, Stop, Start, Restart, and Build or Pull when
 * the services have {@code build:} or {@code image:}. It acts on the services it is made for: the
 * node, or every selected service when the node is part of the selection.
 */
public final class ServiceRunMenu {

    private final RunActions run;

    public ServiceRunMenu(RunActions run) {
        this.run = run;
    }

    /** The menu for these services (the project's current state decides Build and Pull). */
    public ContextMenu create(List<String> services, LoadedProject project) {
        if (services.isEmpty()) {
            return null;
        }
        String who = services.size() == 1 ? services.get(0) : services.size() + " services";
        List<MenuItem> items = new ArrayList<>(List.of(
                item("Up " + who, "node-run-up", RunMenu.UP, RunAction.UP, services),
                item("Stop " + who, "node-run-stop", RunMenu.STOP, RunAction.STOP, services),
                item("Start " + who, "node-run-start", RunMenu.START, RunAction.START, services),
                item("Restart " + who, "node-run-restart", RunMenu.RESTART, RunAction.RESTART, services)));
        List<String> buildable = services.stream().filter(s -> StackActions.builds(project, s)).toList();
        List<String> pullable = services.stream().filter(s -> StackActions.image(project, s).isPresent()).toList();
        if (!buildable.isEmpty() || !pullable.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        if (!buildable.isEmpty()) {
            items.add(item("Build " + name(buildable), "node-run-build", RunMenu.BUILD, RunAction.BUILD, buildable));
        }
        if (!pullable.isEmpty()) {
            String images = String.join(", ", StackActions.images(project, pullable));
            items.add(item("Pull " + images, "node-run-pull", RunMenu.PULL, RunAction.PULL, pullable));
        }
        ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
        menu.getStyleClass().add("service-run-menu");
        return menu;
    }

    private static String name(List<String> services) {
        return services.size() == 1 ? services.get(0) : services.size() + " services";
    }

    private MenuItem item(String text, String id, Ikon icon, RunAction action, List<String> services) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> run.run(action, services));
        item.setDisable(run.runningProperty().get());
        return item;
    }
}
