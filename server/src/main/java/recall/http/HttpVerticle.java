package recall.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;

/**
 * The HTTP and WebSocket server: REST API, {@code /ws}, {@code /health}, {@code /metrics} and the
 * web client's files. Several instances share one port, one per event loop.
 */
public final class HttpVerticle extends VerticleBase {
  static final int MAX_BODY = 4 * 1024 * 1024;

  private final Services services;
  private final String bind;
  private final int port;
  private HttpServer server;

  public HttpVerticle(Services services, String bind, int port) {
    this.services = services;
    this.bind = bind;
    this.port = port;
  }

  @Override
  public Future<?> start() {
    HttpServerOptions options = new HttpServerOptions()
        .setHost(bind).setPort(port)
        // No WebSocket compression: it costs memory per connection and CPU per frame for tiny frames.
        .setPerMessageWebSocketCompressionSupported(false)
        .setPerFrameWebSocketCompressionSupported(false)
        // Frames up to 1 MiB are read so that one over 64 KiB gets the contract's "too-large" error
        // instead of a bare close.
        .setMaxWebSocketFrameSize(1024 * 1024)
        .setMaxWebSocketMessageSize(1024 * 1024);
    server = vertx.createHttpServer(options)
        .webSocketHandshakeHandler(services.socket()::handshake)
        .webSocketHandler(services.socket()::connected)
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
    router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY));
    router.get("/health").handler(this::health);
    router.get("/metrics").handler(PrometheusScrapingHandler.create(services.metrics()));

    AuthApi auth = new AuthApi(services.accounts());
    RoomApi rooms = new RoomApi(services.rooms(), services.quizzes(), services.joins(), services.publicBase(),
        services.defaultLimitSeconds(), services.sources(), services.classes().classes());
    auth.mount(router);
    rooms.mountPublic(router);
    // From here on every call has its Teacher (recall.auth.Teacher.of(ctx)), resolved once.
    router.route("/api/*").handler(auth::requireTeacher);
    auth.mountTeacher(router);
    new StaffApi(services.staff()).mount(router);
    InsightApi insight = new InsightApi(services.insight(), services.quizzes(), services.classes().classes());
    insight.mount(router);
    new RevisionApi(insight, services.insight(), services.quizzes(), services.notes()).mount(router);
    new QuizApi(services.quizzes(), services.notes()).mount(router);
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
      if (ar.succeeded()) Errors.json(ctx, 200, new JsonObject().put("status", "UP"));
      else if (ar.cause() instanceof recall.store.StoreHealth.StoreDown down) {
        Errors.send(ctx, 503, new JsonObject().put("status", "DOWN").put("error", "storage").put("message", down.getMessage()));
      } else Errors.send(ctx, 503, new JsonObject().put("status", "DOWN").put("error", "database").put("message", "The database does not answer."));
    });
  }

  private void failed(RoutingContext ctx) {
    int status = ctx.statusCode();
    if (status == 413) Errors.send(ctx, 413, "too-large", "The request body is too large.");
    else if (status >= 400 && status < 500) Errors.send(ctx, status, "bad-request", "The request was not understood.");
    else Errors.internal(ctx, ctx.failure() == null ? new IllegalStateException("status " + status) : ctx.failure());
  }
}
