package recall.notes;

/** Notes that cannot be read as text: the contract's {@code 400 bad-notes}; the message says why. */
public class BadNotesException extends Exception {

  public BadNotesException(String message) {
    super(message);
  }

  public BadNotesException(String message, Throwable cause) {
    super(message, cause);
  }
}
