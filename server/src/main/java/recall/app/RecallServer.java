package recall.app;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.auth.Accounts;
import recall.auth.Staff;
import recall.http.HostCheck;
import recall.http.HttpVerticle;
import recall.http.Network;
import recall.http.Tls;
import recall.http.InsightServices;
import recall.store.InsightStore;
import recall.http.Services;
import recall.quiz.Problem;
import recall.quiz.Quiz;
import recall.quiz.QuizFolder;
import recall.room.JoinLimiter;
import recall.room.OriginCheck;
import recall.room.PinGuessBudget;
import recall.room.RoomCaps;
import recall.room.RoomRegistry;
import recall.room.RoomRelay;
import recall.room.RoomSocket;
import recall.room.SocketTimeouts;
import recall.store.AccountStore;
import recall.store.AnswerWriter;
import recall.store.Db;
import recall.store.LiveRoomStore;
import recall.store.LoginSessionStore;
import recall.store.NotesLibrary;
import recall.store.NotesStore;
import recall.store.DiskSpace;
import recall.store.DiskWatch;
import recall.store.QuizStore;
import recall.store.SessionStore;
import recall.store.StoreHealth;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A running Recall: the database, the quizzes, the rooms and the HTTP server, started in that order
 * and stopped in the reverse one. Tests start it in-process on port 0; {@link Main} starts it for real.
 */
public final class RecallServer {
  private static final Logger LOG = LoggerFactory.getLogger(RecallServer.class);
  static final long ROOM_IDLE_MS = 30 * 60_000;
  private static final long PURGE_EVERY_MS = 10 * 60_000;
  /** How often free space in the data folder is looked at (and a DOWN store tried again). */
  static final long DISK_CHECK_MS = 1000;

  private final Vertx vertx;
  private final Config config;
  private final Metrics metrics;
  private final Clock clock;
  private Db db;
  private RoomRegistry rooms;
  private final List<String> deployments = new ArrayList<>();
  private long purgeTimer = -1;
  private int port;
  private String host;
  /** This server's id among the nodes sharing its database, as the live rooms it runs name it. */
  private String node;
  private boolean https;

  private RecallServer(Vertx vertx, Config config, Metrics metrics, Clock clock) {
    this.vertx = vertx;
    this.config = config;
    this.metrics = metrics;
    this.clock = clock;
  }

  public static Future<RecallServer> start(Vertx vertx, Config config) {
    return start(vertx, config, new Metrics());
  }

  /** Opens the database, loads the quizzes, then listens; the future fails if any step does. */
  public static Future<RecallServer> start(Vertx vertx, Config config, Metrics metrics) {
    return start(vertx, config, metrics, Clock.systemUTC());
  }

  /** As above, with the clock that log-in sessions are timed by (tests move it forward). */
  public static Future<RecallServer> start(Vertx vertx, Config config, Metrics metrics, Clock clock) {
    RecallServer s = new RecallServer(vertx, config, metrics, clock);
    return s.run().map(s);
  }

  private Future<Void> run() {
    return checkDisk().compose(v -> Db.open(vertx, config.jdbcUrl(), new StoreHealth())).compose(opened -> {
      db = opened;
      return Future.all(QuizFolder.load(vertx, config.questionsDir()), vertx.executeBlocking(LanAddress::find),
          vertx.executeBlocking(() -> NotesLibrary.readShared(config.questionsDir())));
    }).compose(all -> {
      QuizFolder.Loaded loaded = all.resultAt(0);
      host = config.bind().equals("0.0.0.0") || config.bind().equals("::") ? all.resultAt(1) : config.bind();
      reportRefused(loaded);
      QuizStore quizzes = new QuizStore(db.pool());
      AccountStore accountStore = new AccountStore(db.pool());
      LoginSessionStore logins = new LoginSessionStore(db.pool());
      Accounts accounts = new Accounts(vertx, accountStore, logins, clock,
          config.sessionIdleMinutes() * 60_000L, config.sessionMaxHours() * 3_600_000L);
      Staff staff = new Staff(vertx, accountStore, logins, clock);
      // Ended sessions are forgotten now and then, so the table holds only live ones.
      purgeTimer = vertx.setPeriodic(PURGE_EVERY_MS, id -> accounts.purge()
          .onFailure(err -> LOG.warn("Could not forget ended log-in sessions: {}", err.getMessage())));
      return quizzes.load(loaded.quizzes())
          .compose(v -> accounts.ensureFirstAccount(config.teacherPassword()))
          .compose(v -> startRooms(quizzes, accounts, staff, new NotesLibrary(all.resultAt(2), new NotesStore(db.pool()))));
    });
  }

