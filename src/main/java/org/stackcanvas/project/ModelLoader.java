package org.stackcanvas.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;

/**
 * Loads a list of compose files into one model, in compose-go's order for each file: interpolate,
 * apply {@code extends}, apply {@code include}, merge over the files before it, then remove the
 * duplicates merging created. The result may still hold {@code !reset} tombstones; the caller
 * finishes it with {@link ModelMerger#finish}.
 */
final class ModelLoader implements IncludeResolver.SubProjects {

    private final LoadSession session;
    private final ModelMerger merger;
    private final UniqueItems unique;
    private final IncludeResolver includes;

    ModelLoader(LoadSession session, ModelMerger merger, UniqueItems unique) {
        this.session = Objects.requireNonNull(session, "session");
        this.merger = Objects.requireNonNull(merger, "merger");
        this.unique = Objects.requireNonNull(unique, "unique");
        this.includes = new IncludeResolver(session, this);
    }

    /**
     * @param files            the files, first the main one, then those merged over it
     * @param projectDirectory the folder relative paths in these files mean
     * @param chain            the files that included these, outermost first (for include cycles)
     */
    @Override
    public YMap load(List<Path> files, Path projectDirectory, Scope scope, List<Path> chain) throws DocumentException {
        ExtendsResolver extendsResolver = new ExtendsResolver(session, merger, scope);
        YMap model = null;
        for (Path file : files) {
            String name = session.names().of(file);
            FileContext context = new FileContext(name, file.toAbsolutePath().normalize(), projectDirectory);
            YMap fileModel = session.model(file, scope, SourceLocation.file(name).withoutPosition(), "compose file");
            fileModel = extendsResolver.resolve(fileModel, context);
            List<Path> nextChain = new ArrayList<>(chain);
            nextChain.add(context.file());
            fileModel = includes.apply(fileModel, context, scope, nextChain);
            model = model == null ? merger.mergeFiles(YMap.empty(fileModel.location()), fileModel)
                    : merger.mergeFiles(model, fileModel);
            model = unique.apply(model);
        }
        if (model == null) {
            throw new IllegalArgumentException("no compose files to load");
        }
        return model;
    }
}
