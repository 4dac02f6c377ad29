package recall.app;

import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Future;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

import recall.room.Ticker;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Vert.x that is a member of a Recall cluster: Hazelcast finds the other members by the TCP/IP
 * list of addresses (school networks block multicast), and the clustered event bus carries a
 * room's frames between the node a phone is connected to and the node that runs the room.
 */
final class ClusterVertx {
  private ClusterVertx() {
  }

  static Future<Vertx> build(VertxOptions options, VertxMetricsFactory metrics, ClusterConfig c) {
    // The default configuration holds the maps Vert.x needs; only the network is changed.
    com.hazelcast.config.Config hz = ConfigUtil.loadConfig();
    hz.setClusterName("recall");
    hz.setProperty("hazelcast.logging.type", "slf4j");
    hz.setProperty("hazelcast.phone.home.enabled", "false");
    // A dead node is noticed within seconds, so that its rooms are taken over within 5 s.
    hz.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    hz.setProperty("hazelcast.max.no.heartbeat.seconds", "4");
    // The cluster's maps hold only Vert.x's event-bus subscriptions, a few entries per node: 271
    // partitions (the default) would all migrate when a node dies, on a machine busy taking over.
    hz.setProperty("hazelcast.partition.count", "23");
    // Hazelcast's own metrics (collected every few seconds, published over JMX) are read by nobody:
    // each node's figures are at /metrics.
    hz.getMetricsConfig().setEnabled(false);
    NetworkConfig net = hz.getNetworkConfig();
    net.setPort(c.port()).setPortAutoIncrement(false).setPublicAddress(c.host() + ":" + c.port());
    net.getInterfaces().setEnabled(true).addInterface(c.host());
    JoinConfig join = net.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2);
    for (String m : c.members()) join.getTcpIpConfig().addMember(m);
    if (c.members().isEmpty()) join.getTcpIpConfig().addMember(c.host() + ":" + c.port());
    options.getEventBusOptions().setHost(c.host()).setClusterPublicHost(c.host()).setPort(0);
    return Vertx.builder().with(options).withMetrics(metrics).withClusterManager(new HazelcastClusterManager(hz)).buildClustered();
  }

  /** This node's id in its cluster, or null for a server alone. */
  static String nodeId(Vertx vertx) {
    ClusterManager cm = manager(vertx);
    return cm == null ? null : cm.getNodeId();
  }

  /** The ids of the cluster's members now. */
  static List<String> members(Vertx vertx) {
    ClusterManager cm = manager(vertx);
    return cm == null ? List.of() : cm.getNodes();
  }

  /**
   * Tells {@code left} the id of each member that leaves, in Vert.x's node ids (those the live
   * rooms name; Hazelcast's member UUIDs differ). The one node listener of Vert.x's cluster manager
   * is Vert.x's own, so the members are compared five times a second instead, on a worker context
   * and timed by {@code ticker}: on event loops that run seconds behind, a dead node would be seen
   * seconds late. {@code left} is told on that worker context.
   */
  static void onMemberLeft(Vertx vertx, Ticker ticker, Consumer<String> left) {
    ClusterManager cm = manager(vertx);
    if (cm == null) return;
    Set<String> known = new HashSet<>(cm.getNodes());
    ticker.every(200, ((VertxInternal) vertx).createWorkerContext(), () -> {
      Set<String> now = new HashSet<>(cm.getNodes());
      for (String id : known) if (!now.contains(id)) left.accept(id);
      known.clear();
      known.addAll(now);
    });
  }

  private static ClusterManager manager(Vertx vertx) {
    return vertx instanceof VertxInternal vi ? vi.clusterManager() : null;
  }
}
