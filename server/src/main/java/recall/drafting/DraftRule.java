package recall.drafting;

import recall.quiz.Kind;

import java.util.List;

/**
 * One way of drafting questions from notes, like a lint rule: an id (carried in each draft's
 * {@code draft.rule}), a one-line description, the kind it makes, and its own tests. Rules
 * overgenerate; {@link Drafter} ranks and keeps the best.
 */
public interface DraftRule {

  String id();

  String description();

  Kind kind();

  /** Drafts for the lines of {@code scope}; distractors may come from anywhere in the notes. */
  List<Draft> draft(DraftScope scope);
}
