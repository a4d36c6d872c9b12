package org.briefingdesk.model;

public enum StatementKind {
    VERBATIM_QUOTE, PARAPHRASE, POSITION
}
