package org.briefingdesk.logic.briefing;

import java.util.List;
import org.briefingdesk.logic.VisibleText;

/**
 * One piece of a briefing pack's content, independent of the output format. Renderers visit the
 * blocks ({@link Visitor}); they decide fonts and layout, the assembler decides what is said. Record
 * text in a block shows control characters and bidirectional overrides visibly ({@link VisibleText}),
 * whatever the format: they never act on the reader's viewer.
 */
public sealed interface PackBlock {

    <R> R accept(Visitor<R> visitor);

    /** The renderers' side: one method per block kind. */
    interface Visitor<R> {
        R subheading(Subheading block);

        R paragraph(Paragraph block);

        R quote(Quote block);

        R bullets(Bullets block);

        R facts(Facts block);

        R table(Table block);

        R note(Note block);
    }

    /** A heading inside a section (a topic, an event). */
    record Subheading(String text) implements PackBlock {
        public Subheading {
            text = VisibleText.of(text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.subheading(this);
        }
    }

    /** Running text, optionally led by a bold label ("Výsledky: ..."). */
    record Paragraph(String lead, String text) implements PackBlock {
        public Paragraph {
            lead = lead == null ? "" : VisibleText.of(lead);
            text = VisibleText.of(text);
        }

        public static Paragraph of(String text) {
            return new Paragraph("", text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    /**
     * Someone's words. {@code verbatim} marks a verbatim quote (set in quotation marks); the
     * marking says so in words too ("doslovná citace"), and the attribution names speaker, source, date.
     */
    record Quote(String text, boolean verbatim, String marking, String attribution) implements PackBlock {
        public Quote {
            text = VisibleText.of(text);
            attribution = VisibleText.of(attribution);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quote(this);
        }
    }

    record Bullets(List<String> items) implements PackBlock {
        public Bullets {
            items = items.stream().map(VisibleText::of).toList();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bullets(this);
        }
    }

    /** Label–value pairs, as a profile shows them. */
    record Facts(List<Fact> facts) implements PackBlock {
        public Facts {
            facts = List.copyOf(facts);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.facts(this);
        }
    }

    record Fact(String label, String value) {
        public Fact {
            value = VisibleText.of(value);
        }
    }

    /**
     * A table with a header row; every row has as many cells as the header. {@code weights} are the
     * columns' relative widths (empty: equal).
     */
    record Table(List<String> header, List<List<String>> rows, List<Integer> weights) implements PackBlock {
        public Table(List<String> header, List<List<String>> rows) {
            this(header, rows, List.of());
        }

        public Table {
            header = List.copyOf(header);
            weights = List.copyOf(weights);
            if (!weights.isEmpty() && weights.size() != header.size()) {
                throw new IllegalArgumentException(weights.size() + " weights for " + header.size() + " columns");
            }
            rows = rows.stream().map(row -> row.stream().map(VisibleText::of).toList()).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size()
                            + " headings");
                }
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /** A quiet remark: "nothing recorded", "2 records left out". */
    record Note(String text) implements PackBlock {
        public Note {
            text = VisibleText.of(text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.note(this);
        }
    }
}
