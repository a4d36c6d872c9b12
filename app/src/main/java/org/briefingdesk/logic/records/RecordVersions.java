package org.briefingdesk.logic.records;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.StoredRecord;

/**
 * A record's content as a new version of another: the same fields with the audit of the version it
 * replaces. A team server refuses a save over a version the writer has not seen, and the audit names
 * the version seen: putting an older content back (undo) or keeping one's own over someone else's
 * (a conflict settled) is saving it "over" the stored version.
 */
public final class RecordVersions {
    private RecordVersions() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends StoredRecord> T over(T content, Audit stored) {
        RecordComponent[] components = content.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Object value = components[i].getAccessor().invoke(content);
                values[i] = value instanceof RecordInfo info ? info.withAudit(stored) : value;
            }
            Constructor<?> canonical = content.getClass().getDeclaredConstructor(types);
            return (T) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + content.getClass().getSimpleName(), e);
        }
    }

    /** {@link #over} the stored version, or the content as it is when nothing is stored. */
    public static <T extends StoredRecord> T over(T content, StoredRecord stored) {
        return stored == null ? content : over(content, stored.audit());
    }
}
