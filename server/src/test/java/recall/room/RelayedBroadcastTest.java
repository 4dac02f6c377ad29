package recall.room;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A broadcast's frames for other nodes go once per node, in the order they were written")
class RelayedBroadcastTest {
  private final List<String> sent = new ArrayList<>();
  private final RelayedBroadcast.Sender sender = (edge, ids, text) -> sent.add(edge + " " + ids + " " + text);

  @Test
  @DisplayName("outside a broadcast nothing is gathered: the relay sends the frame itself")
  void outside() {
    assertFalse(RelayedBroadcast.gather(sender, "node-b", "c1", "q"));
    assertTrue(sent.isEmpty());
  }

  @Test
  @DisplayName("a run of the same frame to one node's sockets is one message; another frame between keeps its place")
  void gathered() {
    String question = "{\"type\":\"question\"}";
    String personal = "{\"type\":\"question\",\"remainingMs\":30000}";
    RelayedBroadcast.around(() -> {
      assertTrue(RelayedBroadcast.gather(sender, "node-b", "c1", question));
      RelayedBroadcast.gather(sender, "node-b", "c2", question);
      RelayedBroadcast.gather(sender, "node-c", "c3", question);
      RelayedBroadcast.gather(sender, "node-b", "c4", personal);
      RelayedBroadcast.gather(sender, "node-b", "c5", question);
      RelayedBroadcast.gather(sender, "node-c", "c6", question);
      assertTrue(sent.isEmpty(), "nothing goes out before the broadcast ends");
    });
    assertEquals(List.of("node-b c1,c2 " + question, "node-b c4 " + personal, "node-b c5 " + question,
        "node-c c3,c6 " + question), sent);
  }

  @Test
  @DisplayName("a broadcast inside a broadcast is part of it, sent when the outer one ends")
  void nested() {
    RelayedBroadcast.around(() -> {
      RelayedBroadcast.gather(sender, "node-b", "c1", "lobby");
      RelayedBroadcast.around(() -> RelayedBroadcast.gather(sender, "node-b", "c2", "lobby"));
      assertTrue(sent.isEmpty());
    });
    assertEquals(List.of("node-b c1,c2 lobby"), sent);
    assertFalse(RelayedBroadcast.gather(sender, "node-b", "c3", "lobby"), "the broadcast has ended");
  }
}
