package recall.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a teacher's new password must be: at least {@link #MIN_LENGTH} characters, not the user
 * name, and not on the list of common passwords shipped in the jar ({@code common-passwords.txt},
 * compared ignoring case), which guessing tools try first.
 */
public final class PasswordRules {
  public static final int MIN_LENGTH = 10;
  private static final Set<String> COMMON = load();

  private PasswordRules() {
  }

  /** Why the password is refused, or null when it is good enough. */
  public static String problem(String user, String password) {
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return "A password needs at least " + MIN_LENGTH + " characters.";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (lower.equals(user.toLowerCase(Locale.ROOT))) return "A password must not be the user name.";
    if (COMMON.contains(lower)) return "That password is on a list of common passwords that guessers try first.";
    if (lower.codePoints().distinct().count() < 3) return "A password needs more than one or two different characters.";
    return null;
  }

  static int listSize() {
    return COMMON.size();
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) throw new IllegalStateException("common-passwords.txt is missing from the jar");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String p = line.strip();
        if (!p.isEmpty() && !p.startsWith("#")) out.add(p.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
