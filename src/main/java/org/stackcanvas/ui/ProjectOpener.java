package org.stackcanvas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.session.EditorSession;

/** Opens a file or folder as Compose would: a folder discovers its compose and override files. */
final class ProjectOpener {

    private final Map<String, String> environment;

    ProjectOpener(Map<String, String> environment) {
        this.environment = environment;
    }

    EditorSession open(Path path) throws DocumentException {
        Path absolute = path.toAbsolutePath().normalize();
        ProjectOptions options = Files.isDirectory(absolute)
                ? ProjectOptions.builder(absolute).environment(environment).build()
                : ProjectOptions.builder(absolute.getParent()).configFile(absolute).environment(environment).build();
        return EditorSession.open(options);
    }

    EditorSession openUntitled(Path folder) throws DocumentException {
        return EditorSession.openUntitled(ProjectOptions.builder(folder).environment(environment).build());
    }
}
