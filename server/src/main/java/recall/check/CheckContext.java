package recall.check;

import recall.quiz.Question;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a rule may look at beside the question itself: the other questions of the quiz, in order,
 * and the notes the quiz cites, when they are at hand. It also remembers what rules work out from
 * a text, so that comparing every question with every other over a whole bank stays fast.
 */
public final class CheckContext {
  private final List<Question> questions;
  private final Notes notes;
  private final Map<String, Map<Object, Object>> memo = new HashMap<>();
  private final Map<String, Map<Question, Object>> perQuestion = new HashMap<>();

  /**
   * @param questions every question of the quiz (or of the folder, for a check over a whole bank)
   * @param notes the notes, or null when the quiz cites none or they are not at hand
   */
  public CheckContext(List<Question> questions, Notes notes) {
    this.questions = List.copyOf(questions);
    this.notes = notes;
  }

  public List<Question> questions() {
    return questions;
  }

  /** The notes, or null. */
  public Notes notes() {
    return notes;
  }

  /** The notes line a question cites, or null without notes or with a line out of range. */
  public String citedLine(Question q) {
    if (notes == null || q.sourceLine() < 1 || q.sourceLine() > notes.size()) return null;
    return notes.line(q.sourceLine());
  }

  /** {@code f(key)}, worked out once per context for each kind of result ({@code what}). */
  @SuppressWarnings("unchecked")
  <K, V> V remember(String what, K key, Function<K, V> f) {
    return (V) memo.computeIfAbsent(what, w -> new HashMap<>()).computeIfAbsent(key, k -> f.apply((K) k));
  }

  /** {@code f(q)}, worked out once per context for each question (by identity: records hash slowly). */
  @SuppressWarnings("unchecked")
  <V> V remember(String what, Question q, Function<Question, V> f) {
    return (V) perQuestion.computeIfAbsent(what, w -> new IdentityHashMap<>()).computeIfAbsent(q, f::apply);
  }
}
