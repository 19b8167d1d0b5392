package org.stackcanvas.ui.inspector;

import org.stackcanvas.edit.SetAttributeCommand;

/** {@code image}, shown as repository and tag so a version bump is one field. */
final class ImageSection extends InspectorSection {

    private final CommitField repository = new CommitField("image");
    private final CommitField tag = new CommitField("image-tag");
    private ServiceContext context;

    ImageSection() {
        super("Image", "section-image");
        repository.prompt("nginx").onCommit(text -> write(text, tag.textField().getText()));
        tag.prompt("latest").onCommit(text -> write(repository.textField().getText(), text));
        row("Image", repository);
        row("Tag", tag);
    }

    private boolean write(String repo, String version) {
        String image = repo.trim().isEmpty() ? null : repo.trim() + (version.isBlank() ? "" : ":" + version.trim());
        return context.execute(new SetAttributeCommand(context.doc("image"), context.name(), "image", image));
    }

    @Override
    void update(ServiceContext ctx) {
        this.context = ctx;
        String[] raw = split(ctx.rawText("image"));
        repository.show(raw[0], ctx.resolvedText("image"));
        tag.show(raw[1]);
    }

    /** Repository and tag (or digest); the tag is after the last ':' that follows the last '/'. */
    static String[] split(String image) {
        int at = image.indexOf('@');
        if (at >= 0) {
            return new String[] {image.substring(0, at), image.substring(at)};
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        int brace = image.lastIndexOf('}');
        if (colon > slash && colon > brace) {
            return new String[] {image.substring(0, colon), image.substring(colon + 1)};
        }
        return new String[] {image, ""};
    }
}
