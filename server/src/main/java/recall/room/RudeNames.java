package recall.room;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A short block list of rude nicknames, shipped as {@code names/rude-words.txt}. Names are folded
 * before the look-up (case, accents, look-alike digits such as {@code 4ss}, and separators such as
 * {@code b.u.m}), so the obvious disguises are caught. Words of five letters or more are refused
 * anywhere in a name; shorter ones only as a whole word, so that "Scunthorpe" or "Hancock" stay
 * allowed. The teacher can still remove or rename anyone; this only keeps the worst off the projector.
 */
public final class RudeNames {
  private static final int ANYWHERE = 5;
  private static final RudeNames SHIPPED = load();

  private final Set<String> words;

  RudeNames(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The list shipped with the server. */
  public static RudeNames shipped() {
    return SHIPPED;
  }

  /** Whether a name holds a word of the list, disguised or not. */
  public boolean isRude(String name) {
    String[] parts = fold(name, true).split(" +");
    String joined = fold(name, false);
    for (String w : words) {
      if (w.length() >= ANYWHERE && joined.contains(w)) return true;
      for (String part : parts) if (part.equals(w)) return true;
    }
    return words.contains(joined);
  }

  /** Lower case, no accents, look-alike digits and symbols read as letters; spaces kept if asked. */
  static String fold(String name, boolean keepSpaces) {
    String bare = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(bare.length());
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      char letter = switch (c) {
        case '0' -> 'o';
        case '1', '!', '|' -> 'i';
        case '3' -> 'e';
        case '4', '@' -> 'a';
        case '5', '$' -> 's';
        case '7', '+' -> 't';
        case '8' -> 'b';
        default -> c;
      };
      if (letter >= 'a' && letter <= 'z') out.append(letter);
      else if (keepSpaces && Character.isWhitespace(letter)) out.append(' ');
    }
    return out.toString().trim();
  }

  private static RudeNames load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = RudeNames.class.getResourceAsStream("/names/rude-words.txt")) {
      if (in == null) throw new IllegalStateException("names/rude-words.txt is missing from the server's resources");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) words.add(fold(w, false));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RudeNames(words);
  }
}
