package org.stackcanvas.ui.icons;

import java.util.Map;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** Material Design glyphs for the icon keys of {@link org.stackcanvas.diagram.IconCatalog}. */
public final class NodeIcons {

    private static final Map<String, Ikon> ICONS = Map.ofEntries(
            Map.entry("postgres", MaterialDesignD.DATABASE), Map.entry("mysql", MaterialDesignD.DATABASE),
            Map.entry("mongo", MaterialDesignL.LEAF), Map.entry("redis", MaterialDesignL.LIGHTNING_BOLT),
            Map.entry("nginx", MaterialDesignW.WEB), Map.entry("proxy", MaterialDesignS.SWAP_HORIZONTAL),
            Map.entry("python", MaterialDesignL.LANGUAGE_PYTHON), Map.entry("node", MaterialDesignN.NODEJS),
            Map.entry("go", MaterialDesignL.LANGUAGE_GO), Map.entry("java", MaterialDesignL.LANGUAGE_JAVA),
            Map.entry("php", MaterialDesignL.LANGUAGE_PHP), Map.entry("search", MaterialDesignM.MAGNIFY),
            Map.entry("queue", MaterialDesignM.MESSAGE_PROCESSING), Map.entry("monitor", MaterialDesignC.CHART_LINE),
            Map.entry("generic", MaterialDesignC.CUBE_OUTLINE), Map.entry("network", MaterialDesignL.LAN),
            Map.entry("volume", MaterialDesignH.HARDDISK), Map.entry("folder", MaterialDesignF.FOLDER_OUTLINE),
            Map.entry("envfile", MaterialDesignF.FILE_DOCUMENT_OUTLINE), Map.entry("secret", MaterialDesignK.KEY_VARIANT),
            Map.entry("config", MaterialDesignF.FILE_COG));

    private NodeIcons() {
    }

    public static Ikon ikon(String key) {
        return ICONS.getOrDefault(key, MaterialDesignC.CUBE_OUTLINE);
    }

    /** A glyph styled by the {@code node-icon} class (size and colour come from the stylesheet). */
    public static FontIcon icon(String key) {
        FontIcon icon = new FontIcon(ikon(key));
        icon.getStyleClass().add("node-icon");
        return icon;
    }
}
