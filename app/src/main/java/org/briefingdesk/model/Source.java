package org.briefingdesk.model;

/** Where a fact comes from: a document title and/or a link. */
public record Source(String title, String url) {
    public Source {
        title = Text.trimToEmpty(title);
        url = Text.trimToEmpty(url);
    }
}
