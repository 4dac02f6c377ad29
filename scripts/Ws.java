import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A tiny WebSocket client for driving Recall by hand, with nothing but the JDK:
 * {@code java scripts/Ws.java ws://localhost:8080/ws}. Every line read from stdin is sent as one
 * text message; every message received is printed. A line {@code wait TYPE [TEXT]} waits (up to
 * 60 s) for a message of that type, containing TEXT if given, so a script can wait for its turn.
 */
public final class Ws {
  private static final List<String> RECEIVED = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: scripts/ws ws://HOST:PORT/ws   (then one JSON message a line, or: wait TYPE [TEXT])");
      System.exit(2);
    }
    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(args[0]), new WebSocket.Listener() {
      private final StringBuilder part = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        part.append(data);
        if (last) {
          String message = part.toString();
          part.setLength(0);
          System.out.println("< " + message);
          synchronized (RECEIVED) {
            RECEIVED.add(message);
            RECEIVED.notifyAll();
          }
        }
        socket.request(1);
        return null;
      }
    }).get(10, TimeUnit.SECONDS);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int seen = 0;
    for (String line; (line = in.readLine()) != null; ) {
      line = line.strip();
      if (line.isEmpty()) continue;
      if (line.startsWith("wait ")) {
        String[] w = line.split("\\s+", 3);
        seen = waitFor(seen, "\"type\":\"" + w[1] + "\"", w.length > 2 ? w[2] : "");
        continue;
      }
      System.out.println("> " + line);
      ws.sendText(line, true).get(10, TimeUnit.SECONDS);
    }
    ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
  }

  /** Waits for a message after the {@code seen} first ones with both parts in it; the index after it. */
  private static int waitFor(int seen, String type, String text) throws InterruptedException {
    long end = System.currentTimeMillis() + 60_000;
    synchronized (RECEIVED) {
      while (true) {
        for (int i = seen; i < RECEIVED.size(); i++) {
          if (RECEIVED.get(i).contains(type) && RECEIVED.get(i).contains(text)) return i + 1;
        }
        long left = end - System.currentTimeMillis();
        if (left <= 0) {
          System.err.println("no " + type + (text.isEmpty() ? "" : " with " + text) + " within 60 s");
          System.exit(1);
        }
        RECEIVED.wait(left);
      }
    }
  }
}
