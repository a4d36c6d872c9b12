package org.briefingdesk.ui.shell;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.briefingdesk.logic.store.RecordStore;

/**
 * Wraps a store so that every call made on the FX thread (to the store or to any repository, index
 * or backup object it hands out) is recorded: the FX thread only draws, so the list must stay empty.
 * Exact where a timing bound is only a proxy.
 */
final class FxThreadGuard {
    private final List<String> callsOnFxThread = new CopyOnWriteArrayList<>();

    RecordStore guard(RecordStore store) {
        return wrap(store, RecordStore.class);
    }

    List<String> callsOnFxThread() {
        return List.copyOf(callsOnFxThread);
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        Class<?> returned = method.getReturnType();
        boolean handsOutAPart = returned.isInterface()
                && returned.getPackageName().equals(RecordStore.class.getPackageName());
        // Names and flags the store holds; onOthersChanges only starts a listener thread of its own, and
        // integrityChecked hands out the future of a check that runs on a thread of its own.
        boolean readsAField = java.util.Set.of("location", "readOnly", "displayName", "shortName", "isLocalFile",
                "onOthersChanges", "integrityChecked").contains(method.getName());
        // Getting a repository does no work; calling it does.
        if (Platform.isFxApplicationThread() && !handsOutAPart && !readsAField
                && method.getDeclaringClass() != Object.class) {
            callsOnFxThread.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // Repositories, the index and backups are interfaces of the store's package: guard them too.
        if (result != null && handsOutAPart) {
            return wrapAs(result, returned);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private <T> T wrapAs(Object target, Class<T> type) {
        return wrap((T) target, type);
    }
}
