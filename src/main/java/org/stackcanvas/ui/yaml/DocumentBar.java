package org.stackcanvas.ui.yaml;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** One toggle per file of the project, shown only when there are several; one is always chosen. */
final class DocumentBar extends HBox {

    private final ToggleGroup toggles = new ToggleGroup();

    /** {@code onChosen} hears the document the user picked. */
    DocumentBar(Consumer<String> onChosen) {
        Objects.requireNonNull(onChosen, "onChosen");
        getStyleClass().add("yaml-documents");
        toggles.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null && before != null) {
                before.setSelected(true); // one file is always shown
            } else if (now != null) {
                onChosen.accept((String) now.getUserData());
            }
        });
    }

    /** Shows a toggle per name (rebuilt only when the names change), {@code shown} chosen. */
    void setDocuments(List<String> names, String shown) {
        List<Object> current = toggles.getToggles().stream().map(t -> t.getUserData()).toList();
        if (!current.equals(names)) {
            toggles.getToggles().clear();
            getChildren().clear();
            for (String name : names) {
                ToggleButton button = new ToggleButton(shortName(name));
                button.setUserData(name);
                org.stackcanvas.ui.HoverTooltip.install(button, name);
                button.setToggleGroup(toggles);
                button.setSelected(name.equals(shown));
                button.getStyleClass().add("yaml-document-tab");
                getChildren().add(button);
            }
        }
        boolean several = names.size() > 1;
        setVisible(several);
        setManaged(several);
    }

    /** Marks {@code name} as the chosen one without telling the listener anything new. */
    void choose(String name) {
        toggles.getToggles().stream().filter(t -> name.equals(t.getUserData()))
                .findFirst().ifPresent(t -> t.setSelected(true));
    }

    private static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }
}
