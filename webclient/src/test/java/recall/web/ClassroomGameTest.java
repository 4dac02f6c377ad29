package recall.web;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import recall.app.Config;
import recall.app.RecallServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole classroom in real browsers: the teacher's projector and three phones, against the real
 * server started in-process with the pages served from public/. Screenshots of every screen go to
 * target/screenshots/.
 */
@DisplayName("A class plays a quiz in real browsers")
class ClassroomGameTest {
  private static final String PASSWORD = "test-password";
  private static final List<String> RIGHT_ORDER = List.of("Kirov is assassinated", "The First Show Trial (Zinoviev, Kamenev)",
      "The Second Show Trial (Radek)", "The Third Show Trial (Bukharin, Rykov)");
  /** Two items in their place out of four: half right. */
  private static final List<String> HALF_ORDER = List.of("Kirov is assassinated", "The Second Show Trial (Radek)",
      "The First Show Trial (Zinoviev, Kamenev)", "The Third Show Trial (Bukharin, Rykov)");
  /** A nickname that would be markup if a page ever parsed it. */
  private static final String HOSTILE_NAME = "<img src=x onerror=1>";

  private static Vertx vertx;
  private static RecallServer server;
  private static String base;
  private static Api api;
  private static String quizId;

  @BeforeAll
  static void startServer() throws Exception {
    assumeTrue(Browsers.installed(), "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    vertx = Vertx.vertx();
    Config config = Config.forTests("e2e", Path.of("../questions")).withWebDir(Path.of("public"));
    server = RecallServer.start(vertx, config).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    base = "http://127.0.0.1:" + server.port();
    api = new Api(base, PASSWORD);
    try (var in = ClassroomGameTest.class.getResourceAsStream("/e2e-quiz.json")) {
      quizId = api.addQuiz(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) server.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    if (vertx != null) vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  @DisplayName("the page modules in the browser: reconnect steps from 10 ms to 5 s, the socket URL from the page,"
      + " text never parsed as markup, answers described in words")
  void modules() throws Exception {
    try (Browsers browsers = new Browsers()) {
      var driver = browsers.phone("modules");
      driver.get(base + "/index.html");
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(""
          + "const done = arguments[arguments.length - 1];"
          + "Promise.all([import('/js/socket.js'), import('/js/dom.js'), import('/js/answers.js')]).then(([s, dom, a]) => {"
          + "  const p = dom.el('p', { title: '<b>' }, '<img src=x onerror=alert(1)>', 3);"
          + "  done({"
          + "    steps: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50].map(s.reconnectDelay),"
          + "    plain: s.socketUrl({ protocol: 'http:', host: '192.168.1.20:8080' }),"
          + "    secure: s.socketUrl({ protocol: 'https:', host: 'quiz.school.example' }),"
          + "    elements: p.children.length, text: p.textContent, title: p.getAttribute('title'),"
          + "    order: a.describeCorrect({ order: ['b', 'a'] }, [{ id: 'a', text: 'second' }, { id: 'b', text: 'first' }]),"
          + "    number: a.describeCorrect({ value: 69.6, tolerance: 0.1 }),"
          + "    range: a.describeCorrect({ value: 1928.5, tolerance: 0.5 }),"
          + "    accept: a.describeCorrect({ accept: ['Kirov', 'Sergei Kirov'] }),"
          + "    poll: a.describeCorrect({}),"
          + "    choice: a.describeAnswer({ choice: [0, 2] }, ['A', 'B', 'C']),"
          + "  });"
          + "}).catch((e) => done({ error: String(e) }));");
      assertEquals(null, r.get("error"));
      assertEquals(List.of(10L, 50L, 100L, 150L, 200L, 250L, 500L, 1000L, 2000L, 5000L, 5000L, 5000L), r.get("steps"));
      assertEquals("ws://192.168.1.20:8080/ws", r.get("plain"));
      assertEquals("wss://quiz.school.example/ws", r.get("secure"));
      assertEquals(0L, r.get("elements"));
      assertEquals("<img src=x onerror=alert(1)>3", r.get("text"));
      assertEquals("<b>", r.get("title"));
      assertEquals("first → second", r.get("order"));
      assertEquals("69.6 (± 0.1)", r.get("number"));
      assertEquals("1928 to 1929", r.get("range"), "a GIFT range {#1928..1929} reads as a range");
      assertEquals("Kirov (also: Sergei Kirov)", r.get("accept"));
      assertEquals("A poll: no answer is right or wrong.", r.get("poll"));
      assertEquals("A + C", r.get("choice"));
    }
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  @DisplayName("teacher starts a room, three phones join by the join URL and play single, order, text and numeric"
      + " questions, one phone reloads mid-question twice and never answers twice, the podium shows"
      + " and Results has the right scores")
  void wholeGame() throws Exception {
    try (Browsers browsers = new Browsers()) {
      Projector teacher = new Projector(browsers.projector("teacher"));
      Phone ana = new Phone("ana", browsers.phone("ana"));
      Phone bo = new Phone("bo", browsers.phone("bo"));
      Phone chen = new Phone("chen", browsers.phone("chen", 360, 640)); // a small phone

      // The teacher logs in, previews the test quiz with its answers, and opens a room with it.
      teacher.login(base, PASSWORD);
      teacher.screenshot("projector-00-quizzes");
      // The question folder reloads from the console, without a restart: the bank is read again.
      teacher.click("reload");
      new org.openqa.selenium.support.ui.WebDriverWait(teacher.driver, java.time.Duration.ofSeconds(20)).until(d ->
          d.findElement(By.id("toast")).getText().matches("\\d+ quizzes loaded from the question folder\\."));
      teacher.screen("quizzes");
      teacher.preview(quizId);
      teacher.screenshot("teacher-01-preview");
      // The right answer (Stalin, the blue diamond here) is marked by a tick and a green frame on a
      // neutral tile: no tile of the preview has an option colour, so no right answer sits on red.
      assertEquals(List.of(), ((JavascriptExecutor) teacher.driver).executeScript(
          "return [...document.querySelectorAll('.preview-option')].map(o => getComputedStyle(o).backgroundColor)"
              + ".filter(c => c === 'rgb(200, 16, 46)' || c === 'rgb(18, 96, 204)' || c === 'rgb(242, 183, 5)' || c === 'rgb(31, 122, 10)');"));
      teacher.back();
      String joinUrl = teacher.openRoom(quizId);
      String pin = teacher.pin();
      assertTrue(joinUrl.endsWith("/?pin=" + pin), joinUrl);

      // Phones open the join URL: the PIN is already filled in.
      ana.open(joinUrl);
      assertEquals(pin, ana.pinField());
      ana.screenshot("student-01-join");
      assertAccessible(ana.driver, "phone: join");
      ana.join("Ana");
      ana.screen("lobby");
      ana.screenshot("student-02-lobby");
      assertAccessible(ana.driver, "phone: lobby");

      bo.installNetworkSwitch();
      bo.open(joinUrl);
      bo.join("ana");
      assertTrue(bo.joinError().contains("already has that nickname"), "name-taken is explained");
      bo.join(HOSTILE_NAME);
      bo.screen("lobby");

      // A locked room turns newcomers away with a clear message; unlocked, they get in.
      teacher.waitForPlayers(2);
      teacher.toggleLock(true);
      chen.open(joinUrl);
      chen.join("Chen");
      assertTrue(chen.joinError().contains("locked"), "locked is explained");
      teacher.toggleLock(false);
      chen.join("Chen");
      chen.screen("lobby");

      // A wrong PIN is explained; a player the teacher removes is told so.
      Phone dee = new Phone("dee", browsers.phone("dee"));
      dee.open(base + "/");
      dee.enterPin(pin.startsWith("9") ? "1" + pin.substring(1) : "9" + pin.substring(1));
      dee.join("Dee");
      assertTrue(dee.joinError().contains("no game with that PIN"), "no-room is explained");
      dee.open(joinUrl);
      dee.join("Dee");
      dee.screen("lobby");
      teacher.waitForPlayers(4);
      teacher.kick("Dee");
      dee.screen("kicked");
      dee.screenshot("student-10-removed");
      browsers.quit(dee.driver);

      // An emoji nickname counts as the server counts it: 24 characters of many more code units join,
      // 25 are refused on the phone. Two players ticked are removed with one "Remove selected".
      Phone eve = new Phone("eve", browsers.phone("eve"));
      String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
      eve.open(joinUrl);
      eve.joinAsTyped("E" + thumbs.repeat(24));
      assertTrue(eve.joinError().contains("24 characters"), "the phone counts graphemes: " + eve.joinError());
      eve.joinAsTyped("E" + thumbs.repeat(23));
      eve.screen("lobby");
      Phone fay = new Phone("fay", browsers.phone("fay"));
      fay.open(joinUrl);
      fay.join("Fay");
      fay.screen("lobby");
      teacher.waitForPlayers(5);
      teacher.screenshot("projector-01b-lobby-selected");
      teacher.kickSelected("Fay", "E" + thumbs.repeat(23));
      fay.screen("kicked");
      eve.screen("kicked");
      browsers.quit(fay.driver);
      browsers.quit(eve.driver);

      teacher.waitForPlayers(3);
      assertTrue(teacher.playerNames().contains(HOSTILE_NAME), "nicknames are shown as text: " + teacher.playerNames());
      teacher.screenshot("projector-01-lobby");
      assertAccessible(teacher.driver, "projector: lobby");

      // Question 1, single. Chen's page reloads before answering and comes back to the open question.
      teacher.click("start");
      teacher.screen("host-question", 0);
      for (Phone p : List.of(ana, bo, chen)) p.screen("question", 0);
      teacher.screenshot("projector-02-question");
      ana.screenshot("student-03-question");
      assertAccessible(ana.driver, "phone: question");
      chen.reload();
      chen.screen("question", 0);
      chen.screenshot("student-12-small-phone-question");
      assertEquals("Chen", chen.shownName(), "resumed as the same player");
      ana.tapOption(1);
      ana.screen("answered", 0);
      ana.screenshot("student-04-answered");
      teacher.waitAnswered(1);
      bo.tapOption(0);
      chen.tapOption(1);
      teacher.screen("host-reveal", 0);
      teacher.screenshot("projector-03-reveal");
      assertAccessible(teacher.driver, "projector: reveal");
      assertTrue(ana.outcomeCorrect(0));
      assertFalse(bo.outcomeCorrect(0));
      assertTrue(chen.outcomeCorrect(0));
      ana.screenshot("student-05-outcome");
      assertAccessible(ana.driver, "phone: outcome");
      bo.screenshot("student-05b-outcome-wrong");
      teacher.click("leaderboard");
      teacher.screen("host-leaderboard");
      teacher.screenshot("projector-04-leaderboard");
      teacher.click("next");

      // Question 2, order by tap-to-place. Chen answers, reloads, and is still "answer received".
      teacher.screen("host-question", 1);
      chen.screen("question", 1);
      chen.placeInOrder(RIGHT_ORDER.subList(0, 3));
      chen.screenshot("student-13-small-phone-order");
      chen.placeInOrder(RIGHT_ORDER.subList(3, 4));
      chen.screen("answered", 1);
      chen.reload();
      chen.screen("answered", 1);
      assertTrue(chen.driver.findElements(By.cssSelector(".answers, .order")).isEmpty(), "no second answer offered");
      ana.screen("question", 1);
      ana.screenshot("student-06-question-order");
      ana.placeInOrder(RIGHT_ORDER);
      bo.screen("question", 1);
      bo.placeInOrder(HALF_ORDER);
      teacher.screen("host-reveal", 1);
      teacher.screenshot("projector-05-reveal-order");
      assertTrue(ana.outcomeCorrect(1));
      assertFalse(bo.outcomeCorrect(1));
      bo.screen("outcome", 1);
      bo.screenshot("student-07-outcome-partly");
      assertTrue(chen.outcomeCorrect(1));
      teacher.click("next");

      // Question 3, text: case does not matter; two wrong. The teacher's page reloads and carries on.
      teacher.screen("host-question", 2);
      teacher.driver.navigate().refresh();
      teacher.screen("host-question", 2);
      ana.screen("question", 2);
      ana.screenshot("student-08-question-text");
      ana.type("ezhov");
      bo.screen("question", 2);
      bo.type("Yagoda");
      chen.screen("question", 2);
      chen.type("Beria");
      WebElement textReveal = teacher.screen("host-reveal", 2);
      // The most common answers: three spellings, one accepted.
      List<WebElement> typed = textReveal.findElements(By.cssSelector("[data-spread='text'] .spread-text"));
      assertEquals(3, typed.size());
      assertEquals(1, textReveal.findElements(By.cssSelector("[data-spread='text'] .spread-text.is-right")).size());
      teacher.screenshot("projector-07-reveal-text");
      assertTrue(ana.outcomeCorrect(2));
      assertFalse(chen.outcomeCorrect(2));
      teacher.click("next");

      // Question 4, numeric: everyone right. Bo's Wi-Fi drops: "Reconnecting…", the answer waits,
      // and goes out once the phone is back. Then the podium.
      teacher.screen("host-question", 3);
      bo.screen("question", 3);
      bo.offline();
      assertEquals("Reconnecting…", bo.connectionBanner());
      bo.type("1924");
      assertEquals("Sending your answer…", bo.answerStatus());
      bo.screenshot("student-11-reconnecting");
      bo.online();
      bo.screen("answered", 3);
      for (Phone p : List.of(ana, chen)) {
        p.screen("question", 3);
        p.type("1924");
      }
      WebElement numericReveal = teacher.screen("host-reveal", 3);
      // The spread of the numbers typed: everyone typed 1924, the right one.
      List<WebElement> columns = numericReveal.findElements(By.cssSelector("[data-spread='numeric'] .spread-column"));
      assertEquals(1, columns.size());
      assertEquals("1924", columns.get(0).getDomAttribute("data-value"));
      assertTrue(columns.get(0).getDomAttribute("class").contains("is-right"));
      assertEquals("3", columns.get(0).findElement(By.cssSelector(".spread-count")).getText());
      teacher.screenshot("projector-08-reveal-numeric");
      for (Phone p : List.of(ana, bo, chen)) assertTrue(p.outcomeCorrect(3), p.label);
      teacher.click("next");
      WebElement podium = teacher.screen("host-podium");
      assertEquals("Ana", podium.findElement(By.cssSelector(".podium-place--1 .podium-name")).getText());
      teacher.screenshot("projector-06-podium");
      assertAccessible(teacher.driver, "projector: podium");
      Map<String, Integer> finalScores = new HashMap<>();
      for (Phone p : List.of(ana, bo, chen)) finalScores.put(p.label, p.finalScore());
      assertEquals("You finished 1st", ana.finalHeading());
      ana.screenshot("student-09-finished");

      // Results: the game is listed first; its page has the phones' scores, the hardest question first.
      teacher.click("results");
      WebElement session = teacher.screen("session");
      String sessionId = session.getDomAttribute("data-session");
      Map<String, String> scoreByName = new HashMap<>();
      Map<String, String> rightByName = new HashMap<>();
      for (WebElement row : session.findElements(By.cssSelector("tr[data-player]"))) {
        String name = row.findElement(By.cssSelector(".student-name")).getText();
        List<WebElement> cells = row.findElements(By.cssSelector("td.num"));
        scoreByName.put(name, cells.get(1).getDomAttribute("data-score"));
        rightByName.put(name, cells.get(2).getText());
      }
      assertEquals(String.valueOf(finalScores.get("ana")), scoreByName.get("Ana"));
      assertEquals(String.valueOf(finalScores.get("bo")), scoreByName.get(HOSTILE_NAME));
      assertEquals(String.valueOf(finalScores.get("chen")), scoreByName.get("Chen"));
      assertEquals("4 / 4", rightByName.get("Ana"));
      assertEquals("1 / 4", rightByName.get(HOSTILE_NAME));
      assertEquals("3 / 4", rightByName.get("Chen"));
      assertEquals("2", session.findElement(By.cssSelector(".difficulty-row")).getDomAttribute("data-index"),
          "the text question (1 of 3 right) comes first");
      Browsers.fullPage(teacher.driver, "results-01-session");

      JsonObject saved = api.session(sessionId);
      for (Object o : saved.getJsonArray("players")) {
        JsonObject p = (JsonObject) o;
        assertEquals(scoreByName.get(p.getString("name")), String.valueOf(p.getInteger("score")), p.encode());
      }
      teacher.driver.get(base + "/results.html");
      WebElement list = teacher.screen("sessions");
      assertEquals(sessionId, list.findElement(By.cssSelector("tr[data-session]")).getDomAttribute("data-session"));
      JsonArray all = api.sessions();
      assertEquals(sessionId, all.getJsonObject(0).getString("id"));
      teacher.screenshot("results-02-list");
      assertAccessible(teacher.driver, "results list");
      assertEquals("teacher", teacher.driver.findElement(By.cssSelector("#nav [data-user]")).getText());
      assertTrue(teacher.driver.findElement(By.cssSelector("#nav [data-action='logout']")).isDisplayed(), "Log out on the results page");

      // The finished game is not among the games still open.
      teacher.driver.get(base + "/host.html");
      teacher.screen("quizzes");
      assertTrue(teacher.driver.findElements(By.id("open-rooms")).isEmpty(), "no finished game listed as open");

      for (var d : List.of(teacher.driver, ana.driver, bo.driver, chen.driver)) {
        assertEquals(List.of(), Browsers.scriptErrors(d), "no script errors");
      }
    }
  }

  private static void assertAccessible(org.openqa.selenium.WebDriver driver, String screen) {
    Axe.check(driver, screen);
  }
}
