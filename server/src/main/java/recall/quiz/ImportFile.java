package recall.quiz;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code scripts/import}: turns a Moodle GIFT file or a Kahoot!-style CSV into a quiz document (to
 * drop into {@code questions/}), or a quiz document back into GIFT. Every problem is printed with
 * its line; the exit status is 1 when there was any.
 */
public final class ImportFile {
  private ImportFile() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String format = null;
    String title = null;
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--format" -> format = i + 1 < args.length ? args[++i] : null;
        case "--title" -> title = i + 1 < args.length ? args[++i] : null;
        default -> file = Path.of(args[i]);
      }
    }
    if (file == null) {
      err.println("usage: scripts/import FILE.gift|FILE.csv [--format gift|csv|export-gift] [--title TITLE] > questions/NAME.json");
      err.println("       scripts/import questions/NAME.json --format export-gift > NAME.gift");
      return 2;
    }
    String name = file.getFileName().toString().toLowerCase();
    if (format == null) format = name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "export-gift" : "gift";
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      return 2;
    }
    if (title == null) title = name.replaceFirst("\\.[a-z]+$", "");
    if (format.equals("export-gift")) {
      out.print(Gift.write(Quiz.fromJson(new JsonObject(text))));
      return 0;
    }
    ImportResult result = switch (format) {
      case "gift" -> Gift.parse(text, title);
      case "csv" -> KahootCsv.parse(text, title);
      default -> null;
    };
    if (result == null) {
      err.println("unknown format " + format + " (gift, csv or export-gift)");
      return 2;
    }
    String shown = file.getFileName().toString();
    result.problems().forEach(p -> err.println(shown + ": " + p));
    out.println(result.doc().encodePrettily());
    err.println(result.questionCount() + " question(s) imported, " + result.problems().size() + " problem(s)");
    return result.ok() ? 0 : 1;
  }
}
