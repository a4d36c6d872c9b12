package org.briefingdesk.logic.records;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Text;

/**
 * Two versions of a record side by side, field by field: what a user sees when their save met a
 * newer version, or a bundle's record met the desk's. Only the fields that differ, each in words.
 */
public final class VersionComparison {
    /** One field: its label, and its value in each version ("—" when empty). */
    public record Row(String field, String mine, String theirs) {
    }

    private static final String EMPTY = "—";

    private VersionComparison() {
    }

    /**
     * @param names the label of a linked record (a person, a topic...), for ids
     */
    public static List<Row> rows(StoredRecord mine, StoredRecord theirs, Localization l10n,
                                 Function<UUID, String> names) {
        DisplayFormat format = new DisplayFormat(l10n, null);
        List<Row> rows = new ArrayList<>();
        for (String field : RecordDiff.changedFields(theirs, mine)) {
            rows.add(new Row(Text.capitalised(FieldLabels.label(l10n, mine.recordKind(), field)),
                    text(RecordDiff.fieldValue(mine, field), l10n, format, names),
                    text(RecordDiff.fieldValue(theirs, field), l10n, format, names)));
        }
        return rows;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String text(Object value, Localization l10n, DisplayFormat format, Function<UUID, String> names) {
        String text = words(value, l10n, format, names);
        return text.isBlank() ? EMPTY : text;
    }

    private static String words(Object value, Localization l10n, DisplayFormat format, Function<UUID, String> names) {
        if (value == null) {
            return "";
        } else if (value instanceof String s) {
            return s;
        } else if (value instanceof LocalDate d) {
            return format.date(d);
        } else if (value instanceof Enum<?> e) {
            return l10n.of(e);
        } else if (value instanceof UUID id) {
            return Objects.requireNonNullElse(names.apply(id), id.toString());
        } else if (value instanceof Collection<?> items) {
            return items.stream().map(i -> words(i, l10n, format, names)).filter(s -> !s.isBlank())
                    .collect(Collectors.joining("; "));
        } else if (value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                String part = words(value(c, value), l10n, format, names);
                if (!part.isBlank()) {
                    parts.add(part);
                }
            }
            return String.join(" · ", parts);
        }
        return value.toString();
    }
}
