package recall.http;

import io.vertx.core.http.HttpClosedException;

/**
 * Failures that a client's malformed request causes inside Vert.x (a body where none belongs, a
 * form Vert.x cannot decode, a connection closed mid-body): answered 400, or not at all, and kept
 * out of the error log, which is for the server's own faults.
 */
final class ClientMistake {
  private ClientMistake() {
  }

  static boolean is(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof HttpClosedException || c instanceof io.vertx.core.json.DecodeException) return true;
      if (c instanceof IllegalStateException && c.getMessage() != null
          && (c.getMessage().contains("multipart") || c.getMessage().contains("Request has already been read"))) return true;
    }
    return false;
  }
}
