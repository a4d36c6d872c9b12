package org.briefingdesk.logic.records;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefingdesk.model.StoredRecord;

/** Which fields of a record differ between two versions: what the change history names. */
public final class RecordDiff {
    /** Each record class's fields as a history names them, with their accessors: looked up once per class. */
    private static final ClassValue<Map<String, Method>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> fields = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                switch (component.getName()) {
                    case "id" -> {
                    }
                    case "info" -> {
                        fields.put("sensitivity", null);
                        fields.put("sources", null);
                    }
                    default -> fields.put(component.getName(), component.getAccessor());
                }
            }
            return Collections.unmodifiableMap(fields);
        }
    };

    private RecordDiff() {
    }

    /**
     * The names of the record components that differ, with the shared {@code info} counted as its
     * {@code sensitivity} and {@code sources} (the audit and the id are never counted: the store sets
     * them). With no {@code before}, the fields that {@code after} fills in.
     */
    public static List<String> changedFields(StoredRecord before, StoredRecord after) {
        if (before != null && before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("different record kinds");
        }
        Map<String, Object> old = before == null ? Map.of() : values(before);
        List<String> changed = new ArrayList<>();
        values(after).forEach((name, value) -> {
            boolean differs = before == null ? isFilled(value) : !Objects.equals(old.get(name), value);
            if (differs) {
                changed.add(name);
            }
        });
        return changed;
    }

    /** The names {@link #changedFields} can give for records of {@code type}, in record order. */
    public static List<String> fieldNames(Class<? extends StoredRecord> type) {
        return new ArrayList<>(FIELDS.get(type).keySet());
    }

    /** The value of a field that {@link #changedFields} names. */
    public static Object fieldValue(StoredRecord record, String field) {
        return values(record).get(field);
    }

    /** Each field a history can name with its value: the record's components, its info opened up. */
    private static Map<String, Object> values(StoredRecord record) {
        Map<String, Object> values = new LinkedHashMap<>();
        FIELDS.get(record.getClass()).forEach((name, accessor) -> values.put(name, switch (name) {
            case "sensitivity" -> record.sensitivity();
            case "sources" -> record.sources();
            default -> value(accessor, record);
        }));
        return values;
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

    private static Object value(Method accessor, StoredRecord record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
    }
}
