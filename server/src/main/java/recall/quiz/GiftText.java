package recall.quiz;

/** GIFT's backslash escapes, shared by {@link GiftReader} and {@link Gift#write}. */
final class GiftText {

  private static final String SPECIAL = "~=#{}:\\";

  private GiftText() {
  }

  /** Backslash before each of {@code ~ = # { } : \}; a line break as {@code \n}. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) out.append('\\');
      if (c == '\n') {
        out.append("\\n");
      } else if (c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The index of {@code token} in {@code s} from {@code from}, skipping backslash escapes; -1 if none. */
  static int indexOf(String s, String token, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.startsWith(token, i)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code \~ \= \# \{ \} \: \\} become the character, {@code \n} a line break. */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        if (next == 'n') {
          out.append('\n');
        } else {
          if (SPECIAL.indexOf(next) < 0) out.append('\\');
          out.append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
