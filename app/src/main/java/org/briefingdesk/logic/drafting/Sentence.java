package org.briefingdesk.logic.drafting;

/** A sentence, or a heading line, of the release; {@code paragraph} counts from 0. */
record Sentence(Span span, boolean heading, int paragraph) {
}
