package recall.quiz;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a folder of quiz documents: every {@code *.json} directly in it, each checked against the
 * notes it names in {@code <folder>/notes/}. A broken file is refused with its problems and the
 * others still load, so that one typo never keeps the server from starting.
 */
public final class QuizFolder {

  private static final Pattern JSON_LINE = Pattern.compile("line: (\\d+), column: (\\d+)");

  /**
   * What a folder held.
   *
   * @param quizzes the valid quizzes, by file name
   * @param refused the problems of every refused file (each naming its file), or of the folder itself
   * @param notes the notes files the quizzes name and that were found: file name to lines (index 0 = line 1)
   */
  public record Loaded(List<Quiz> quizzes, List<Problem> refused, Map<String, List<String>> notes) {

    public Loaded {
      quizzes = List.copyOf(quizzes);
      refused = List.copyOf(refused);
      notes = Map.copyOf(notes);
    }

    /** The names of the refused files, each once. */
    public List<String> refusedFiles() {
      return refused.stream().map(Problem::file).filter(f -> f != null).distinct().toList();
    }
  }

  private QuizFolder() {
  }

  /** Loads the folder on a worker thread, never on the event loop. */
  public static Future<Loaded> load(Vertx vertx, Path dir) {
    return vertx.executeBlocking(() -> loadBlocking(dir), false);
  }

  /** Loads the folder on the calling thread (the check script, tests, {@link #load}). */
  public static Loaded loadBlocking(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new Loaded(List.of(), List.of(new Problem(dir.toString(), null, null, null, "folder of quiz documents not found")), Map.of());
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      return new Loaded(List.of(), List.of(new Problem(dir.toString(), null, null, null, "cannot list the folder: " + e.getMessage())), Map.of());
    }
    Loader loader = new Loader(dir);
    files.forEach(loader::file);
    Map<String, List<String>> notes = new LinkedHashMap<>();
    loader.notes.forEach((name, lines) -> lines.ifPresent(l -> notes.put(name, l)));
    return new Loaded(loader.quizzes, loader.refused, notes);
  }

  /** The notes line a question was drawn from, or its quote when the notes are not at hand. */
  public static String sourceLine(Loaded loaded, Quiz quiz, Question question) {
    return sourceLine(quiz.notes() == null ? null : loaded.notes().get(quiz.notes()), question);
  }

  /**
   * The notes line a question was drawn from, or its quote when {@code notesLines} is null or too
   * short; null for a question with no source (an import).
   */
  public static String sourceLine(List<String> notesLines, Question question) {
    if (!question.hasSource()) return null;
    int line = question.sourceLine();
    if (notesLines == null || line < 1 || line > notesLines.size()) return question.sourceQuote();
    return notesLines.get(line - 1).strip();
  }

  /** One folder's loading state: what loaded, what was refused, the notes read so far. */
  private static final class Loader {
    private final Path dir;
    private final List<Quiz> quizzes = new ArrayList<>();
    private final List<Problem> refused = new ArrayList<>();
    private final Map<String, Optional<List<String>>> notes = new LinkedHashMap<>();
    private final Map<String, String> fileOfQuiz = new HashMap<>();

    Loader(Path dir) {
      this.dir = dir;
    }

    void file(Path path) {
      String name = path.getFileName().toString();
      List<Problem> problems = new ArrayList<>();
      Quiz quiz = read(path, problems);
      if (quiz != null && fileOfQuiz.containsKey(quiz.id())) {
        problems.add(Problem.of(null, "id", "'" + quiz.id() + "' is already the id of " + fileOfQuiz.get(quiz.id())));
      }
      if (problems.isEmpty()) {
        fileOfQuiz.put(quiz.id(), name);
        quizzes.add(quiz);
      } else {
        problems.forEach(p -> refused.add(p.inFile(name)));
      }
    }

    private Quiz read(Path path, List<Problem> problems) {
      JsonObject doc;
      try {
        doc = new JsonObject(Files.readString(path, StandardCharsets.UTF_8));
      } catch (CharacterCodingException e) {
        problems.add(Problem.of(null, null, "not UTF-8 text"));
        return null;
      } catch (IOException e) {
        problems.add(Problem.of(null, null, "cannot read the file: " + e.getMessage()));
        return null;
      } catch (DecodeException e) {
        problems.add(jsonProblem(e));
        return null;
      }
      List<String> lines = null;
      if (doc.getValue("notes") instanceof String notesName) {
        if (!isPlainName(notesName)) {
          problems.add(Problem.of(null, "notes", "must be the name of a file in notes/"));
          return null;
        }
        lines = notes.computeIfAbsent(notesName, this::readNotes).orElse(null);
      }
      // The bank cites its notes on every question.
      problems.addAll(QuizValidator.validate(doc, lines, true));
      return problems.isEmpty() ? Quiz.fromJson(doc) : null;
    }

    /** The notes file's lines, or empty when it is missing: quotes are then left unchecked. */
    private Optional<List<String>> readNotes(String name) {
      Path file = dir.resolve("notes").resolve(name);
      if (!Files.isRegularFile(file)) return Optional.empty();
      try {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) lines.set(0, lines.get(0).substring(1));
        return Optional.of(List.copyOf(lines));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }

  /** A file name with no folder part, so a document cannot point outside {@code notes/}. */
  private static boolean isPlainName(String name) {
    return !name.isBlank() && !name.contains("/") && !name.contains("\\") && !name.equals("..") && !name.equals(".");
  }

  /** "not valid JSON" with the line Jackson stopped at, when it says. */
  private static Problem jsonProblem(DecodeException e) {
    String message = String.valueOf(e.getMessage());
    Matcher where = JSON_LINE.matcher(message);
    Integer line = where.find() ? Integer.valueOf(where.group(1)) : null;
    return new Problem(null, null, null, line, "not valid JSON: " + JsonSyntax.describe(message));
  }
}
