package recall.quiz;

import java.math.BigDecimal;
import java.util.List;

/**
 * Moodle GIFT, the question format most school VLEs import and export.
 *
 * <p>Read: {@code //} comments, {@code ::name::}, {@code $CATEGORY:} (the document's section),
 * multiple choice {@code {=right ~wrong}}, multiple answers {@code {~%50%a ~%50%b ~%-100%c}},
 * true/false {@code {T}} {@code {FALSE}}, short answer {@code {=Kirov =Sergei Kirov}} (kind
 * {@code text}), numeric {@code {#1934}} {@code {#1934:2}} {@code {#1930..1940}}, escapes
 * {@code \~ \= \# \{ \} \:}, per-answer feedback {@code #...} (dropped) and general feedback
 * {@code ####...} (the explanation). Matching, essay and description items are reported with their
 * line and skipped.
 */
public final class Gift {

  private Gift() {
  }

  /**
   * A quiz document (id from the title, questions {@code q-01}...) holding every question read,
   * and a problem naming the line of each question that could not be.
   */
  public static ImportResult parse(String text, String title) {
    return new GiftReader(title).read(text);
  }

  /** The quiz as GIFT; {@code order} and {@code poll} questions, which GIFT cannot hold, become a comment. */
  public static String write(Quiz quiz) {
    StringBuilder out = new StringBuilder();
    out.append("// ").append(oneLine(quiz.title())).append('\n');
    out.append("// exported from Recall, quiz ").append(quiz.id()).append("\n\n");
    if (quiz.section() != null && !quiz.section().isBlank()) {
      // A slash would open a sub-category in Moodle.
      out.append("$CATEGORY: ").append(oneLine(quiz.section()).replace('/', '-')).append("\n\n");
    }
    for (Question q : quiz.questions()) {
      if (q.kind() == Kind.ORDER || q.kind() == Kind.POLL) {
        out.append("// skipped ").append(oneLine(q.id())).append(" (").append(q.kind().wire())
            .append("): GIFT has no ").append(q.kind() == Kind.ORDER ? "ordering question" : "poll without a right answer")
            .append("\n\n");
        continue;
      }
      out.append("::").append(GiftText.escape(q.id())).append("::").append(GiftText.escape(q.text())).append(" {");
      out.append(answers(q));
      if (q.explanation() != null && !q.explanation().isBlank()) out.append("\t####").append(GiftText.escape(q.explanation())).append('\n');
      out.append("}\n\n");
    }
    return out.toString();
  }

  private static String answers(Question q) {
    StringBuilder out = new StringBuilder("\n");
    switch (q.kind()) {
      case SINGLE -> {
        for (int i = 0; i < q.options().size(); i++) {
          out.append('\t').append(q.answer().contains(i) ? '=' : '~').append(GiftText.escape(q.options().get(i))).append('\n');
        }
      }
      case MULTIPLE -> {
        // Moodle wants weights from its own list: 100/n is on it for n = 1..10.
        String right = "%" + decimal(Math.round(10_000_000.0 / q.answer().size()) / 100_000.0) + "%";
        for (int i = 0; i < q.options().size(); i++) {
          out.append("\t~").append(q.answer().contains(i) ? right : "%-100%").append(GiftText.escape(q.options().get(i))).append('\n');
        }
      }
      case TRUEFALSE -> out.append('\t').append(q.answer().equals(List.of(0)) ? "TRUE" : "FALSE").append('\n');
      case NUMERIC -> out.append("\t#").append(decimal(q.value())).append(':').append(decimal(q.tolerance())).append('\n');
      case TEXT -> q.accept().forEach(a -> out.append("\t=").append(GiftText.escape(a)).append('\n'));
      default -> throw new IllegalArgumentException("GIFT cannot hold a " + q.kind().wire() + " question");
    }
    return out.toString();
  }

  private static String decimal(Double d) {
    return d == null ? "0" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
