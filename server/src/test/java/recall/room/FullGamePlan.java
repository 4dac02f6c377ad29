package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.support.Ws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The plan of {@link FullGameTest}: a quiz with every kind of question, 30 players, and what each
 * of them answers to each question (right, partly right, wrong or nothing).
 */
final class FullGamePlan {
  private FullGamePlan() {
  }

  static final int PLAYERS = 30;

  /** What a player does with a question. On a poll, anything but SILENT means "votes". */
  enum Act { RIGHT, PARTLY, WRONG, SILENT }

  // ---- the quiz: one question of each kind, then one more single to reach the streak cap ----

  static final String[] KINDS = {"single", "multiple", "truefalse", "numeric", "order", "poll", "text", "single"};
  static final int[] SECONDS = {10, 20, 10, 15, 20, 10, 15, 10};
  static final String[] ORDER_ITEMS = {"Lenin dies", "Trotsky loses the War Commissariat",
      "Trotsky is expelled from the Party", "The first Five-Year Plan begins"};
  /**
   * Partly right picks for the multiple question (right: 0 and 3), and the credit each earns by the
   * version 2 rule: max(0, right ticked - wrong ticked) / right options.
   */
  private static final int[][] MULTIPLE_PARTLY = {{0}, {0, 1, 3}, {0, 1}, {1, 2, 3}};
  private static final double[] MULTIPLE_FRACTION = {0.5, 0.5, 0, 0};
  /** Partly right orders, as positions of the right order, and the share of items each puts in place. */
  private static final int[][] ORDER_PARTLY = {{1, 0, 2, 3}, {0, 1, 3, 2}, {1, 2, 0, 3}};
  private static final double[] ORDER_FRACTION = {0.5, 0.5, 0.25};
  private static final Object[] NUMERIC_RIGHT = {1934, 1933, 1935, 1934.5};
  private static final String[] TEXT_RIGHT = {"  sérgei KIROV ", "kirov", "Sergei Kirov", "KÍROV"};
  private static final String QUOTED_TEXT = "Who wrote \"The Revolution Betrayed\", in exile?";

  static JsonObject quiz() {
    JsonArray qs = new JsonArray()
        .add(question(0, "Who was General Secretary from 1922?").put("options", strings("Trotsky", "Zinoviev", "Stalin", "Bukharin"))
            .put("answer", new JsonArray().add(2)))
        .add(question(1, "Who led the United Opposition of 1926?").put("options", strings("Trotsky", "Rykov", "Tomsky", "Zinoviev"))
            .put("answer", new JsonArray().add(0).add(3)))
        .add(question(2, "Lenin's Testament was read out to the whole Party Congress.").put("answer", new JsonArray().add(1)))
        .add(question(3, "In which year was Kirov murdered?").put("answer", new JsonObject().put("value", 1934).put("tolerance", 1)))
        .add(question(4, "Put these in order, earliest first.").put("items", strings(ORDER_ITEMS)))
        .add(question(5, "Whom would you have backed in 1924?").put("options", strings("Trotsky", "Stalin", "Bukharin")))
        .add(question(6, "Who was murdered in Leningrad in December 1934?").put("accept", strings("Kirov", "Sergei Kirov")))
        .add(question(7, QUOTED_TEXT).put("options", strings("Trotsky", "Bukharin", "Kamenev")).put("answer", new JsonArray().add(0)));
    return new JsonObject().put("id", "full-game").put("title", "Every kind, once").put("section", "Tests").put("questions", qs);
  }

  private static JsonObject question(int q, String text) {
    return new JsonObject().put("id", "fg-" + q).put("kind", KINDS[q]).put("text", text).put("timeLimitSeconds", SECONDS[q])
        .put("source", new JsonObject().put("line", q + 1).put("quote", "line " + (q + 1)));
  }

  private static JsonArray strings(String... s) {
    return new JsonArray(Arrays.asList((Object[]) s));
  }

  static String text(int q) {
    return quiz().getJsonArray("questions").getJsonObject(q).getString("text");
  }

  // ---- the players and their plan ----

  static String name(int p) {
    return switch (p) {
      case 1 -> "Anna \"Red\" Petrova";
      case 2 -> "Ivanov, Boris";
      case 3 -> "=Mikhail";
      case 4 -> "Zoë";
      default -> String.format("Player %02d", p);
    };
  }

