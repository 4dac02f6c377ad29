package recall.drafting;

import recall.notes.BadNotesException;
import recall.notes.NotesDocument;
import recall.notes.NotesReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Notes of several subjects for the drafting tests, each read and analysed once per test run. */
final class Fixtures {

  static final Path USSR = Path.of("..", "questions", "notes", "ussr-1924-1941.txt");
  private static final Map<String, NotesAnalysis> ANALYSED = new ConcurrentHashMap<>();

  private Fixtures() {
  }

  /** A test resource in {@code notes/}, or the shipped USSR notes for "ussr-1924-1941.txt". */
  static NotesAnalysis analysed(String name) {
    return ANALYSED.computeIfAbsent(name, n -> analyse(bytes(n), n));
  }

  /** Notes written in the test itself. */
  static NotesAnalysis analysedText(String text) {
    return analyse(text.getBytes(StandardCharsets.UTF_8), "notes.txt");
  }

  static DraftScope scope(NotesAnalysis notes) {
    return new DraftScope(notes, 1, notes.notes().lineCount());
  }

  private static NotesAnalysis analyse(byte[] bytes, String name) {
    try {
      NotesDocument doc = NotesReader.read(bytes, name, null);
      return NotesAnalysis.of(doc, Nlp.get().analyzer());
    } catch (BadNotesException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String name) {
    try {
      if (name.equals(USSR.getFileName().toString())) return Files.readAllBytes(USSR);
      try (InputStream in = Fixtures.class.getResourceAsStream("/notes/" + name)) {
        if (in == null) throw new IllegalArgumentException("no test notes " + name);
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
