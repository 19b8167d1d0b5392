package org.stackcanvas.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.check.*;
import org.stackcanvas.check.fix.DocumentEdit;
import org.stackcanvas.check.fix.ServiceEdit;
import org.stackcanvas.document.*;
import org.stackcanvas.model.*;

public final class SecretFileMissingRule extends AbstractRule {
    public SecretFileMissingRule() {
        super("secret-file-missing", Severity.ERROR, Category.REFERENCE, "Secret file not found",
                "A secret declared with file: is read from that path when the stack starts; a missing file stops "
                + "docker compose up. Create the file or fix the path (keep real secrets out of version control). "
                + "See https://docs.docker.com/reference/compose-file/secrets/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Secret e : ctx.model().secrets().values()) {
            if (e.file().isPresent() && !e.file().get().contains("$") && !ctx.exists(e.file().get())) {
                out.add(finding("secret " + e.key() + " reads " + e.file().get() + ", which does not exist",
                        e.location(), List.of("secrets", e.key(), "file")));
            }
        }
        return out;
    }
}
