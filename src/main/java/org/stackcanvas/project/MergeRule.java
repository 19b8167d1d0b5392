package org.stackcanvas.project;

import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YValue;

/** How the value at one model path combines an earlier file's value ({@code base}) with a later one's. */
@FunctionalInterface
interface MergeRule {

    YValue merge(YValue base, YValue override, TreePath path, ModelMerger merger) throws DocumentException;
}
