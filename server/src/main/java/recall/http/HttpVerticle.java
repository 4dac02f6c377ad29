package recall.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import recall.room.RoomSocket;

import java.util.List;

/**
 * The HTTP and WebSocket server: REST API, {@code /ws}, {@code /health}, {@code /metrics} and the
 * web client's files. Several instances share one port, one per event loop.
 */
public final class HttpVerticle extends VerticleBase {
  static final int MAX_BODY = 4 * 1024 * 1024;
  private static final List<HttpMethod> BODY_METHODS = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private final Services services;
  private final String bind;
  private final int port;
  private final Network network;
  private HttpServer server;

  public HttpVerticle(Services services, String bind, int port) {
    this(services, bind, port, Network.open());
  }

  public HttpVerticle(Services services, String bind, int port, Network network) {
    this.services = services;
    this.bind = bind;
    this.port = port;
    this.network = network;
  }

  @Override
  public Future<?> start() {
    HttpServerOptions options = new HttpServerOptions()
        .setHost(bind).setPort(port)
        // No WebSocket compression: it costs memory per connection and CPU per frame for tiny frames.
        .setPerMessageWebSocketCompressionSupported(false)
        .setPerFrameWebSocketCompressionSupported(false)
        // The contract's limit and not a byte more: RoomSocket refuses a bigger frame from its header.
        .setMaxWebSocketFrameSize(RoomSocket.MAX_MESSAGE_BYTES)
        .setMaxWebSocketMessageSize(RoomSocket.MAX_MESSAGE_BYTES);
    network.apply(options);
    // Upgrades to /ws go through the router (RoomSocket::upgrade), so refusals are ordinary answers.
    server = vertx.createHttpServer(options)
        .connectionHandler(conn -> network.opened(vertx, conn))
        .requestHandler(router());
    return server.listen();
  }

  /** The port actually bound (with port 0, the free one picked). */
  public int actualPort() {
    return server.actualPort();
  }

  private Router router() {
    Router router = Router.router(vertx);
    router.route().handler(new SecurityHeaders());
    router.route().handler(network::guard);
    router.get(RoomSocket.PATH).handler(services.socket()::upgrade);
    // Forged calls are refused before their body is read; an import reads at most 1 MiB.
    router.route("/api/*").handler(new RequestForgeryGuard(services.socket().origins()));
    router.post("/api/quizzes/import").handler(BodyHandler.create(false).setBodyLimit(QuizApi.MAX_IMPORT_BYTES));
    NotesApi.bodyLimit(router);
    // Only calls that take a body read one: a GET or OPTIONS with a form body is not a server error.
    for (HttpMethod m : BODY_METHODS) router.route("/api/*").method(m).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY));
    router.get("/health").handler(this::health);
    router.get("/metrics").handler(new MetricsAccess(services.limits().metrics(), services.limits().metricsToken()))
        .handler(PrometheusScrapingHandler.create(services.metrics()));

    AuthApi auth = new AuthApi(services.accounts());
    RoomApi rooms = new RoomApi(services.rooms(), services.quizzes(), services.joins(), services.publicBase(),
        services.defaultLimitSeconds(), services.sources(), services.limits().roomsPerTeacher(), services.classes().classes());
    auth.mount(router);
    rooms.mountPublic(router);
    // From here on every call has its Teacher (recall.auth.Teacher.of(ctx)), resolved once.
    router.route("/api/*").handler(auth::requireTeacher);
    auth.mountTeacher(router);
    new StaffApi(services.staff()).mount(router);
    InsightApi insight = new InsightApi(services.insight(), services.quizzes(), services.classes().classes());
    insight.mount(router);
    new RevisionApi(insight, services.insight(), services.quizzes()).mount(router);
    new QuizApi(services.quizzes(), services.notes(), services.reloadQuestions()).mount(router);
    new NotesApi(services.notes(), services.quizzes()).mount(router);
    rooms.mountTeacher(router);
    new SessionApi(services.sessions()).mount(router);
    new ClassApi(services.classes().classes(), services.publicBase(), services.classes().clock()).mount(router);
    new AssignmentApi(services.classes(), services.rooms(), services.quizzes(), rooms, services.defaultLimitSeconds(), services.sources()).mount(router);
    router.route("/api/*").handler(ctx -> Errors.send(ctx, 404, "not-found", "No such API call: " + ctx.request().method() + " " + ctx.request().path()));

    router.route().handler(services.webDir() == null
        ? StaticHandler.create("webroot")
        : StaticHandler.create(FileSystemAccess.ROOT, services.webDir().toAbsolutePath().toString()).setCachingEnabled(false));
    router.route().failureHandler(this::failed);
    return router;
  }

  private void health(RoutingContext ctx) {
    services.health().get().onComplete(ar -> {
      if (ar.succeeded()) {
        Errors.json(ctx, 200, new JsonObject().put("status", "UP").put("node", services.rooms().node()).put("members", services.rooms().members()));
      } else if (ar.cause() instanceof recall.store.StoreHealth.StoreDown down) {
        Errors.send(ctx, 503, new JsonObject().put("status", "DOWN").put("error", "storage").put("message", down.getMessage()));
      } else Errors.send(ctx, 503, new JsonObject().put("status", "DOWN").put("error", "database").put("message", "The database does not answer."));
    });
  }

  private void failed(RoutingContext ctx) {
    int status = ctx.statusCode();
    if (status == 413) Errors.send(ctx, 413, "too-large", "The request body is too large.");
    else if (status >= 400 && status < 500) Errors.send(ctx, status, "bad-request", "The request was not understood.");
    else if (ClientMistake.is(ctx.failure())) Errors.send(ctx, 400, "bad-request", "The request was not understood.");
    else Errors.internal(ctx, ctx.failure() == null ? new IllegalStateException("status " + status) : ctx.failure());
  }
}
