package org.briefingdesk.model;

/** A person's role at an event. */
public enum ParticipationRole {
    HOST, HEAD_OF_DELEGATION, SPEAKER, PARTICIPANT, ACCOMPANYING
}
