package recall.insight;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * One saved session as the insight reads it, as plain data: when it was played, the questions as
 * asked, who sat it and what each gave.
 *
 * @param session the session's id
 * @param quiz the quiz it was played from
 * @param at when it started (epoch ms), the moment the Leitner schedule counts from
 * @param mode "live" or "homework"
 * @param asked the questions that were opened
 * @param seats the players (kicked ones left out)
 * @param given every stored answer
 */
public record Sitting(String session, String quiz, long at, String mode, List<Asked> asked, List<Seat> seats, List<Given> given) {

  /**
   * A question as asked.
   *
   * @param notes the notes document its source line refers to (an id, no extension), or null
   * @param line its source line, or 0 when it has none
   * @param doc the question document as it was asked
   */
  public record Asked(int index, String questionId, String kind, String text, String notes, int line, String quote, JsonObject doc) {
    /** The question across sessions: "quiz/questionId". */
    public String key(String quiz) {
      return quiz + "/" + questionId;
    }

    /** The notes line it cites, as "notes#line", or null. */
    public String lineKey() {
      return notes == null || line < 1 ? null : notes + "#" + line;
    }

    boolean scored() {
      return !"poll".equals(kind);
    }
  }

  /**
   * A player of the session.
   *
   * @param student who it is across sessions: the class student's id, or "session/player" for a nickname
   */
  public record Seat(String playerId, String student, String name) {
  }

  /**
   * A stored answer.
   *
   * @param shown the answer in words (option texts, not ids), so that the same wrong answer counts as one across sessions
   */
  public record Given(String playerId, int index, JsonObject answer, String shown, boolean correct) {
  }

  /** The answer a player gave to the question at {@code index}, or null. */
  Given givenBy(String playerId, int index) {
    for (Given g : given) if (g.index() == index && g.playerId().equals(playerId)) return g;
    return null;
  }

  /**
   * Whether a player who gave no answer to a question counts as having missed it: in a live game
   * everyone in the room was asked; in homework a student who has not reached a question yet was not.
   */
  boolean silenceCounts() {
    return !"homework".equals(mode);
  }
}
