package recall.check;

import java.util.List;

/** Every item-writing rule, in the order their warnings are listed. Adding a rule is one line here. */
public final class Rules {

  private static final List<Rule> ALL = List.of(
      new LongestOption(),
      new OptionLengths(),
      new AllNoneOfTheAbove(),
      new NegativeStem(),
      new AbsoluteDistractor(),
      new AbsoluteTrueFalse(),
      new LeaningStem(),
      new TrueByNotes(),
      new NumericOrder(),
      new OrderGiveaway(),
      new DuplicateOption(),
      new DuplicateQuestion());

  private Rules() {
  }

  public static List<Rule> all() {
    return ALL;
  }

  /** The rule with this id, or null. */
  public static Rule byId(String id) {
    for (Rule r : ALL) {
      if (r.id().equals(id)) return r;
    }
    return null;
  }

  public static List<String> ids() {
    return ALL.stream().map(Rule::id).toList();
  }
}
