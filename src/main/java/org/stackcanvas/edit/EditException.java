package org.stackcanvas.edit;

import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;

/** An edit that cannot be made as asked; the message says why and what to do instead. */
public class EditException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public EditException(SourceLocation location, String message) {
        super(location, message);
    }

    public EditException(String file, String message) {
        super(SourceLocation.file(file).withoutPosition(), message);
    }
}
