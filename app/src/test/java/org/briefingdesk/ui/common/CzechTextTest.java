package org.briefingdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock(Locks.FX_TOOLKIT)
class CzechTextTest {
    @Test
    void sortsByCzechCollation() {
        List<String> names = new ArrayList<>(
                List.of("Chládek", "Hrubý", "Čapek", "Cibulka", "Dvořák", "Rakušan", "Řezníček"));
        names.sort(CzechText.collation());
        assertEquals(List.of("Cibulka", "Čapek", "Dvořák", "Hrubý", "Chládek", "Rakušan", "Řezníček"), names);
    }

    @Test
    void sameThreadTasksDeliverResultOrFailure() {
        List<Object> seen = new ArrayList<>();
        BackgroundTasks tasks = new SameThreadTasks();
        tasks.run(() -> 42, seen::add, seen::add);
        IllegalStateException boom = new IllegalStateException("boom");
        tasks.run(() -> {
            throw boom;
        }, seen::add, seen::add);
        assertEquals(List.of(42, boom), seen);
    }
}
