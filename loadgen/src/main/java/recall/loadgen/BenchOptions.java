package recall.loadgen;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code scripts/bench} passes to the generator.
 *
 * @param server Recall's base URL
 * @param baseline the bare baseline's base URL, or null to measure Recall alone
 * @param user teacher account
 * @param password its password
 * @param serverPid Recall's process id, for its limits and heap (0: unknown)
 * @param baselinePid the baseline's process id, for its CPU time (0: unknown)
 * @param mode "quick" or "full"
 * @param out folder of the reports
 * @param addresses loopback source addresses, from 127.0.0.2 on (0: the OS chooses)
 * @param only scenario names to run, empty for all
 * @param seed of the students' randomness, so a run can be repeated
 */
record BenchOptions(URI server, URI baseline, String user, String password, long serverPid, long baselinePid, String mode, Path out,
                    int addresses, Set<String> only, long seed) {

  static final String USAGE = "usage: java -jar recall-loadgen.jar --server http://127.0.0.1:8080 [--baseline http://127.0.0.1:8090]"
      + " [--password p] [--user teacher] [--server-pid n] [--baseline-pid n] [--mode quick|full] [--out target/bench] [--addresses 4]"
      + " [--only many-rooms,burst] [--seed 1]";

  static BenchOptions parse(String[] args, Map<String, String> env) {
    URI server = null;
    URI baseline = null;
    String user = "teacher";
    String password = env.get("RECALL_TEACHER_PASSWORD");
    long pid = 0;
    long basePid = 0;
    String mode = "full";
    Path out = Path.of("target", "bench");
    int addresses = 4;
    Set<String> only = Set.of();
    long seed = 1;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value\n" + USAGE);
      String v = args[++i];
      switch (a) {
        case "--server" -> server = URI.create(v);
        case "--baseline" -> baseline = v.isBlank() ? null : URI.create(v);
        case "--user" -> user = v;
        case "--password" -> password = v;
        case "--server-pid" -> pid = Long.parseLong(v);
        case "--baseline-pid" -> basePid = Long.parseLong(v);
        case "--mode" -> mode = v;
        case "--out" -> out = Path.of(v);
        case "--addresses" -> addresses = Integer.parseInt(v);
        case "--only" -> only = Set.copyOf(List.of(v.split(",")));
        case "--seed" -> seed = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
      }
    }
    if (server == null) throw new IllegalArgumentException("--server is needed\n" + USAGE);
    if (password == null) throw new IllegalArgumentException("--password (or RECALL_TEACHER_PASSWORD) is needed\n" + USAGE);
    if (!mode.equals("quick") && !mode.equals("full")) throw new IllegalArgumentException("--mode is quick or full\n" + USAGE);
    return new BenchOptions(server, baseline, user, password, pid, basePid, mode, out, addresses, only, seed);
  }

  List<Scenario> scenarios() {
    List<Scenario> all = mode.equals("quick") ? Scenario.quick() : Scenario.full();
    return only.isEmpty() ? all : all.stream().filter(s -> only.contains(s.name())).toList();
  }
}
