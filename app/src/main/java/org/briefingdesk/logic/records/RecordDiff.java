package org.briefingdesk.logic.records;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.briefingdesk.model.StoredRecord;

/** Which fields of a record differ between two versions: what the change history names. */
public final class RecordDiff {
    private RecordDiff() {
    }

    /**
     * The names of the record components that differ ({@code audit} is never counted). With no
     * {@code before}, the fields that {@code after} fills in.
     */
    public static List<String> changedFields(StoredRecord before, StoredRecord after) {
        if (before != null && before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("different record kinds");
        }
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (component.getName().equals("audit")) {
                continue;
            }
            Object newValue = value(component, after);
            boolean differs = before == null ? isFilled(newValue) : !Objects.equals(value(component, before), newValue);
            if (differs) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static boolean isFilled(Object value) {
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return value != null;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
