package recall.check;

import recall.quiz.AcceptedWarning;
import recall.quiz.Kind;
import recall.quiz.Question;

import java.util.List;

/** Small questions for the rules' tests, and a way to run one rule on them. */
final class Items {

  private Items() {
  }

  static Question single(String text, int key, String... options) {
    return new Question("q", Kind.SINGLE, text, List.of(options), List.of(key), null, null, null, null, null, 1, "", null);
  }

  static Question multiple(String text, List<Integer> keys, String... options) {
    return new Question("q", Kind.MULTIPLE, text, List.of(options), keys, null, null, null, null, null, 1, "", null);
  }

  static Question trueFalse(String text, boolean isTrue) {
    return new Question("q", Kind.TRUEFALSE, text, List.of("True", "False"), List.of(isTrue ? 0 : 1), null, null, null, null, null, 1, "", null);
  }

  static Question order(String text, String... items) {
    return new Question("q", Kind.ORDER, text, null, null, null, null, List.of(items), null, null, 1, "", null);
  }

  static Question poll(String text, String... options) {
    return new Question("q", Kind.POLL, text, List.of(options), null, null, null, null, null, null, 1, "", null);
  }

  static Question numeric(String id, String text, double value, int line) {
    return new Question(id, Kind.NUMERIC, text, null, null, value, 0.0, null, null, null, line, "", null);
  }

  static Question text(String id, String text, int line, String... accept) {
    return new Question(id, Kind.TEXT, text, null, null, null, null, null, List.of(accept), null, line, "", null);
  }

  /** The same question with another id, notes line and quote. */
  static Question cite(Question q, String id, int line, String quote) {
    return new Question(id, q.kind(), q.text(), q.options(), q.answer(), q.value(), q.tolerance(), q.items(), q.accept(),
        q.timeLimitSeconds(), line, quote, q.explanation(), q.acceptedWarnings());
  }

  /** The same question, accepting this rule's warnings. */
  static Question accepting(Question q, String rule) {
    return new Question(q.id(), q.kind(), q.text(), q.options(), q.answer(), q.value(), q.tolerance(), q.items(), q.accept(),
        q.timeLimitSeconds(), q.sourceLine(), q.sourceQuote(), q.explanation(), List.of(new AcceptedWarning(rule, "on purpose")));
  }

  /** What one rule says about one question alone, without notes. */
  static List<String> run(Rule rule, Question q) {
    return rule.check(q, new CheckContext(List.of(q), null));
  }

  /** What one rule says about a question that cites these notes. */
  static List<String> run(Rule rule, Question q, List<String> notes) {
    return rule.check(q, new CheckContext(List.of(q), new Notes(notes)));
  }
}
