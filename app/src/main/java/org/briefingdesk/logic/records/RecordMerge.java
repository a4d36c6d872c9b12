package org.briefingdesk.logic.records;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.StoredRecord;

/** One record made of two versions field by field: the conflict review's "take theirs" for some fields. */
public final class RecordMerge {
    private RecordMerge() {
    }

    /**
     * Ours with the named fields (as {@link RecordDiff} names them: components, and sensitivity and sources for
     * the shared info) taken from theirs; the id and the audit stay ours.
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
                types[i] = c.getType();
                if (c.getName().equals("info")) {
                    // The shared info is named by its parts; the audit stays ours.
                    values[i] = new RecordInfo(
                            (theirFields.contains("sensitivity") ? theirs : ours).sensitivity(),
                            (theirFields.contains("sources") ? theirs : ours).sources(), ours.audit());
                    continue;
                }
                boolean takeTheirs = theirFields.contains(c.getName()) && !c.getName().equals("id");
                values[i] = c.getAccessor().invoke(takeTheirs ? theirs : ours);
            }
            Constructor<?> constructor = ours.getClass().getDeclaredConstructor(types);
            return (T) constructor.newInstance(values);
        } catch (IllegalAccessException | InvocationTargetException | NoSuchMethodException
                 | InstantiationException e) {
            throw new IllegalStateException("cannot merge " + ours.getClass().getSimpleName(), e);
        }
    }
}
