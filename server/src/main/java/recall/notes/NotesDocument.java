package recall.notes;

import java.util.List;

/**
 * A notes document as Recall keeps it: one bullet or paragraph a line, numbered from 1 (line
 * {@code n} is {@code lines.get(n - 1)}), and the headings found among those lines. Immutable, so a
 * citation of line {@code n} stays true for as long as the document exists.
 */
public record NotesDocument(String title, List<String> lines, List<Section> sections) {

  /** A heading: the line it stands on, and its text. */
  public record Section(int line, String title) {
  }

  public NotesDocument {
    lines = List.copyOf(lines);
    sections = List.copyOf(sections);
  }

  public int lineCount() {
    return lines.size();
  }

  /** Line {@code n}, counted from 1. */
  public String line(int n) {
    return lines.get(n - 1);
  }

  /** The heading that line {@code n} falls under, or null before the first heading. */
  public Section sectionOf(int n) {
    Section found = null;
    for (Section s : sections) {
      if (s.line() > n) break;
      found = s;
    }
    return found;
  }

  /** Whether line {@code n} is itself a heading. */
  public boolean isHeading(int n) {
    return sections.stream().anyMatch(s -> s.line() == n);
  }
}
