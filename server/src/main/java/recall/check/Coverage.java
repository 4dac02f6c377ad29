package recall.check;

import recall.quiz.Question;
import recall.quiz.Quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * How much of the notes a set of quizzes asks about: the content lines (bullets, numbered points,
 * sentences; not headings or blanks) that some question cites, and the bullets among them.
 */
public record Coverage(int contentLines, int citedContentLines, int bullets, int citedBullets) {

  /** Coverage of one notes document by the questions of these quizzes that cite it. */
  public static Coverage of(Notes notes, List<Quiz> quizzes, Function<Quiz, Notes> notesOf) {
    Set<Integer> cited = new HashSet<>();
    for (Quiz quiz : quizzes) {
      if (notesOf.apply(quiz) != notes) continue;
      for (Question q : quiz.questions()) cited.add(q.sourceLine());
    }
    int content = 0;
    int citedContent = 0;
    int bullets = 0;
    int citedBullets = 0;
    for (int n = 1; n <= notes.size(); n++) {
      if (!notes.isContent(n)) continue;
      content++;
      if (cited.contains(n)) citedContent++;
      if (notes.isBullet(n)) {
        bullets++;
        if (cited.contains(n)) citedBullets++;
      }
    }
    return new Coverage(content, citedContent, bullets, citedBullets);
  }

  /** The share of content lines cited, 0 to 1 (1 for notes with no content). */
  public double share() {
    return contentLines == 0 ? 1 : (double) citedContentLines / contentLines;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d of %d content lines cited (%.0f%%); bullets %d of %d (%.0f%%)", citedContentLines,
        contentLines, share() * 100, citedBullets, bullets, bullets == 0 ? 100.0 : 100.0 * citedBullets / bullets);
  }

  /** How many {@code single} questions there are, and in how many the key is strictly the longest option. */
  public record KeyLengths(int singles, int longest) {

    public static KeyLengths of(List<Quiz> quizzes) {
      int singles = 0;
      int longest = 0;
      for (Quiz quiz : quizzes) {
        for (Question q : quiz.questions()) {
          if (q.kind() != recall.quiz.Kind.SINGLE) continue;
          singles++;
          if (LongestOption.keyIsLongest(q)) longest++;
        }
      }
      return new KeyLengths(singles, longest);
    }

    /** The share of single keys that are the longest option, 0 to 1. */
    public double share() {
      return singles == 0 ? 0 : (double) longest / singles;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d of %d single questions have the longest option as their key (%.0f%%; 25%% by chance with four options)",
          longest, singles, share() * 100);
    }
  }
}
