package recall.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import recall.room.RoomRules;
import recall.scoring.ExtraTime;
import recall.scoring.Leaderboard;
import recall.scoring.ScoringMode;

import java.util.HashMap;
import java.util.Map;

/** The fair-play options of {@code POST /api/rooms}: {@code scoring}, {@code leaderboard}, {@code extraTime}. */
final class RoomOptions {
  private RoomOptions() {
  }

  /** The rules the body asks for, or null after answering 400. */
  static RoomRules parse(RoutingContext ctx, JsonObject body) {
    ScoringMode scoring = ScoringMode.SPEED;
    if (body.getValue("scoring") != null) {
      scoring = body.getValue("scoring") instanceof String s ? ScoringMode.of(s).orElse(null) : null;
      if (scoring == null) {
        Errors.badRequest(ctx, "scoring must be \"speed\", \"speed-no-streak\" or \"accuracy\".");
        return null;
      }
    }
    Leaderboard board = Leaderboard.FULL;
    if (body.getValue("leaderboard") != null) {
      board = body.getValue("leaderboard") instanceof String s ? Leaderboard.of(s).orElse(null) : null;
      if (board == null) {
        Errors.badRequest(ctx, "leaderboard must be \"full\", \"top5\", \"self\" or \"off\".");
        return null;
      }
    }
    Map<String, Double> extra = new HashMap<>();
    Object given = body.getValue("extraTime");
    if (given != null) {
      if (!(given instanceof JsonObject byStudent)) {
        Errors.badRequest(ctx, "extraTime must be an object of student ids to factors from 1 to 3.");
        return null;
      }
      for (String id : byStudent.fieldNames()) {
        if (!(byStudent.getValue(id) instanceof Number n) || !ExtraTime.valid(n.doubleValue())) {
          Errors.badRequest(ctx, "extraTime." + id + " must be a factor from 1 to 3.");
          return null;
        }
        extra.put(id, n.doubleValue());
      }
    }
    return new RoomRules(scoring, board, extra);
  }
}
