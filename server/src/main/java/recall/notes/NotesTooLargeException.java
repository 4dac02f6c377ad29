package recall.notes;

/** Notes over {@link NotesReader#MAX_BYTES}: the contract's {@code 413}. */
public class NotesTooLargeException extends BadNotesException {

  public NotesTooLargeException(long size) {
    super("the notes are " + size + " bytes, more than the " + NotesReader.MAX_BYTES + " allowed (5 MiB)");
  }
}
