package recall.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How this server joins a cluster of Recall servers on one shared database, read like
 * {@link Config} from {@code RECALL_CLUSTER_*} variables and flags of the same meaning. With no
 * cluster port the server runs alone.
 *
 * @param port this node's cluster port (Hazelcast's), 0 when the server runs alone
 * @param members the members' cluster addresses ({@code host:port}); this node's own may be among them
 * @param host the address this node's cluster port and event bus listen on and are reached at
 */
public record ClusterConfig(int port, List<String> members, String host) {
  static final String[][] NAMES = {
      {"RECALL_CLUSTER_PORT", "--cluster-port", "this node's cluster port; set it to run several servers on one shared database"},
      {"RECALL_CLUSTER_MEMBERS", "--cluster-members", "the members' cluster addresses, host:port,host:port (TCP/IP, no multicast)"},
      {"RECALL_CLUSTER_HOST", "--cluster-host", "the address the other members reach this node at (default: RECALL_BIND, or 127.0.0.1 for 0.0.0.0)"},
  };

  public ClusterConfig {
    members = List.copyOf(members);
  }

  /** Whether this server is a node of a cluster. */
  public boolean enabled() {
    return port > 0;
  }

  /** Reads the environment, then the flags; other flags are {@link Config}'s. */
  public static ClusterConfig from(Map<String, String> env, String[] args, String bind) {
    String port = value(env, args, 0);
    String members = value(env, args, 1);
    String host = value(env, args, 2);
    int p = 0;
    if (port != null) {
      try {
        p = Integer.parseInt(port.trim());
        if (p < 0 || p > 65535) throw new NumberFormatException();
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("RECALL_CLUSTER_PORT must be a port number, not '" + port + "'");
      }
    }
    List<String> list = new ArrayList<>();
    if (members != null) {
      for (String m : members.split(",")) {
        if (m.isBlank()) continue;
        if (!m.trim().matches("[^:\\s]+:\\d{1,5}")) throw new IllegalArgumentException("RECALL_CLUSTER_MEMBERS: '" + m + "' is not host:port");
        list.add(m.trim());
      }
    }
    if (p == 0 && !list.isEmpty()) throw new IllegalArgumentException("RECALL_CLUSTER_MEMBERS needs RECALL_CLUSTER_PORT");
    if (host == null) host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
    return new ClusterConfig(p, list, host);
  }

  private static String value(Map<String, String> env, String[] args, int which) {
    String out = env.get(NAMES[which][0]);
    for (int i = 0; i < args.length; i++) {
      String flag = NAMES[which][1];
      if (args[i].equals(flag) && i + 1 < args.length) out = args[i + 1];
      else if (args[i].startsWith(flag + "=")) out = args[i].substring(flag.length() + 1);
    }
    return out == null || out.isBlank() ? null : out;
  }
}
