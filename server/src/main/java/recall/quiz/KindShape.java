package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static recall.quiz.QuizValidator.MAX_CHOICES;
import static recall.quiz.QuizValidator.inRange;
import static recall.quiz.QuizValidator.isFinite;
import static recall.quiz.QuizValidator.isText;
import static recall.quiz.QuizValidator.isWhole;

/**
 * The part of {@link QuizValidator} that depends on a question's kind: the fields the contract
 * gives each kind, and no field it gives only to other kinds.
 */
record KindShape(JsonObject q, String label, List<Problem> problems) {

  private static final List<String> TRUE_FALSE = List.of("True", "False");

  void check(Kind kind) {
    switch (kind) {
      case SINGLE -> {
        int count = strings("options", 2, MAX_CHOICES, true);
        List<Integer> answer = indexes(count);
        if (answer != null && answer.size() != 1) problem("answer", "must hold exactly one option index");
      }
      case MULTIPLE -> {
        int count = strings("options", 2, MAX_CHOICES, true);
        List<Integer> answer = indexes(count);
        if (answer != null && answer.isEmpty()) problem("answer", "must hold at least one option index");
      }
      case TRUEFALSE -> {
        Object options = q.getValue("options");
        if (options != null && !(options instanceof JsonArray a && TRUE_FALSE.equals(a.getList()))) {
          problem("options", "must be [\"True\",\"False\"] or left out");
        }
        Object answer = q.getValue("answer");
        if (!(answer instanceof JsonArray a && a.size() == 1 && isWhole(a.getValue(0)) && inRange((Number) a.getValue(0), 0, 1))) {
          problem("answer", "must be [0] (true) or [1] (false)");
        }
      }
      case NUMERIC -> numeric();
      case ORDER -> strings("items", 2, MAX_CHOICES, true);
      case TEXT -> strings("accept", 1, MAX_CHOICES, false);
      case POLL -> strings("options", 2, MAX_CHOICES, true);
    }
    unused(kind, "options", kind.isChoice());
    unused(kind, "answer", kind.isChoice() && kind != Kind.POLL || kind == Kind.NUMERIC);
    unused(kind, "items", kind == Kind.ORDER);
    unused(kind, "accept", kind == Kind.TEXT);
  }

  /** A field the contract names for other kinds; null and {@code []} count as left out. */
  private void unused(Kind kind, String field, boolean used) {
    Object value = q.getValue(field);
    if (used || value == null || value instanceof JsonArray a && a.isEmpty()) return;
    problem(field, "not used by a " + kind.wire() + " question");
  }

  /** Checks a list of non-blank strings; returns its size, or -1 when it is not a usable list. */
  private int strings(String field, int min, int max, boolean distinct) {
    Object value = q.getValue(field);
    if (!(value instanceof JsonArray list)) {
      problem(field, value == null ? "missing: " + min + " to " + max + " strings" : "must be an array of strings");
      return -1;
    }
    if (list.size() < min || list.size() > max) problem(field, "must hold " + min + " to " + max + " entries, not " + list.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object s = list.getValue(i);
      if (!isText(s)) {
        problem(field + "[" + i + "]", "must be a non-blank string");
      } else if (distinct && !seen.add(((String) s).strip().toLowerCase(Locale.ROOT))) {
        problem(field + "[" + i + "]", "repeats an earlier entry");
      }
    }
    return list.size();
  }

  /** Checks {@code answer} as distinct option indexes; returns them, or null when unusable or already faulted. */
  private List<Integer> indexes(int optionCount) {
    Object value = q.getValue("answer");
    if (!(value instanceof JsonArray list)) {
      problem("answer", value == null ? "missing: the right option indexes, from 0" : "must be an array of option indexes");
      return null;
    }
    List<Integer> result = new ArrayList<>();
    boolean bad = false;
    for (int i = 0; i < list.size(); i++) {
      Object n = list.getValue(i);
      String problem = null;
      if (!isWhole(n)) {
        problem = "must be a whole number";
      } else if (optionCount >= 0 && !inRange((Number) n, 0, optionCount - 1)) {
        problem = "index " + n + " is not an option (0 to " + (optionCount - 1) + ")";
      } else if (result.contains(((Number) n).intValue())) {
        problem = "repeats index " + n;
      } else {
        result.add(((Number) n).intValue());
      }
      if (problem != null) problem("answer[" + i + "]", problem);
      bad |= problem != null;
    }
    // A bad entry is already named; counting what is left would only repeat it.
    return bad ? null : result;
  }

  private void numeric() {
    Object value = q.getValue("answer");
    if (!(value instanceof JsonObject answer)) {
      problem("answer", "must be {\"value\": number, \"tolerance\": number}");
      return;
    }
    if (!isFinite(answer.getValue("value"))) problem("answer.value", "must be a number");
    Object tolerance = answer.getValue("tolerance");
    if (tolerance != null && !(isFinite(tolerance) && ((Number) tolerance).doubleValue() >= 0)) {
      problem("answer.tolerance", "must be a number from 0");
    }
  }

  private void problem(String field, String message) {
    problems.add(Problem.of(label, field, message));
  }
}
