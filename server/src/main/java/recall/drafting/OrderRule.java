package recall.drafting;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Three to five dated events of one section, to be put in order. Each event is a sentence with one
 * year; the item is the sentence without its date, so that the items do not give the order away.
 * The draft cites the earliest event's line; the explanation gives every event's year and line.
 */
final class OrderRule implements DraftRule {

  private static final int MAX_ITEMS = 4;
  private static final int MAX_PER_SECTION = 2;
  /** The words that lead up to a year ("in December ", "by ", "May "), taken off with it. */
  private static final Pattern DATE_LEAD = Pattern.compile(
      "(?i)(?:\\b(?:in|by|from|since|during|of|until|on)\\s+)?(?:\\b(?:early|late|mid-?)\\s*)?"
          + "(?:\\b(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?\\(?\\s*$");
  private static final Pattern ORDINAL = Pattern.compile("(?i)^(?:first|second|third|fourth|fifth|last|final|then|next|later|finally)\\b");

  /** A sentence with one year, as an order item. */
  record Event(int year, int line, String quote, String item) {
  }

  @Override
  public String id() {
    return "order-dates";
  }

  @Override
  public String description() {
    return "Three to five dated events of one section, put in the order they happened";
  }

  @Override
  public Kind kind() {
    return Kind.ORDER;
  }

  @Override
  public List<Draft> draft(DraftScope scope) {
    Map<String, List<Event>> bySection = new LinkedHashMap<>();
    for (NotesLine line : scope.lines()) {
      for (Sentence s : line.sentences()) {
        Event e = event(scope, line, s);
        if (e != null) bySection.computeIfAbsent(Objects.toString(line.section(), ""), k -> new ArrayList<>()).add(e);
      }
    }
    List<Draft> drafts = new ArrayList<>();
    bySection.forEach((section, events) -> drafts.addAll(drafts(section, events)));
    return drafts;
  }

  private List<Draft> drafts(String section, List<Event> events) {
    Map<Integer, Event> oneAYear = new LinkedHashMap<>();
    events.stream().sorted(Comparator.comparingInt(Event::year)).forEach(e -> oneAYear.putIfAbsent(e.year(), e));
    List<Event> dated = new ArrayList<>(oneAYear.values());
    List<Draft> drafts = new ArrayList<>();
    for (int from = 0; from + 3 <= dated.size() && drafts.size() < MAX_PER_SECTION; from += MAX_ITEMS) {
      List<Event> chosen = dated.subList(from, Math.min(dated.size(), from + MAX_ITEMS));
      JsonArray items = new JsonArray();
      StringBuilder explanation = new StringBuilder("In the notes: ");
      for (Event e : chosen) {
        items.add(e.item());
        explanation.append(explanation.length() > 14 ? "; " : "").append(e.year()).append(" (line ").append(e.line()).append("): ").append(e.item().replaceAll("[.;:]+$", ""));
      }
      // A heading such as "How were these aims achieved?" leans on the one before: then none is named.
      String topic = section.isEmpty() || Stem.leans(section) ? "" : " From the notes on " + Stem.quoted(section) + ".";
      JsonObject body = new JsonObject()
          .put("text", "Put the events in the order they happened, earliest first." + topic)
          .put("items", items)
          .put("timeLimitSeconds", 45)
          .put("explanation", explanation.append('.').toString());
      Event first = chosen.get(0);
      String key = "order:" + section + ":" + chosen.stream().map(e -> String.valueOf(e.year())).toList();
      drafts.add(new Draft(id(), kind(), first.line(), first.quote(), key, 0.6 + 0.05 * (chosen.size() - 3), AnswerType.YEAR, body));
    }
    return drafts;
  }

  private static Event event(DraftScope scope, NotesLine line, Sentence s) {
    Candidate year = null;
    for (Candidate c : scope.candidates(line)) {
      if (c.sentence() != s || c.type() != AnswerType.YEAR) continue;
      if (year != null) return null;
      year = c;
    }
    if (year == null) return null;
    String before = line.text().substring(s.start(), year.start());
    String after = line.text().substring(year.end(), s.end());
    before = DATE_LEAD.matcher(before).replaceFirst("");
    String item = tidy(before + " " + after.replaceFirst("^\\s*\\)", ""));
    if (item.length() < 15 || item.length() > 120 || Stem.leans(item) || ORDINAL.matcher(item).find()) return null;
    return new Event((int) year.value(), line.number(), s.text().strip(), item);
  }

  private static String tidy(String item) {
    String s = item.replaceAll("\\(\\s*\\)", "").replaceAll("\\s+", " ").replaceAll("\\s+([,.;:])", "$1").strip();
    s = s.replaceAll("^[,;:–—-]+\\s*", "").replaceAll("[,;:–—-]+\\s*$", "").replaceAll("\\s+(in|by|from|since|during|of|on)[.]?$", ".");
    s = s.replaceAll("^(?i)(in|by|from|since|during|of|until|on)\\s+", "").strip();
    if (s.isEmpty()) return s;
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
