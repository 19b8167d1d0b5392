package org.stackcanvas.ui;

/** What the menus and shortcuts ask of the canvas. */
public interface CanvasActions {

    void deleteSelection();

    void selectAll();

    void copy();

    void paste();

    void duplicate();

    void renameSelected();

    void zoomIn();

    void zoomOut();

    void zoomReset();

    void fitToView();

    void autoLayout();

    /** Does nothing: for views that have no canvas yet. */
    CanvasActions NONE = new CanvasActions() {
        @Override public void deleteSelection() { }
        @Override public void selectAll() { }
        @Override public void copy() { }
        @Override public void paste() { }
        @Override public void duplicate() { }
        @Override public void renameSelected() { }
        @Override public void zoomIn() { }
        @Override public void zoomOut() { }
        @Override public void zoomReset() { }
        @Override public void fitToView() { }
        @Override public void autoLayout() { }
    };
}
