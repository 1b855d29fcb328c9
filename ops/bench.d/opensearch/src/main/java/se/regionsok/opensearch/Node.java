package se.regionsok.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node for ops/bench: {@code Node httpPort transportPort}. Binds to 127.0.0.1 only,
 * keeps its data in a temp dir that it deletes on exit, prints "ready" once the cluster is up and
 * runs until it is stopped (SIGTERM). The harness (OsLoad, OsTarget, PeerRelevance) talks to it
 * over HTTP like any OpenSearch client.
 */
public final class Node {
  private Node() {}

  public static void main(String[] args) throws Exception {
    int httpPort = Integer.parseInt(args[0]);
    String transportPort = args[1];
    Path home = Files.createTempDirectory("regionsok-opensearch");
    OpenSearchRunner runner = new OpenSearchRunner();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        runner.close();
      } catch (Exception e) {
        e.printStackTrace();
      }
      runner.clean();
    }));
    runner.onBuild((number, settings) -> settings
        .put("network.host", "127.0.0.1")
        .put("transport.port", transportPort)
        .put("discovery.type", "single-node")
        // the machine's disk may be fuller than the defaults' 85 % watermark: shards must still allocate
        .put("cluster.routing.allocation.disk.threshold_enabled", false));
    runner.build(OpenSearchRunner.newConfigs().basePath(home.toString()).numOfNode(1)
        .baseHttpPort(httpPort - 1) // the runner gives node n the port base + n
        .clusterName("regionsok-bench").disableESLogger());
    runner.ensureYellow();
    System.out.println("ready");
    System.out.flush();
    new CountDownLatch(1).await(); // until SIGTERM runs the shutdown hook
  }
}
