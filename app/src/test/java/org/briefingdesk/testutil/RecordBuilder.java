package org.briefingdesk.testutil;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * Builds records for tests: {@code anEvent()} and its kin start from a typical record with a new id,
 * {@code from(x)} copies a record to change a few fields; {@code with(Event::title, "…")} sets a field, named
 * by the record's own accessor, so that a field renamed in the model is renamed here too.
 */
public final class RecordBuilder<R extends Record & StoredRecord> {
    /** A record's accessor, serializable so that its name can be read. */
    @FunctionalInterface
    public interface Component<R, V> extends Function<R, V>, Serializable {
    }

    private final R template;
    private final RecordComponent[] components;
    private final Object[] values;

    private RecordBuilder(R record) {
        this.template = record;
        this.components = record.getClass().getRecordComponents();
        this.values = Arrays.stream(components).map(c -> invoke(c.getAccessor(), record)).toArray();
    }

    public static <R extends Record & StoredRecord> RecordBuilder<R> from(R record) {
        return new RecordBuilder<>(record);
    }

    public static RecordBuilder<Event> anEvent() {
        return from(TypicalRecords.summit(null, List.of())).with(Event::id, UUID.randomUUID());
    }

    public static RecordBuilder<Person> aPerson() {
        return from(TypicalRecords.person("Vít", "Rakušan")).with(Person::id, UUID.randomUUID());
    }

    public static RecordBuilder<Organisation> anOrganisation() {
        return from(TypicalRecords.homeOffice()).with(Organisation::id, UUID.randomUUID());
    }

    public static RecordBuilder<Report> aReport() {
        return from(TypicalRecords.report(null)).with(Report::id, UUID.randomUUID());
    }

    public static RecordBuilder<Statement> aStatement() {
        Statement typical = TypicalRecords.statement(null, null, "Chceme co nejdříve schválit novelu.");
        return from(typical).with(Statement::id, UUID.randomUUID());
    }

    public static RecordBuilder<Commitment> aCommitment() {
        return from(TypicalRecords.commitment(null)).with(Commitment::id, UUID.randomUUID());
    }

    public static RecordBuilder<Topic> aTopic() {
        return from(TypicalRecords.topic("migrace", null)).with(Topic::id, UUID.randomUUID());
    }

    public <V> RecordBuilder<R> with(Component<R, V> component, V value) {
        values[indexOf(component)] = value;
        return this;
    }

    /** A list field from its items. */
    @SafeVarargs
    public final <V> RecordBuilder<R> withAll(Component<R, List<V>> component, V... items) {
        return with(component, List.of(items));
    }

    public RecordBuilder<R> sensitivity(Sensitivity value) {
        return info(info().withSensitivity(value));
    }

    public RecordBuilder<R> sources(Source... items) {
        return info(info().withSources(List.of(items)));
    }

    /** As if never saved: the store fills in the audit. */
    public RecordBuilder<R> unsaved() {
        return info(info().withAudit(Audit.NEW));
    }

    @SuppressWarnings("unchecked")
    public R build() {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return (R) template.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a " + template.getClass().getSimpleName(), e);
        }
    }

    private RecordInfo info() {
        return (RecordInfo) values[indexOf("info")];
    }

    private RecordBuilder<R> info(RecordInfo value) {
        values[indexOf("info")] = value;
        return this;
    }

    private int indexOf(Component<R, ?> component) {
        try {
            Method writeReplace = component.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return indexOf(((SerializedLambda) writeReplace.invoke(component)).getImplMethodName());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Not a record accessor: " + component, e);
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(template.getClass().getSimpleName() + " has no field " + name);
    }

    private static Object invoke(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
