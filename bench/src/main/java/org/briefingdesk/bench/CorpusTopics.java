package org.briefingdesk.bench;

import java.util.List;

/** The corpus's topic tree (Czech and English names): eight areas, each with two or three sub-topics. */
final class CorpusTopics {
    /** A topic and the index of its parent in {@link #ALL}, or -1. */
    record Entry(String name, String nameEn, int parent) {
    }

    static final List<Entry> ALL = List.of(
            new Entry("migrace", "migration", -1),
            new Entry("návraty", "returns", 0),
            new Entry("legální migrace", "legal migration", 0),
            new Entry("ochrana hranic", "border protection", -1),
            new Entry("ochrana vnějších hranic", "external border protection", 3),
            new Entry("biometrie", "biometrics", 3),
            new Entry("drony na hranicích", "border drones", 3),
            new Entry("azyl", "asylum", -1),
            new Entry("azylové řízení", "asylum procedure", 7),
            new Entry("pakt o migraci a azylu", "pact on migration and asylum", 7),
            new Entry("vnitřní bezpečnost", "internal security", -1),
            new Entry("policejní spolupráce", "police cooperation", 10),
            new Entry("výměna údajů", "data exchange", 10),
            new Entry("terorismus", "terrorism", -1),
            new Entry("radikalizace", "radicalisation", 13),
            new Entry("kybernetická bezpečnost", "cyber security", -1),
            new Entry("kritická infrastruktura", "critical infrastructure", 15),
            new Entry("převaděčství", "people smuggling", -1),
            new Entry("obchod s lidmi", "human trafficking", 17),
            new Entry("integrace", "integration", -1),
            new Entry("uprchlíci z Ukrajiny", "refugees from Ukraine", 19));

    static final int COUNT = ALL.size();

    private CorpusTopics() {
    }
}
