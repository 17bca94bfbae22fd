import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts a Neo4j Community DBMS through the public embedded API with Bolt enabled, for development and tests.
 *
 * <pre>java [JVM flags] -cp CLASSPATH Launcher.java HOME PORT [key=value ...]</pre>
 *
 * HOME holds data/, logs/, import/ and plugins/ (the APOC jar is copied there by scripts/neo4j-server.mjs).
 * Extra key=value arguments are raw Neo4j settings that override the defaults below. When the default database
 * answers, it prints one line {@code vnkg-neo4j ready bolt://127.0.0.1:PORT} on stdout; it shuts the DBMS down
 * cleanly on SIGTERM/SIGINT (a SIGKILL leaves a database that Neo4j recovers at the next start).
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher HOME PORT [key=value ...]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    for (String dir : new String[] {"data", "logs", "import", "plugins"}) Files.createDirectories(home.resolve(dir));

    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.bolt.enabled", "true");
    settings.put("server.bolt.listen_address", "127.0.0.1:" + port);
    settings.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    settings.put("server.http.enabled", "false");
    settings.put("server.https.enabled", "false");
    settings.put("dbms.security.auth_enabled", "false");
    settings.put("server.directories.data", home.resolve("data").toString());
    settings.put("server.directories.logs", home.resolve("logs").toString());
    settings.put("server.directories.import", home.resolve("import").toString());
    settings.put("server.directories.plugins", home.resolve("plugins").toString());
    settings.put("dbms.security.procedures.unrestricted", "apoc.*");
    settings.put("server.memory.pagecache.size", "256m");
    settings.put("dbms.usage_report.enabled", "false");
    for (int i = 2; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("setting must be key=value: " + args[i]);
      settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }

    long t0 = System.nanoTime();
    // The builder takes raw settings only from a file: write them as HOME/conf/neo4j.conf, then load it.
    Path conf = Files.createDirectories(home.resolve("conf")).resolve("neo4j.conf");
    StringBuilder text = new StringBuilder("# Written by neo4j/Launcher.java at each start; edits are overwritten.\n");
    for (Map.Entry<String, String> e : settings.entrySet()) text.append(e.getKey()).append('=').append(e.getValue()).append('\n');
    Files.writeString(conf, text.toString());
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "vnkg-neo4j-shutdown"));

    GraphDatabaseService db = dbms.database("neo4j");
    db.executeTransactionally("RETURN 1");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("vnkg-neo4j ready bolt://127.0.0.1:" + port + " in " + ms + " ms");
    System.out.flush();
    Thread.currentThread().join();
  }
}
