package recall.room;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * One socket's frames, read on its own event loop: every frame (text, binary, continuation, ping,
 * pong) spends the same per-second budget, a message is put together up to the 64 KiB limit and
 * no further, and its bytes must be UTF-8. Whole text messages go on to {@code onText}.
 */
final class FrameReader implements Handler<WebSocketFrame> {
  private final Connection c;
  private final Consumer<String> onText;
  private final Runnable messageStarted;
  private final Runnable messageEnded;
  private int rate;
  private long windowStart = System.nanoTime();
  /** The text message being put together from continuation frames, or null. */
  private Buffer partial;
  /** Bytes of the binary message being received (not kept: binary is refused once it ends), or -1. */
  private long binary = -1;

  /**
   * @param messageStarted called when a message is left unfinished by its first frame
   * @param messageEnded called when it is finished or dropped
   */
  FrameReader(Connection c, Consumer<String> onText, Runnable messageStarted, Runnable messageEnded) {
    this.c = c;
    this.onText = onText;
    this.messageStarted = messageStarted;
    this.messageEnded = messageEnded;
  }

  @Override
  public void handle(WebSocketFrame frame) {
    if (frame.isClose() || !withinBudget()) return;
    switch (frame.type()) {
      case TEXT -> {
        if (frame.isFinal()) text(frame.binaryData());
        else {
          partial = frame.binaryData().copy();
          messageStarted.run();
        }
      }
      case BINARY -> {
        binary = frame.binaryData().length();
        if (frame.isFinal()) binaryEnded();
        else messageStarted.run();
      }
      case CONTINUATION -> continued(frame);
      default -> {
        // ping and pong: Vert.x answers a ping itself; they only spend the budget.
      }
    }
  }

  private void continued(WebSocketFrame frame) {
    int length = frame.binaryData().length();
    if (binary >= 0) {
      binary += length;
      if (binary > RoomSocket.MAX_MESSAGE_BYTES) tooLarge();
      else if (frame.isFinal()) binaryEnded();
    } else if (partial != null) {
      if (partial.length() + length > RoomSocket.MAX_MESSAGE_BYTES) {
        tooLarge();
        return;
      }
      partial.appendBuffer(frame.binaryData());
      if (frame.isFinal()) {
        Buffer whole = partial;
        drop();
        text(whole);
      }
    }
  }

  /** Counts a frame; past the limit the client is told, past the flood mark it is closed. */
  private boolean withinBudget() {
    long now = System.nanoTime();
    if (now - windowStart >= 1_000_000_000L) {
      windowStart = now;
      rate = 0;
    }
    if (++rate <= RoomSocket.MAX_PER_SECOND) return true;
    if (rate > RoomSocket.CLOSE_PER_SECOND) {
      drop();
      c.close((short) 1008, "flooding");
    } else {
      c.error("rate-limited", "At most " + RoomSocket.MAX_PER_SECOND + " messages a second.");
    }
    return false;
  }

  private void text(Buffer bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.getBytes())).toString();
    } catch (CharacterCodingException e) {
      // RFC 6455 7.4.1: 1007, data not consistent with the message's type.
      c.close((short) 1007, "invalid UTF-8");
      return;
    }
    onText.accept(text);
  }

  private void binaryEnded() {
    drop();
    c.error("bad-message", "Messages are JSON text frames.");
  }

  private void tooLarge() {
    drop();
    c.error("too-large", "A message is at most 64 KiB.");
    c.close((short) 1008, "message too large");
  }

  /** Forgets the message being put together. */
  void drop() {
    if (partial != null || binary >= 0) messageEnded.run();
    partial = null;
    binary = -1;
  }

  /** Whether a message was started and not finished. */
  boolean unfinished() {
    return partial != null || binary >= 0;
  }
}
