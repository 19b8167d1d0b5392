package org.stackcanvas.ui.palette;

/** Where palette entries can be dropped (the canvas). Points are in scene coordinates. */
public interface PaletteDropTarget {

    /** Shows where the entry would land; returns whether it can be dropped there. */
    boolean previewDrop(PaletteEntry entry, double sceneX, double sceneY);

    void cancelPreview();

    /** Creates the entry at the point, as one undoable step; returns whether something was created. */
    boolean drop(PaletteEntry entry, double sceneX, double sceneY);

    /** Creates the entry in the middle of the visible area. */
    boolean add(PaletteEntry entry);
}
