package org.stackcanvas.check.dockerfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stackcanvas.check.AbstractRule;
import org.stackcanvas.check.Category;
import org.stackcanvas.check.CheckContext;
import org.stackcanvas.check.Finding;
import org.stackcanvas.check.Severity;

/** A rule over the Dockerfiles of services with {@code build:}; each file is checked once. */
public abstract class DockerfileRule extends AbstractRule {

    protected DockerfileRule(String id, Severity severity, String title, String why) {
        super(id, severity, Category.DOCKERFILE, title, why);
    }

    @Override
    public final List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DockerfileScope scope : context.dockerfiles()) {
            if (seen.add(scope.dockerfile().name())) {
                checkDockerfile(scope, out);
            }
        }
        return out;
    }

    public abstract void checkDockerfile(DockerfileScope scope, List<Finding> out);
}
