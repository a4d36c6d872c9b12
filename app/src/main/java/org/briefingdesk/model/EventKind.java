package org.briefingdesk.model;

public enum EventKind {
    SUMMIT, CONFERENCE, BILATERAL_MEETING, MULTILATERAL_MEETING, VISIT, CALL, OTHER
}
