package org.stackcanvas.export;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes plain data as new block-style YAML, for generated output such as {@code config}. (Editing
 * the user's own files never re-emits YAML; that goes through text patches.)
 */
public final class YamlText {

    private YamlText() {
    }

    public static String write(Object value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        return new Yaml(options).dump(value);
    }
}