  /**
   * Players 0-4 answer everything right (their streak reaches the cap on the last question), 27
   * answers everything wrong, 28 only votes in the poll, 29 stays silent: those three tie at 0.
   * The rest cycle through right, right, partly right, wrong and silent.
   */
  static Act act(int p, int q) {
    if (p < 5) return Act.RIGHT;
    if (p == 27) return Act.WRONG;
    if (p == 28) return isPoll(q) ? Act.RIGHT : Act.SILENT;
    if (p == 29) return Act.SILENT;
    Act a = List.of(Act.RIGHT, Act.RIGHT, Act.PARTLY, Act.WRONG, Act.SILENT).get((p + 2 * q) % 5);
    return a == Act.PARTLY && !hasPartialCredit(q) ? Act.RIGHT : a;
  }

  static boolean isPoll(int q) {
    return KINDS[q].equals("poll");
  }

  private static boolean hasPartialCredit(int q) {
    return KINDS[q].equals("multiple") || KINDS[q].equals("order");
  }

  /** The share of the answer that the plan makes right (0 for a poll or no answer). */
  static double fraction(int p, int q) {
    Act a = act(p, q);
    if (a == Act.SILENT || isPoll(q)) return 0;
    return switch (a) {
      case RIGHT -> 1;
      case PARTLY -> KINDS[q].equals("multiple") ? MULTIPLE_FRACTION[p % 4] : ORDER_FRACTION[p % 3];
      default -> 0;
    };
  }

  /** The answer message player p sends, or null when it stays silent. */
  static JsonObject answer(int p, int q, JsonObject question) {
    Act a = act(p, q);
    if (a == Act.SILENT) return null;
    return switch (q) {
      case 0 -> Ws.answer(q, "choice", new JsonArray().add(a == Act.RIGHT ? 2 : (3 + p % 3) % 4));
      case 1 -> Ws.answer(q, "choice", switch (a) {
        case RIGHT -> new JsonArray().add(0).add(3);
        case PARTLY -> new JsonArray(Arrays.stream(MULTIPLE_PARTLY[p % 4]).boxed().toList());
        default -> new JsonArray().add(1).add(2);
      });
      case 2 -> Ws.answer(q, "choice", new JsonArray().add(a == Act.RIGHT ? 1 : 0));
      case 3 -> Ws.answer(q, "value", a == Act.RIGHT ? NUMERIC_RIGHT[p % 4] : 1936 + p % 3);
      case 4 -> Ws.answer(q, "order", order(rightIds(question), a, p));
      case 5 -> Ws.answer(q, "choice", new JsonArray().add(p % 3));
      case 6 -> Ws.answer(q, "text", a == Act.RIGHT ? TEXT_RIGHT[p % 4] : "Zinoviev");
      default -> Ws.answer(q, "choice", new JsonArray().add(a == Act.RIGHT ? 0 : 1 + p % 2));
    };
  }

  /** The item ids in the right order: the shuffled options' texts matched against the quiz's items. */
  static List<String> rightIds(JsonObject question) {
    Map<String, String> idOf = new HashMap<>();
    for (Object o : question.getJsonArray("options")) {
      JsonObject item = (JsonObject) o;
      idOf.put(item.getString("text"), item.getString("id"));
    }
    return Arrays.stream(ORDER_ITEMS).map(idOf::get).toList();
  }

  private static JsonArray order(List<String> right, Act a, int p) {
    List<String> out = switch (a) {
      case RIGHT -> right;
      case PARTLY -> Arrays.stream(ORDER_PARTLY[p % 3]).mapToObj(right::get).toList();
      default -> IntStream.range(0, right.size()).mapToObj(i -> right.get(right.size() - 1 - i)).toList();
    };
    return new JsonArray(new ArrayList<>(out));
  }

  /** The right answer to question q (as the players saw it) in {@code reveal.correct} and {@code outcome.correctAnswer}. */
  static JsonObject correctAnswer(int q, JsonObject question) {
    return switch (q) {
      case 0 -> new JsonObject().put("choice", new JsonArray().add(2));
      case 1 -> new JsonObject().put("choice", new JsonArray().add(0).add(3));
      case 2 -> new JsonObject().put("choice", new JsonArray().add(1));
      case 3 -> new JsonObject().put("value", 1934).put("tolerance", 1);
      case 4 -> new JsonObject().put("order", new JsonArray(new ArrayList<>(rightIds(question))));
      case 5 -> new JsonObject();
      case 6 -> new JsonObject().put("accept", strings("Kirov", "Sergei Kirov"));
      default -> new JsonObject().put("choice", new JsonArray().add(0));
    };
  }

  /** Whether player p's answer to question q is fully right (never, for a poll). */
  static boolean correct(int p, int q) {
    return !isPoll(q) && fraction(p, q) == 1;
  }

  /** How many players answer question q fully right. */
  static int fullyRight(int q) {
    return (int) IntStream.range(0, PLAYERS).filter(p -> correct(p, q)).count();
  }
}
