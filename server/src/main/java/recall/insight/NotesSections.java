package recall.insight;

/**
 * Where a line of the notes stands: the heading it falls under. The one place the insight asks about
 * notes documents, so that the shipped notes and the uploaded ones can answer alike.
 */
@FunctionalInterface
public interface NotesSections {
  /** The heading that line {@code line} of notes {@code notes} falls under, or null (unknown notes, before the first heading). */
  String sectionOf(String notes, int line);

  /** Notes with no headings known. */
  NotesSections NONE = (notes, line) -> null;
}
