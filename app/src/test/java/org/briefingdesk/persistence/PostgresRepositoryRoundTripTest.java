package org.briefingdesk.persistence;

import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.persistence.postgres.PostgresStoreOpener;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestServer;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The round trips of every record kind on a team server: a database of its own per test. */
@ResourceLock(Locks.TEST_SERVER)
class PostgresRepositoryRoundTripTest extends RepositoryRoundTripTest {
    private final PostgresStoreOpener opener = new PostgresStoreOpener(TestServer.fixedClock());
    private ServerAddress address;

    @Override
    RecordStore create() {
        address = TestServer.newDatabase();
        return opener.init(address, null);
    }

    @Override
    RecordStore openAgain() {
        return opener.open(address, null);
    }

    /** The database role the desk connected as. */
    @Override
    String user() {
        return TestServer.ADMIN;
    }
}
