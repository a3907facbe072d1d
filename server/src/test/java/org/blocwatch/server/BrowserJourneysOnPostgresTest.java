package org.blocwatch.server;

import org.blocwatch.store.TestStores;
import org.junit.jupiter.api.BeforeAll;

/** The same browser journeys against a server whose store is a real PostgreSQL server. */
class BrowserJourneysOnPostgresTest extends BrowserJourneysTest {

    @BeforeAll
    static void onPostgres() throws Exception {
        t = TestServer.get(TestStores.POSTGRESQL);
    }
}
