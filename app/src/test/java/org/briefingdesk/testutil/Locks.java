package org.briefingdesk.testutil;

/**
 * What the test classes of one JVM share, as JUnit resources. Classes run two at a time
 * ({@code junit-platform.properties}); a class that uses one of these holds its lock
 * ({@code @ResourceLock(Locks.FX_TOOLKIT)}), so that the classes using it run one after another while the others
 * run beside them. {@code ParallelTestsTest} checks that the classes that need a lock hold it.
 */
public final class Locks {
    /** JavaFX: one toolkit, one primary stage, one FX thread. */
    public static final String FX_TOOLKIT = "javafx-toolkit";
    /** The test PostgreSQL server ({@link TestServer}): its roles and clearances are the server's, not a database's. */
    public static final String TEST_SERVER = "postgresql-test-server";
    /** The JVM's root logger, which a command-line run sends to the log beside its database while it lasts. */
    public static final String ROOT_LOGGER = "root-logger";

    private Locks() {
    }
}
