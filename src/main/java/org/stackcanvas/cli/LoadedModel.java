package org.stackcanvas.cli;

import java.io.PrintStream;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.model.ModelBuilder;
import org.stackcanvas.model.ModelProblem;
import org.stackcanvas.model.ModelResult;
import org.stackcanvas.project.LoadWarning;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/** A project loaded for a command, with its model; warnings and model problems go to standard error. */
record LoadedModel(LoadedProject project, ModelResult result) {

    static LoadedModel load(ProjectOptions options, PrintStream err) throws DocumentException {
        LoadedProject project = new ProjectLoader().load(options);
        for (LoadWarning warning : project.warnings()) {
            err.println(warning.describe());
        }
        ModelResult result = new ModelBuilder().build(project.model());
        for (ModelProblem problem : result.problems()) {
            err.println(problem);
        }
        return new LoadedModel(project, result);
    }
}
