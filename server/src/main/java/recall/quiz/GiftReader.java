package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Moodle GIFT into a quiz document (see {@link Gift#parse}). Structure is found on the raw
 * text, skipping backslash escapes; each piece is unescaped only once it has been cut out.
 */
final class GiftReader {

  private final ImportDoc doc;

  /** One answer of a {@code {...}} block: its mark ({@code =} or {@code ~}), weight and text. */
  private record Choice(char mark, Double weight, String raw) {
    boolean full() {
      return mark == '=' && (weight == null || weight >= 100);
    }

    String text() {
      return clean(cut(raw, "#"));
    }
  }

  /** A problem in the answer block: the question is skipped. */
  private static final class Unsupported extends RuntimeException {
    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  GiftReader(String title) {
    this.doc = new ImportDoc(title);
  }

  ImportResult read(String text) {
    String[] lines = text.replaceFirst("^\uFEFF", "").split("\\R", -1);
    List<String> chunk = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i <= lines.length; i++) {
      String line = i == lines.length ? "" : lines[i].strip();
      if (line.startsWith("//")) continue;
      if (line.isEmpty()) {
        chunk(chunk, numbers);
        chunk.clear();
        numbers.clear();
      } else {
        chunk.add(lines[i]);
        numbers.add(i + 1);
      }
    }
    return doc.result();
  }

  /** One question's lines (comments left out) and their line numbers; a category line first is taken off. */
  private void chunk(List<String> lines, List<Integer> numbers) {
    if (lines.isEmpty()) return;
    String first = lines.get(0).strip();
    if (first.startsWith("$CATEGORY:")) {
      String path = first.substring("$CATEGORY:".length()).strip();
      doc.section(path.substring(path.lastIndexOf('/') + 1));
      chunk(lines.subList(1, lines.size()), numbers.subList(1, numbers.size()));
      return;
    }
    question(String.join("\n", lines).strip(), numbers.get(0));
  }

  private void question(String s, int line) {
    String name = null;
    if (s.startsWith("::")) {
      int end = GiftText.indexOf(s, "::", 2);
      if (end < 0) {
        doc.problem(line, null, "the question name ::...:: is not closed");
        return;
      }
      name = clean(s.substring(2, end));
      s = s.substring(end + 2);
    }
    int open = GiftText.indexOf(s, "{", 0);
    int close = open < 0 ? -1 : GiftText.indexOf(s, "}", open + 1);
    if (open < 0) {
      doc.problem(line, name, "no answer block {...}: descriptions without a question are not supported");
      return;
    }
    if (close < 0) {
      doc.problem(line, name, "the answer block { is not closed with }");
      return;
    }
    String after = s.substring(close + 1);
    if (GiftText.indexOf(after, "{", 0) >= 0) {
      doc.problem(line, name, "more than one answer block {...}");
      return;
    }
    String block = s.substring(open + 1, close);
    String explanation = null;
    int general = GiftText.indexOf(block, "####", 0);
    if (general >= 0) {
      explanation = clean(block.substring(general + 4));
      block = block.substring(0, general);
    }
    String text = text(s.substring(0, open), after);
    try {
      doc.add(answers(block.strip()), text, explanation, null, line, name);
    } catch (Unsupported e) {
      doc.problem(line, name, e.getMessage());
    }
  }

  /** The question's text; text after the answer block makes it a fill-in-the-gap sentence. */
  private static String text(String before, String after) {
    String text = before.strip();
    String format = text.toLowerCase(Locale.ROOT);
    for (String marker : List.of("[html]", "[moodle]", "[plain]", "[markdown]")) {
      if (format.startsWith(marker)) {
        text = text.substring(marker.length());
        if (marker.equals("[html]")) text = plainHtml(text);
        break;
      }
    }
    text = clean(text);
    String rest = clean(after);
    return rest.isEmpty() ? text : text + " _____ " + rest;
  }

  private static JsonObject answers(String block) {
    if (block.isEmpty()) throw new Unsupported("essay questions {} are not supported");
    if (block.startsWith("#")) return numeric(block.substring(1).strip());
    String flag = clean(cut(block, "#")).toUpperCase(Locale.ROOT);
    if (List.of("T", "TRUE", "F", "FALSE").contains(flag)) {
      int answer = flag.startsWith("T") ? 0 : 1;
      return shape("truefalse").put("options", new JsonArray().add("True").add("False")).put("answer", new JsonArray().add(answer));
    }
    if (GiftText.indexOf(block, "->", 0) >= 0) throw new Unsupported("matching questions (->) are not supported");
    List<Choice> choices = choices(block);
    if (choices.stream().allMatch(c -> c.mark() == '=')) {
      JsonArray accept = new JsonArray();
      choices.stream().filter(Choice::full).forEach(c -> accept.add(c.text()));
      if (accept.isEmpty()) throw new Unsupported("no fully right answer (=answer or =%100%answer)");
      return shape("text").put("accept", accept);
    }
    JsonArray options = new JsonArray();
    choices.forEach(c -> options.add(c.text()));
    List<Integer> marked = new ArrayList<>();
    List<Integer> weighted = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).mark() == '=') marked.add(i);
      if (choices.get(i).mark() == '~' && choices.get(i).weight() != null && choices.get(i).weight() > 0) weighted.add(i);
    }
    if (marked.size() > 1) throw new Unsupported("several answers marked with =: mark the right ones ~%50% for a multiple-answer question");
    if (marked.size() == 1) return shape("single").put("options", options).put("answer", new JsonArray(marked));
    if (weighted.isEmpty()) throw new Unsupported("no right answer: mark it with = (or ~%50% for several)");
    return shape("multiple").put("options", options).put("answer", new JsonArray(weighted));
  }

  /** {@code #1934}, {@code #1934:2}, {@code #1930..1940}, or {@code #=1934:0 =%50%1933:1} (the full-credit one). */
  private static JsonObject numeric(String body) {
    String spec = cut(body, "#");
    if (body.startsWith("=")) {
      spec = choices(body).stream().filter(Choice::full).findFirst()
          .map(c -> cut(c.raw(), "#"))
          .orElseThrow(() -> new Unsupported("no fully right numeric answer"));
    }
    spec = GiftText.unescape(spec).strip();
    double value;
    double tolerance;
    int range = spec.indexOf("..");
    int colon = spec.indexOf(':');
    if (range >= 0) {
      double min = number(spec.substring(0, range));
      double max = number(spec.substring(range + 2));
      if (max < min) throw new Unsupported("numeric range " + spec + " ends below its start");
      value = (min + max) / 2;
      tolerance = (max - min) / 2;
    } else if (colon >= 0) {
      value = number(spec.substring(0, colon));
      tolerance = Math.abs(number(spec.substring(colon + 1)));
    } else {
      value = number(spec);
      tolerance = 0;
    }
    JsonObject answer = new JsonObject().put("value", Question.number(value)).put("tolerance", Question.number(tolerance));
    return shape("numeric").put("answer", answer);
  }

  private static double number(String s) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new Unsupported("'" + s.strip() + "' is not a number");
    }
  }

  /** Splits an answer block at each unescaped {@code =} or {@code ~}. */
  private static List<Choice> choices(String block) {
    List<Choice> choices = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= block.length(); i++) {
      boolean end = i == block.length();
      char c = end ? 0 : block.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (end || c == '=' || c == '~') {
        if (start < 0 && !block.substring(0, i).isBlank()) {
          throw new Unsupported("answers must start with = (right) or ~ (wrong): '" + clean(block.substring(0, i)) + "'");
        }
        if (start >= 0) choices.add(choice(block.charAt(start), block.substring(start + 1, i)));
        start = i;
      }
    }
    return choices;
  }

  private static Choice choice(char mark, String raw) {
    String s = raw.strip();
    Double weight = null;
    if (s.startsWith("%")) {
      int end = s.indexOf('%', 1);
      if (end < 0) throw new Unsupported("the weight %...% of '" + clean(s) + "' is not closed");
      weight = number(s.substring(1, end));
      s = s.substring(end + 1);
    }
    return new Choice(mark, weight, s);
  }

  private static JsonObject shape(String kind) {
    return new JsonObject().put("kind", kind);
  }

  /** The part of {@code s} before the first unescaped {@code token} (drops feedback after {@code #}). */
  private static String cut(String s, String token) {
    int at = GiftText.indexOf(s, token, 0);
    return at < 0 ? s : s.substring(0, at);
  }

  private static String clean(String s) {
    return ImportDoc.collapse(GiftText.unescape(s));
  }

  /**
   * HTML as plain text: tags become spaces, the common entities their character. One pass: the
   * regular expression {@code <[^>]*>} it replaces scanned to the end of the text for every
   * {@code <} left open, which made an 80 KB import take 45 s.
   */
  static String plainHtml(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      int close = c == '<' ? html.indexOf('>', i + 1) : -1;
      if (close < 0) {
        if (c == '<') {
          // No '>' after this one, so no tag can close any more: the rest is text.
          out.append(html, i, html.length());
          break;
        }
        out.append(c);
        i++;
      } else {
        out.append(' ');
        i = close + 1;
      }
    }
    return out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
