package recall.room;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * The rule for a player's name. A name is read as Unicode NFC, its spaces of every kind become one
 * plain space, and it is 1 to {@link #MAX} user-perceived characters (grapheme clusters, as the
 * phone's form counts them with {@code Intl.Segmenter}: an emoji with its modifiers is one). Refused
 * ({@code bad-name}): control, format and invisible characters (zero-width spaces, direction
 * overrides, fillers that look blank), more than {@link #MAX_MARKS} marks on one character, and names
 * with no letter or digit. Two names are "the same" when their confusable skeletons (Unicode UTS #39,
 * after case folding) are equal, so a Cyrillic "Аnna" is taken once "Anna" is. Pure.
 */
public final class PlayerName {
  public static final int MAX = 24;
  static final int MAX_MARKS = 3;
  /** Longer than any name of {@link #MAX} characters: refused before any further work. */
  private static final int MAX_UTF16 = 256;
  private static final int ZWJ = 0x200D;
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

  /** An accepted name, as shown, and the key that says whether it is taken. */
  public record Name(String shown, String key) {
  }

  /** Why a name was refused. */
  public static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  private PlayerName() {
  }

  /** The name as it will be shown, or {@link Refused} with the reason. */
  public static Name check(String raw) throws Refused {
    if (raw == null || raw.length() > MAX_UTF16) throw new Refused("A name is 1 to " + MAX + " characters.");
    // A line break or tab inside a name is a control character, refused before spaces are tidied.
    String trimmed = raw.strip();
    if (trimmed.codePoints().anyMatch(Character::isISOControl)) throw new Refused("A name cannot hold invisible or control characters.");
    String name = spaces(NFC.normalize(raw));
    boolean visible = false;
    int marks = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int type = UCharacter.getType(cp);
      if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.COMBINING_SPACING_MARK) {
        if (++marks > MAX_MARKS) throw new Refused("Too many accents on one letter.");
      } else {
        marks = 0;
      }
      if (!allowed(name, i, cp, type)) throw new Refused("A name cannot hold invisible or control characters.");
      if (UCharacter.isLetterOrDigit(cp)) visible = true;
      i += Character.charCount(cp);
    }
    int length = graphemes(name);
    if (length < 1 || length > MAX) throw new Refused("A name is 1 to " + MAX + " characters.");
    if (!visible) throw new Refused("A name needs at least one letter or digit.");
    return new Name(name, key(name));
  }

  /** User-perceived characters (extended grapheme clusters, UAX #29). */
  public static int graphemes(String s) {
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(s);
    int n = 0;
    while (it.next() != BreakIterator.DONE) n++;
    return n;
  }

  /** The skeleton two look-alike names share: case folded, ignorables dropped, confusables mapped. */
  static String key(String shown) {
    String folded = UCharacter.foldCase(shown, true);
    StringBuilder kept = new StringBuilder(folded.length());
    folded.codePoints().filter(cp -> !UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT))
        .forEach(kept::appendCodePoint);
    return SPOOF.getSkeleton(kept);
  }

  /** Every kind of space as one plain space, runs collapsed, trimmed. */
  private static String spaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isUWhiteSpace(cp) && cp != ZWJ) {
        space = out.length() > 0;
        continue;
      }
      if (space) out.append(' ');
      space = false;
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  private static boolean allowed(String name, int at, int cp, int type) {
    if (cp == ' ') return true;
    if (type == UCharacter.CONTROL || type == UCharacter.SURROGATE || type == UCharacter.UNASSIGNED
        || type == UCharacter.PRIVATE_USE || type == UCharacter.LINE_SEPARATOR || type == UCharacter.PARAGRAPH_SEPARATOR) {
      return false;
    }
    // U+2800 (blank Braille) is a symbol that draws nothing.
    if (cp == 0x2800) return false;
    boolean ignorable = UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    if (cp == ZWJ || (cp >= 0xFE00 && cp <= 0xFE0F)) return afterEmoji(name, at);
    return !ignorable && type != UCharacter.FORMAT;
  }

  /** A joiner or variation selector is kept only where an emoji uses it: right after a pictograph. */
  private static boolean afterEmoji(String name, int at) {
    if (at == 0) return false;
    int before = name.codePointBefore(at);
    return UCharacter.hasBinaryProperty(before, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(before, UProperty.EMOJI_MODIFIER)
        || (before >= 0xFE00 && before <= 0xFE0F);
  }
}
