package org.briefingdesk.logic.records;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.briefingdesk.model.StoredRecord;

/** One record made of two versions field by field: the conflict review's "take theirs" for some fields. */
public final class RecordMerge {
    private RecordMerge() {
    }

    /**
     * Ours with the named fields (record components, as {@link RecordDiff} names them) taken from theirs; the id
     * and the audit stay ours.
     */
    @SuppressWarnings("unchecked")
    public static <T extends StoredRecord> T fields(T ours, T theirs, Set<String> theirFields) {
        if (ours.getClass() != theirs.getClass()) {
            throw new IllegalArgumentException("different record kinds");
        }
        RecordComponent[] components = ours.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                boolean takeTheirs = theirFields.contains(c.getName()) && !c.getName().equals("id")
                        && !c.getName().equals("audit");
                values[i] = c.getAccessor().invoke(takeTheirs ? theirs : ours);
                types[i] = c.getType();
            }
            Constructor<?> constructor = ours.getClass().getDeclaredConstructor(types);
            return (T) constructor.newInstance(values);
        } catch (IllegalAccessException | InvocationTargetException | NoSuchMethodException
                 | InstantiationException e) {
            throw new IllegalStateException("cannot merge " + ours.getClass().getSimpleName(), e);
        }
    }
}