  /** The embedded database's folder must have the reserve free at start; an external database is not watched. */
  private Future<Void> checkDisk() {
    if (config.dbUrl() != null) return Future.succeededFuture();
    return vertx.executeBlocking(() -> {
      new DiskSpace(config.dataDir()).requireReserve(reserveBytes());
      return null;
    });
  }

  private long reserveBytes() {
    return config.diskReserveMb() * 1024L * 1024L;
  }

  private static void reportRefused(QuizFolder.Loaded loaded) {
    for (Problem p : loaded.refused()) LOG.warn("Quiz refused: {}", p);
    if (!loaded.refusedFiles().isEmpty()) {
      LOG.warn("{} quiz file(s) refused: {}; the other {} quizzes are loaded", loaded.refusedFiles().size(),
          loaded.refusedFiles(), loaded.quizzes().size());
    } else {
      LOG.info("{} quizzes loaded", loaded.quizzes().size());
    }
  }

  /** Reads questions/ again, as at start: new and changed quiz files and notes are loaded, refused ones listed. */
  private Future<JsonObject> reloadQuestions(QuizStore quizzes, NotesLibrary notes) {
    return vertx.executeBlocking(() -> NotesLibrary.readShared(config.questionsDir())).compose(shared -> {
      notes.putShared(shared);
      return QuizFolder.load(vertx, config.questionsDir());
    }).compose(loaded -> {
      reportRefused(loaded);
      JsonArray refused = new JsonArray();
      loaded.refused().forEach(p -> refused.add(p.toJson()));
      return quizzes.load(loaded.quizzes()).map(v -> new JsonObject().put("loaded", loaded.quizzes().size()).put("refused", refused));
    });
  }

  private Future<Void> startRooms(QuizStore quizzes, Accounts accounts, Staff staff, NotesLibrary notes) {
    SessionStore sessions = new SessionStore(db.pool(), clock);
    AnswerWriter writer = new AnswerWriter(db.answerPool(), metrics::committed, db.health());
    Future<String> watching = config.dbUrl() != null ? Future.succeededFuture()
        : vertx.deployVerticle(new DiskWatch(db, new DiskSpace(config.dataDir()), reserveBytes(), DISK_CHECK_MS)).onSuccess(deployments::add);
    return watching.compose(w -> vertx.deployVerticle(writer)).compose(id -> {
      deployments.add(id);
      Limits limits = config.limits();
      boolean clustered = ClusterVertx.nodeId(vertx) != null;
      node = clustered ? ClusterVertx.nodeId(vertx) : "n" + java.util.UUID.randomUUID().toString().substring(0, 8);
      LiveRoomStore live = new LiveRoomStore(vertx, db, node);
      rooms = new RoomRegistry(vertx, sessions, writer::save, ROOM_IDLE_MS, metrics::answerAcknowledged,
          new RoomCaps(limits.maxPlayers(), limits.joinsPerAddress()), limits.roomIdleMs(), live, node, clock);
      // One budget per address for joins over the socket and PIN look-ups over HTTP, as RECALL_JOIN_LIMIT says,
      // and one for the whole server's wrong PINs (RECALL_PIN_FAILURE_LIMIT), shared by both.
      JoinLimiter joins = new JoinLimiter(config.joinLimit(), new PinGuessBudget(limits.pinFailuresPerMinute(), System::currentTimeMillis));
      NetConfig net = config.net();
      RoomSocket socket = new RoomSocket(rooms, joins, new OriginCheck(config.publicUrl()),
          new SocketTimeouts(net.helloTimeoutSeconds() * 1000L, net.idleTimeoutSeconds() * 1000L));
      recall.store.AssignmentStore assignments = new recall.store.AssignmentStore(db.pool());
      // A homework restored after a restart records its close on its assignment, as one set now does.
      rooms.homeworkClosers(assignment -> at -> assignments.closed(assignment, at)
          .onFailure(err -> LOG.error("Could not record the close of assignment {}", assignment, err)));
      Future<Void> ready = takeOverRooms(live, socket, clustered);
      metrics.gauges(socket::connections, rooms::size);
      Services services = new Services(accounts, quizzes, sessions, rooms, joins, socket, notes,
          notes::sources,
          this::publicBase, config.defaultTimeLimitSeconds(), () -> db.health().check().compose(v -> db.ping()), metrics.registry(), config.webDir(), staff, config.limits(),
          () -> reloadQuestions(quizzes, notes),
          new recall.http.ClassServices(new recall.store.ClassStore(db.pool()), assignments, clock),
          new InsightServices(new InsightStore(db.pool(), sessions), notes, clock));
      return ready.compose(v -> vertx.executeBlocking(this::network)).compose(network -> listen(services, network));
    });
  }

