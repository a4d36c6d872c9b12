package org.briefingdesk.logic.drafting;

/** The Czech cases a name or function appears in (the vocative does not appear in press releases). */
enum Case { NOM, GEN, DAT, ACC, LOC, INS }
