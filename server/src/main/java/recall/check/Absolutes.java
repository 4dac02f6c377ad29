package recall.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Absolute words ("always", "never", "all"...): test-wise students know they usually mark a falsehood. */
final class Absolutes {

  private static final Pattern ABSOLUTE = Pattern.compile(
      "(?i)\\b(always|never|all|none|only|completely|entirely|totally|wholly|every|everyone|everybody|everything|"
          + "nobody|nothing|no\\s+one|absolutely|invariably|solely|utterly|fully)\\b");

  private Absolutes() {
  }

  /** The first absolute word of a text, or null. */
  static String find(String text) {
    // "at all" is emphasis, not a claim about every case.
    Matcher m = ABSOLUTE.matcher(text.replaceAll("(?i)\\bat all\\b", "at"));
    return m.find() ? m.group(1) : null;
  }
}