  /**
   * Alone, every live room of the database was this server's: all are taken back. In a cluster,
   * only those whose node stopped renewing its lease, now and from now on, and at once those of a
   * node the cluster saw leave (see {@link recall.room.RoomTakeover}); frames for rooms of other
   * nodes are relayed to them.
   */
  private Future<Void> takeOverRooms(LiveRoomStore live, RoomSocket socket, boolean clustered) {
    Future<Void> ready = rooms.takeOver(!clustered).map(restored -> {
      if (!restored.isEmpty()) LOG.info("{} live room(s) restored", restored.size());
      return null;
    });
    if (!clustered) return ready;
    rooms.members(() -> ClusterVertx.members(vertx).size());
    RoomRelay relay = new RoomRelay(vertx, node, live, () -> ClusterVertx.members(vertx));
    // Told on a worker context, at once: the takeover goes on on a worker context of its own, and
    // the relay's state is in concurrent maps, each socket's part done on that socket's context.
    // (On an event loop, the relay heard of a dead node 3 to 6 s late at 15,000 players, and its
    // phones sat on sockets to a dead node that long.)
    ClusterVertx.onMemberLeft(vertx, rooms.takeover().ticker(), gone -> {
      rooms.takeover().nodeLeft(gone);
      relay.nodeLeft(gone);
    });
    rooms.takeover().watch();
    return ready.compose(v -> relay.start(socket, rooms));
  }

  /**
   * One HTTP server per event loop, all on one port: Vert.x shares a port among instances of one
   * deployment. It does not share a port 0 (each instance would get its own free port), so port 0
   * is first turned into a free port here.
   */
  private Future<Void> listen(Services services, Network network) {
    int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
    Future<Integer> chosen = config.port() != 0 ? Future.succeededFuture(config.port())
        : vertx.executeBlocking(() -> freePort(config.bind()));
    return chosen.compose(p -> vertx.deployVerticle(() -> new HttpVerticle(services, config.bind(), p, network),
        new DeploymentOptions().setInstances(instances)).map(id -> {
          deployments.add(id);
          port = p;
          https = network.https();
          return null;
        }));
  }

  /** The Host names this server answers to, and its certificate if it speaks HTTPS (made on first start). */
  private Network network() throws Exception {
    HostCheck hosts = HostCheck.forThisMachine(config.bind(), config.publicUrl(), config.net().allowedHosts());
    List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", host));
    names.addAll(config.net().allowedHosts());
    return new Network(config.net(), hosts, Tls.prepare(config.net(), config.dataDir(), names));
  }

  private static int freePort(String bind) throws java.io.IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(bind))) {
      return s.getLocalPort();
    }
  }

  public int port() {
    return port;
  }

  /** The live rooms (tests end idle ones with a clock of their own). */
  public RoomRegistry rooms() {
    return rooms;
  }

  /** The address and real port the server listens on, as the start-up line prints it. */
  public String listenUrl() {
    return (https ? "https://" : "http://") + host + ":" + port;
  }

  /** The base URL phones on the same network open. */
  public String publicBase() {
    if (config.publicUrl() != null) return config.publicUrl().replaceAll("/+$", "");
    return listenUrl();
  }

  /**
   * Ends running rooms (their sessions saved as finished), stops listening, shuts the database down.
   * Fails if the database could not write its checkpoint (a full disk).
   */
  public Future<Void> stop() {
    if (purgeTimer >= 0) vertx.cancelTimer(purgeTimer);
    Future<Void> roomsEnded = rooms == null ? Future.succeededFuture() : rooms.shutdown();
    return roomsEnded
        .compose(v -> {
          List<Future<Void>> undeploys = new ArrayList<>();
          for (int i = deployments.size() - 1; i >= 0; i--) undeploys.add(vertx.undeploy(deployments.get(i)));
          return Future.join(undeploys).<Void>mapEmpty().recover(err -> Future.succeededFuture());
        })
        .compose(v -> db == null ? Future.succeededFuture() : db.shutdown());
  }
}
