package recall.scratch;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.support.ForkedServer;
import recall.support.Ws;
import java.nio.file.Path;

@ExtendWith(VertxExtension.class)
class ScratchTest {
  @Test
  void term(Vertx vertx, VertxTestContext ctx) {
    Path data = Path.of("/tmp/scratch-" + System.nanoTime());
    boolean game = Boolean.getBoolean("game"); boolean ws = !Boolean.getBoolean("nows");
    ForkedServer.start(vertx, data, "s").compose(s -> s.login().compose(t -> s.post(t, "/api/rooms", new JsonObject().put("quiz", "power-struggle")))
      .compose(r -> !ws ? Future.succeededFuture() : Ws.connect(vertx, s.port).compose(h -> h.ask(Ws.host(r.bodyAsJsonObject().getString("pin"), r.bodyAsJsonObject().getString("hostKey")), "welcome")
         .compose(w -> game ? h.ask(Ws.command("start"), "question") : Future.succeededFuture(w))))
      .compose(x -> s.terminate()).map(code -> { System.out.println("EXIT " + code + " OUT " + s.stdout() + "\nLOG " + s.log()); return null; }))
      .onComplete(ctx.succeedingThenComplete());
  }
}
