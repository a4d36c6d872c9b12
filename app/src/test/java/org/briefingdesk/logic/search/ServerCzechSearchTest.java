package org.briefingdesk.logic.search;

import java.nio.file.Path;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestServer;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The Czech query table on a team server's tsvector index: the same queries find the same records. */
@ResourceLock(Locks.TEST_SERVER)
class ServerCzechSearchTest extends CzechSearchTest {
    @Override
    RecordStore openStore(Path dir) {
        return TestServer.create();
    }
}
