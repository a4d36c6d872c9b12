package org.briefingdesk.ui.records;

/** A table column: its heading's bundle key, its preferred and its smallest width in pixels. */
public record Column(String titleKey, double width, double minWidth) {
    public Column(String titleKey, double width) {
        this(titleKey, width, Math.min(width, 90));
    }
}
