package recall.drafting;

import java.util.List;

/** The registry of drafting rules: adding a rule is one line here and its own class and test. */
public final class Rules {

  private Rules() {
  }

  public static List<DraftRule> all() {
    return List.of(new NumericRule(), new OrderRule(), new TextRule(), new SingleRule(), new MultipleRule(),
        new TrueStatementRule(), new SwappedStatementRule(), new PollRule());
  }
}
