package recall.room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A frame a room sends to many sockets, sent once to each node that holds some of them instead of
 * once per socket. In a cluster most of a room's phones are connected to other nodes (with three
 * nodes, two in three); a question for 500 phones was 330 messages over the event bus, each
 * encoded, written and read, and at 15,000 players that work is what saturates the machine. While
 * {@link #around} runs, the relay's frames for other nodes are gathered here (on the room's thread,
 * which runs it), and sent when it ends: the frames for one node in the order they were written,
 * one message for a run of the same frame to several of its sockets.
 */
final class RelayedBroadcast {
  /** Sends one frame to the sockets {@code ids} (comma-separated) held by node {@code edge}. */
  interface Sender {
    void send(String edge, String ids, String text);
  }

  private static final ThreadLocal<RelayedBroadcast> GATHERING = new ThreadLocal<>();

  /** One frame for some sockets of one node. */
  private record Batch(Sender sender, String text, StringBuilder ids) {
  }

  private final Map<String, List<Batch>> byEdge = new LinkedHashMap<>();

  private RelayedBroadcast() {
  }

  /** Runs {@code sends} (a room's loop over its sockets), then sends what it gathered. */
  static void around(Runnable sends) {
    if (GATHERING.get() != null) {
      sends.run();
      return;
    }
    RelayedBroadcast gathered = new RelayedBroadcast();
    GATHERING.set(gathered);
    try {
      sends.run();
    } finally {
      GATHERING.remove();
      gathered.flush();
    }
  }

  /** Gathers a frame for socket {@code id} of node {@code edge}; false when no broadcast is being gathered here. */
  static boolean gather(Sender sender, String edge, String id, String text) {
    RelayedBroadcast gathered = GATHERING.get();
    if (gathered == null) return false;
    List<Batch> batches = gathered.byEdge.computeIfAbsent(edge, e -> new ArrayList<>());
    Batch last = batches.isEmpty() ? null : batches.get(batches.size() - 1);
    // The same frame (a broadcast encodes it once, so the same object) to the next socket joins the batch.
    if (last != null && last.text() == text && last.sender() == sender) last.ids().append(',').append(id);
    else batches.add(new Batch(sender, text, new StringBuilder(id)));
    return true;
  }

  private void flush() {
    byEdge.forEach((edge, batches) -> {
      for (Batch b : batches) b.sender().send(edge, b.ids().toString(), b.text());
    });
  }
}
