package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.stackcanvas.document.ComposeDocument;

/**
 * The documents of an open project by name, as commands change them. Listeners hear of every
 * replaced document (the editor re-derives its model from there).
 */
public final class DocumentStore {

    private final Map<String, ComposeDocument> documents = new LinkedHashMap<>();
    private final List<Consumer<ComposeDocument>> listeners = new ArrayList<>();

    public static DocumentStore of(ComposeDocument... docs) {
        DocumentStore store = new DocumentStore();
        for (ComposeDocument doc : docs) {
            store.documents.put(doc.name(), doc);
        }
        return store;
    }

    public ComposeDocument get(String name) throws EditException {
        ComposeDocument doc = documents.get(name);
        if (doc == null) {
            throw new EditException(name, "this file is not open in the project");
        }
        return doc;
    }

    public List<ComposeDocument> all() {
        return List.copyOf(documents.values());
    }

    public void put(ComposeDocument doc) {
        Objects.requireNonNull(doc, "doc");
        documents.put(doc.name(), doc);
        for (Consumer<ComposeDocument> listener : List.copyOf(listeners)) {
            listener.accept(doc);
        }
    }

    public void addListener(Consumer<ComposeDocument> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<ComposeDocument> listener) {
        listeners.remove(listener);
    }
}
