package se.regionsok.api;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;

/** What every HTTP test of the API shares: the real server on the real corpus, one for all test classes. */
abstract class ApiTest {
  protected static TestServer server;

  @BeforeAll
  static void startSharedServer() throws IOException {
    server = TestServer.shared();
  }
}
