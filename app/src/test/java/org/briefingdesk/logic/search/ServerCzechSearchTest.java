package org.briefingdesk.logic.search;

import java.nio.file.Path;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.TestServer;

/** The Czech query table on a team server's tsvector index: the same queries find the same records. */
class ServerCzechSearchTest extends CzechSearchTest {
    @Override
    RecordStore openStore(Path dir) {
        return TestServer.create();
    }
}
