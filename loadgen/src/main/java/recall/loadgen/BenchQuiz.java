package recall.loadgen;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.SplittableRandom;

/**
 * The quiz the benchmark posts and plays: a few kinds of question whose right answers the
 * simulated students know, so that some answer right and some wrong.
 */
final class BenchQuiz {
  static final String ID = "bench-load";
  static final int SIZE = 5;

  private BenchQuiz() {
  }

  /** The quiz document, as {@code POST /api/quizzes} takes it. */
  static JsonObject document() {
    JsonArray qs = new JsonArray()
        .add(question("bench-01", "single", "Which year did the first Five-Year Plan begin?")
            .put("options", new JsonArray().add("1921").add("1928").add("1932").add("1941")).put("answer", new JsonArray().add(1)))
        .add(question("bench-02", "truefalse", "The NEP allowed small private trade.")
            .put("options", new JsonArray().add("True").add("False")).put("answer", new JsonArray().add(0)))
        .add(question("bench-03", "numeric", "In which year was Kirov murdered?")
            .put("answer", new JsonObject().put("value", 1934).put("tolerance", 0)))
        .add(question("bench-04", "multiple", "Which were members of the Politburo in 1924?")
            .put("options", new JsonArray().add("Trotsky").add("Kirov").add("Zinoviev").add("Yezhov")).put("answer", new JsonArray().add(0).add(2)))
        .add(question("bench-05", "single", "Who led the NKVD from 1936 to 1938?")
            .put("options", new JsonArray().add("Yagoda").add("Beria").add("Yezhov").add("Molotov")).put("answer", new JsonArray().add(2)));
    return new JsonObject().put("id", ID).put("title", "Benchmark quiz").put("section", "Benchmark").put("questions", qs);
  }

  private static JsonObject question(String id, String kind, String text) {
    return new JsonObject().put("id", id).put("kind", kind).put("text", text).put("timeLimitSeconds", 30)
        .put("source", new JsonObject().put("line", 1).put("quote", text));
  }

  static JsonArray ids(int count) {
    JsonArray out = new JsonArray();
    for (int i = 1; i <= count; i++) out.add(String.format("bench-%02d", i));
    return out;
  }

  /** An answer message to question {@code index}, right or wrong. */
  static JsonObject answer(int index, boolean right, SplittableRandom random) {
    JsonObject msg = new JsonObject().put("type", "answer").put("index", index);
    return switch (index % SIZE) {
      case 0 -> msg.put("choice", new JsonArray().add(right ? 1 : pickOther(1, 4, random)));
      case 1 -> msg.put("choice", new JsonArray().add(right ? 0 : 1));
      case 2 -> msg.put("value", right ? 1934 : 1930 + random.nextInt(4));
      case 3 -> msg.put("choice", right ? new JsonArray().add(0).add(2) : new JsonArray().add(1).add(random.nextInt(4) == 1 ? 3 : 2));
      default -> msg.put("choice", new JsonArray().add(right ? 2 : pickOther(2, 4, random)));
    };
  }

  private static int pickOther(int right, int options, SplittableRandom random) {
    int pick = random.nextInt(options - 1);
    return pick >= right ? pick + 1 : pick;
  }
}
