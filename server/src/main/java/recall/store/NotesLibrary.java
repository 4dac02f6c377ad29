package recall.store;

import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.notes.BadNotesException;
import recall.notes.NotesDocument;
import recall.notes.NotesReader;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every notes document a teacher can cite: the shared notes shipped in {@code questions/notes/}
 * (read once at start, id = file name without extension) and the teacher's own uploads (in
 * {@link NotesStore}). A quiz names its notes by id, or by the version 1 file name
 * ({@code ussr-1924-1941.txt}), which names the same shared document. Since documents never change,
 * the last few read from the database are kept in memory.
 */
public final class NotesLibrary {
  private static final Logger LOG = LoggerFactory.getLogger(NotesLibrary.class);
  private static final int CACHED = 16;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private final Map<String, NotesDocument> shared;
  private final NotesStore store;
  private final Map<String, NotesStore.Stored> recent = Collections.synchronizedMap(new LinkedHashMap<>(CACHED, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, NotesStore.Stored> eldest) {
      return size() > CACHED;
    }
  });

  /** A document found for a caller: its id, its text, and whether it is shared (read-only). */
  public record Found(String id, NotesDocument doc, boolean shared, long createdAt) {
  }

  /** What a delete did. */
  public enum Edit { DONE, NOT_FOUND, READ_ONLY }

  /** @param shared the shipped notes by id, as {@link #readShared} gives them; store may be null (no database) */
  public NotesLibrary(Map<String, NotesDocument> shared, NotesStore store) {
    this.shared = new java.util.concurrent.ConcurrentHashMap<>(shared);
    this.store = store;
  }

  /** Adds or replaces shipped notes (the questions folder read again); a shipped document never changes otherwise. */
  public void putShared(Map<String, NotesDocument> more) {
    shared.putAll(more);
  }

  /** Reads {@code <questions>/notes/*.txt} and {@code *.md}; blocking. A file that cannot be read is logged and left out. */
  public static Map<String, NotesDocument> readShared(Path questionsDir) {
    Map<String, NotesDocument> out = new TreeMap<>();
    Path dir = questionsDir.resolve("notes");
    if (!Files.isDirectory(dir)) return out;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{txt,md}")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        try {
          out.put(idOf(name), NotesReader.read(Files.readAllBytes(file), name, null));
        } catch (BadNotesException | IOException e) {
          LOG.warn("Shared notes {} not read: {}", file, e.getMessage());
        }
      }
    } catch (IOException e) {
      LOG.warn("The notes folder {} cannot be listed: {}", dir, e.getMessage());
    }
    return out;
  }

  /** A file name's id: {@code ussr-1924-1941.txt} gives {@code ussr-1924-1941}. */
  static String idOf(String filename) {
    int dot = filename.lastIndexOf('.');
    return dot > 0 ? filename.substring(0, dot) : filename;
  }

  /** The id a quiz's {@code notes} names: a shared document's file name is taken for its id. */
  public String resolve(String name) {
    if (name == null) return null;
    if (!shared.containsKey(name) && shared.containsKey(idOf(name))) return idOf(name);
    return name;
  }

  /** A shared document, by id or file name, or null. */
  public Found shared(String name) {
    String id = resolve(name);
    NotesDocument doc = id == null ? null : shared.get(id);
    return doc == null ? null : new Found(id, doc, true, 0);
  }

  /** The shared documents, by id. */
  public List<Found> sharedAll() {
    List<Found> out = new ArrayList<>();
    shared.forEach((id, doc) -> out.add(new Found(id, doc, true, 0)));
    return out;
  }

  /** A document the owner may read (shared, or its own), or null: another teacher's is not there. */
  public Future<Found> find(String name, String owner) {
    Found s = shared(name);
    if (s != null || name == null || store == null) return Future.succeededFuture(s);
    NotesStore.Stored cached = recent.get(name);
    if (cached != null) return Future.succeededFuture(cached.owner().equals(owner) ? own(cached) : null);
    return store.get(name, owner).map(stored -> {
      if (stored == null) return null;
      recent.put(stored.id(), stored);
      return own(stored);
    });
  }

  /** The lines of the notes a quiz names, or null when it names none or none that the owner may read. */
  public Future<List<String>> lines(String name, String owner) {
    if (name == null) return Future.succeededFuture(null);
    return find(name, owner).map(f -> f == null ? null : f.doc().lines());
  }

  /**
   * For a quiz of {@code owner}'s, the notes line each question cites, from the notes document the
   * quiz names (shared or the owner's own); a question with no source has none.
   */
  public Future<java.util.function.Function<recall.quiz.Question, String>> sources(recall.quiz.Quiz quiz, String owner) {
    return lines(quiz.notes(), owner).map(lines -> question -> recall.quiz.QuizFolder.sourceLine(lines, question));
  }

  private static Found own(NotesStore.Stored s) {
    return new Found(s.id(), s.doc(), false, s.createdAt());
  }

  /** The owner's own documents, newest first (the shared ones are {@link #sharedAll}). */
  public Future<List<NotesStore.Summary>> listOwn(String owner) {
    return store.list(owner);
  }

  /** Stores an upload of the owner's under a new id. */
  public Future<Found> create(String owner, String filename, NotesDocument doc) {
    String id;
    do id = newId(); while (shared.containsKey(id));
    return store.insert(id, owner, filename, doc).map(stored -> {
      recent.put(stored.id(), stored);
      return own(stored);
    });
  }

  /** Deletes one of the owner's documents; a shared one is read-only. */
  public Future<Edit> delete(String id, String owner) {
    if (shared(id) != null) return Future.succeededFuture(Edit.READ_ONLY);
    return store.delete(id, owner).map(done -> {
      if (done) recent.remove(id);
      return done ? Edit.DONE : Edit.NOT_FOUND;
    });
  }

  private static String newId() {
    StringBuilder b = new StringBuilder("n-");
    for (int i = 0; i < 12; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    return b.toString();
  }
}
