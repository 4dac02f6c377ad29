package recall.check;

import recall.quiz.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Options that are all figures or years, not in ascending order: students should not hunt for them. */
final class NumericOrder implements Rule {

  @Override
  public String id() {
    return "numeric-order";
  }

  @Override
  public String description() {
    return "the options are all figures or years but not listed smallest first";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    if (!Choices.keyed(q)) return List.of();
    List<Double> values = new ArrayList<>();
    Set<String> unit = Figures.unit(q.options().get(0));
    for (String o : q.options()) {
      Double v = Figures.value(o);
      // "Men aged 16-55" and "Women aged 18-35" are figures of different things: no order to keep.
      if (v == null || !Figures.unit(o).equals(unit)) return List.of();
      values.add(v);
    }
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i) < values.get(i - 1)) {
        return List.of("the options are figures out of order (" + String.join(", ", q.options()) + "): list them smallest first");
      }
    }
    return List.of();
  }
}
