package recall.drafting;

import io.vertx.core.json.JsonArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Right and wrong options mixed in an order fixed by the question (same notes, same draft). */
final class Options {

  final List<String> options = new ArrayList<>();
  final List<Integer> answer = new ArrayList<>();

  private Options() {
  }

  static Options mix(List<String> right, List<String> wrong, String seed) {
    List<String[]> all = new ArrayList<>();
    right.forEach(r -> all.add(new String[] {r, "1"}));
    wrong.forEach(w -> all.add(new String[] {w, "0"}));
    java.util.Collections.shuffle(all, new Random(seed.hashCode()));
    Options o = new Options();
    for (String[] option : all) {
      if (option[1].equals("1")) o.answer.add(o.options.size());
      o.options.add(option[0]);
    }
    return o;
  }

  JsonArray optionsJson() {
    return new JsonArray(new ArrayList<>(options));
  }

  JsonArray answerJson() {
    return new JsonArray(new ArrayList<>(answer));
  }
}
