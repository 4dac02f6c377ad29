package recall.drafting;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A line that presents a debate ("historians debate", "some argue ... others", "scientists
 * disagree"), asked as a poll for discussion. When the notes name the two sides (on the line, or
 * "Some argued..." here and "Others argued..." a few lines on), they are the options; otherwise the
 * class says how far it agrees.
 */
final class PollRule implements DraftRule {

  private static final Pattern SOME = Pattern.compile("(?i)^some\\s+(?:\\w+\\s+)?(?:argue|argued|believe|believed|claim|claimed|think|thought|say|said)\\s+(?:that\\s+)?");
  private static final Pattern OTHERS = Pattern.compile("(?i)^others\\s+(?:\\w+\\s+)?(?:argue|argued|believe|believed|claim|claimed|think|thought|say|said|maintain|maintained)\\s+(?:that\\s+)?");
  private static final int LOOK_AHEAD = 4;
  private static final int MAX_SIDE = 140;

  @Override
  public String id() {
    return "poll-debate";
  }

  @Override
  public String description() {
    return "A line that presents a debate, asked as a poll for discussion";
  }

  @Override
  public Kind kind() {
    return Kind.POLL;
  }

  @Override
  public List<Draft> draft(DraftScope scope) {
    List<Draft> drafts = new ArrayList<>();
    for (NotesLine line : scope.lines()) {
      for (Sentence s : line.sentences()) {
        String text = s.text().strip();
        if (!Debates.isDebate(text) || OTHERS.matcher(text).find() || text.split("\\s+").length < Stem.MIN_WORDS || Stem.leans(text)) continue;
        String[] sides = Debates.sides(text);
        if (sides == null) sides = acrossLines(scope, line, text);
        boolean named = sides != null && sides[0].length() <= MAX_SIDE && sides[1].length() <= MAX_SIDE
            && !Stem.leans(sides[0]) && !Stem.leans(sides[1]);
        JsonArray options = named
            ? new JsonArray().add(sides[0]).add(sides[1]).add("Something of both")
            : new JsonArray().add("Agree").add("Partly agree").add("Disagree");
        String ask = named ? "Discussion: which view do you find more convincing? " : "Discussion: how far do you agree? ";
        JsonObject body = new JsonObject()
            .put("text", ask + Stem.quoted(text))
            .put("options", options)
            .put("timeLimitSeconds", 30)
            .put("explanation", "The notes present a debate: " + Stem.quoted(text) + " There is no single right answer.");
        drafts.add(new Draft(id(), kind(), line.number(), text, "debate:" + Candidate.normal(text), named ? 0.75 : 0.55, null, body));
      }
    }
    return drafts;
  }

  /** "Some argued that A." on this line and "Others argued that B." within a few lines of the same section. */
  private static String[] acrossLines(DraftScope scope, NotesLine line, String text) {
    var some = SOME.matcher(text);
    if (!some.find()) return null;
    int last = Math.min(scope.notes().lines().size(), line.number() + LOOK_AHEAD);
    for (int n = line.number() + 1; n <= last; n++) {
      NotesLine next = scope.notes().line(n);
      if (!Objects.equals(next.section(), line.section())) break;
      for (Sentence s : next.sentences()) {
        var others = OTHERS.matcher(s.text().strip());
        if (others.find()) return new String[] {side(text.substring(some.end())), side(s.text().strip().substring(others.end()))};
      }
    }
    return null;
  }

  private static String side(String s) {
    String t = s.strip().replaceAll("[.;:!?]+$", "");
    return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
