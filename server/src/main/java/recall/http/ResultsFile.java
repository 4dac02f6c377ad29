package recall.http;

import recall.store.SessionRecord;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * What a teacher hands on from one session: a file named after the quiz and the day it was played,
 * and each player's accuracy kept apart from the game's points.
 */
final class ResultsFile {
  private ResultsFile() {
  }

  /** "The struggle for power 2026-12-01.csv": the quiz's title and the day, without characters a file system refuses. */
  static String name(SessionRecord s, String extension) {
    String title = s.title() == null || s.title().isBlank() ? "Recall results" : s.title();
    title = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
    if (title.length() > 80) title = title.substring(0, 80).strip();
    String day = s.startedAt() == null ? "" : " " + LocalDate.ofInstant(Instant.ofEpochMilli(s.startedAt()), ZoneOffset.UTC);
    return title + day + "." + extension;
  }

  /**
   * {@code Content-Disposition} for a download: an ASCII {@code filename} for old clients and the
   * exact name as RFC 5987's {@code filename*} (accents and all) for the others.
   */
  static String disposition(String name) {
    String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "'").replace("\\", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  static String iso(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis).toString();
  }

  /** How the session ended, in words: a game the host ended early is not shown as finished. */
  static String status(SessionRecord s) {
    if (s.finishedAt() == null) return "cut short";
    return s.endedEarly() ? "ended early" : "finished";
  }

  /** Each player's accuracy: the mean share right over the scored questions asked (an unanswered one counts 0). */
  static Map<String, Double> accuracy(SessionRecord s) {
    long scored = s.questions().stream().filter(q -> !"poll".equals(q.kind())).count();
    Map<Integer, Boolean> poll = new HashMap<>();
    s.questions().forEach(q -> poll.put(q.index(), "poll".equals(q.kind())));
    Map<String, Double> sum = new HashMap<>();
    for (SessionRecord.Answer a : s.answers()) {
      if (Boolean.TRUE.equals(poll.get(a.index()))) continue;
      sum.merge(a.playerId(), a.fraction(), Double::sum);
    }
    Map<String, Double> out = new HashMap<>();
    for (SessionRecord.Player p : s.players()) out.put(p.id(), scored == 0 ? null : sum.getOrDefault(p.id(), 0.0) / scored);
    return out;
  }
}
