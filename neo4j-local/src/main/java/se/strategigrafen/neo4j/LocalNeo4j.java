package se.strategigrafen.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1 until the process is told to stop.
 *
 * Arguments: dataDir boltPort pageCacheMb [--exit-on-stdin-eof]. The heap is bounded by the JVM's -Xmx.
 * With --exit-on-stdin-eof the server stops when its parent closes stdin (or dies), so that
 * even a parent killed with SIGKILL leaves no Neo4j behind.
 * Prints "READY bolt://127.0.0.1:PORT" once Bolt accepts connections; the Node launcher
 * still verifies readiness with the driver, so this line is informational.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: LocalNeo4j <dataDir> <boltPort> <pageCacheMb>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = Long.parseLong(args[2]);
        Files.createDirectories(dataDir);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Neo4j…");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // Touch the default database so that a failure to start shows up here, not at the first query.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if (args.length > 3 && "--exit-on-stdin-eof".equals(args[3])) {
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // ignore input; only end-of-stream matters
                    }
                } catch (IOException ignored) {
                    // a broken pipe means the parent is gone as well
                }
                System.exit(0);
            }, "parent-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }
}
