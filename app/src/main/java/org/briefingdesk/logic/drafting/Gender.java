package org.briefingdesk.logic.drafting;

/** A person's grammatical gender, as names, functions and past-tense verbs show it. */
enum Gender { MASCULINE, FEMININE }
