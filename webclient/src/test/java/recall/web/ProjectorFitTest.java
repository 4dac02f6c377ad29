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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import recall.app.Config;
import recall.app.RecallServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The projector with the bank's longest questions, at the usual laptop and projector outputs:
 * every stage fits the window (its controls inside the viewport, the page never scrolls), and a
 * small phone keeps whole words and its Send button in view for a four-option `multiple`.
 */
@DisplayName("The projector and the phone fit their screens with the bank's longest questions")
class ProjectorFitTest {
  private static final String PASSWORD = "test-password";
  private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1366, 768},
      new int[] {1024, 768}, new int[] {1920, 1080});

  private static Vertx vertx;
  private static RecallServer server;
  private static String base;
  private static String quizId;

  @BeforeAll
  static void startServer() throws Exception {
    assumeTrue(Browsers.installed(), "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    vertx = Vertx.vertx();
    Config config = Config.forTests("fit", Path.of("../questions")).withWebDir(Path.of("public"));
    server = RecallServer.start(vertx, config).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    base = "http://127.0.0.1:" + server.port();
    quizId = new Api(base, PASSWORD).addQuiz(longestQuiz().encode());
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) server.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    if (vertx != null) vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** The bank's longest `multiple` (four options), `single` and `order` by the length of their text and options. */
  static JsonObject longestQuiz() throws IOException {
    List<JsonObject> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../questions"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        new JsonObject(Files.readString(f)).getJsonArray("questions").forEach(q -> all.add((JsonObject) q));
      }
    }
    JsonArray chosen = new JsonArray();
    for (String kind : List.of("multiple", "single", "order")) {
      JsonObject q = all.stream()
          .filter(x -> x.getString("kind").equals(kind))
          .filter(x -> !kind.equals("multiple") || x.getJsonArray("options").size() == 4)
          .max(Comparator.comparingInt(ProjectorFitTest::length)).orElseThrow().copy();
      q.put("id", "fit-" + q.getString("id")).put("timeLimitSeconds", 120);
      chosen.add(q);
    }
    return new JsonObject().put("id", "fit-longest").put("title", "The bank's longest questions")
        .put("section", "Z: Browser tests").put("notes", "ussr-1924-1941.txt").put("questions", chosen);
  }

  private static int length(JsonObject q) {
    JsonArray parts = q.getJsonArray("options", q.getJsonArray("items", new JsonArray()));
    return q.getString("text").length() + parts.stream().mapToInt(o -> String.valueOf(o).length()).sum();
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  @DisplayName("lobby, question, reveal, leaderboard and podium fit 1280x720, 1366x768, 1024x768 and 1920x1080;"
      + " a 375x667 phone ticks four long options without mid-word breaks and sees Send answer")
  void everyStageFits() throws Exception {
    try (Browsers browsers = new Browsers()) {
      Projector teacher = new Projector(browsers.projector("fit-teacher"));
      Phone phone = new Phone("fit-phone", browsers.phone("fit-phone", 375, 667));
      teacher.login(base, PASSWORD);
      String joinUrl = teacher.openRoom(quizId);
      phone.open(joinUrl);
      phone.join("Anastasia Konstantinovna");
      teacher.waitForPlayers(1);
      fitsEverySize(teacher, "lobby", "[data-action='start']", "[data-action='lock']", ".lobby-count", ".pin", "img.qr");

      // Question 1: the longest four-option multiple.
      teacher.click("start");
      teacher.screen("host-question", 0);
      fitsEverySize(teacher, "question-multiple", "[data-action='close']", ".progress", ".projector-options li:last-child");
      phone.screen("question", 0);
      for (int i = 0; i < 4; i++) phone.tapOption(i);
      Map<String, Object> onPhone = phoneLayout(phone.driver);
      assertEquals(List.of(), onPhone.get("brokenWords"), "whole words in the ticked options");
      assertEquals(List.of(), onPhone.get("outside"), "Send answer is on the screen of a 375x667 phone");
      phone.screenshot("fit-phone-multiple");
      phone.driver.findElement(By.cssSelector(".multiple [data-action='send']")).click();
      teacher.screen("host-reveal", 0);
      fitsEverySize(teacher, "reveal-multiple", "[data-action='next']", "[data-action='leaderboard']", ".chart-row:last-child");
      teacher.click("leaderboard");
      teacher.screen("host-leaderboard");
      fitsEverySize(teacher, "leaderboard", "[data-action='next']");

      // Question 2: the longest single, closed early by the teacher.
      teacher.click("next");
      teacher.screen("host-question", 1);
      fitsEverySize(teacher, "question-single", "[data-action='close']", ".progress", ".projector-options li:last-child");
      teacher.click("close");
      teacher.screen("host-reveal", 1);
      fitsEverySize(teacher, "reveal-single", "[data-action='next']", "[data-action='leaderboard']", ".chart-row:last-child");

      // Question 3: the longest order; its reveal is the last, with Finish: podium.
      teacher.click("next");
      teacher.screen("host-question", 2);
      fitsEverySize(teacher, "question-order", "[data-action='close']", ".progress", ".projector-items li:last-child");
      teacher.click("close");
      teacher.screen("host-reveal", 2);
      assertEquals("Finish: podium ▶", teacher.driver.findElement(By.cssSelector("[data-action='next']")).getText());
      fitsEverySize(teacher, "reveal-order", "[data-action='next']", "[data-action='leaderboard']", ".answer-order li:last-child");
      teacher.click("next");
      teacher.screen("host-podium");
      fitsEverySize(teacher, "podium", "[data-action='results']", ".podium-place--1 .podium-name");

      assertEquals(List.of(), Browsers.scriptErrors(teacher.driver), "no script errors");
      assertEquals(List.of(), Browsers.scriptErrors(phone.driver), "no script errors");
    }
  }

  /** At each size: the stage has been fitted for it, the page does not scroll, every control named is on screen. */
  private static void fitsEverySize(Projector teacher, String stage, String... controls) {
    for (int[] size : SIZES) {
      resize(teacher.driver, size[0], size[1]);
      String label = stage + " at " + size[0] + "x" + size[1];
      new WebDriverWait(teacher.driver, Duration.ofSeconds(10)).until(d -> (Boolean) js(d,
          "const s = document.querySelector('.projector');"
              + " return !!s && s.dataset.fittedFor === innerWidth + 'x' + innerHeight;"));
      @SuppressWarnings("unchecked")
      List<String> problems = (List<String>) js(teacher.driver, ""
          + "const problems = [], W = innerWidth, H = innerHeight, page = document.scrollingElement;"
          + "if (page.scrollHeight > H) problems.push('the page scrolls: ' + page.scrollHeight + ' > ' + H);"
          + "if (page.scrollWidth > W) problems.push('the page scrolls sideways: ' + page.scrollWidth + ' > ' + W);"
          + "const s = document.querySelector('.projector');"
          + "if (s.scrollHeight > s.clientHeight + 1) problems.push('the stage overflows: ' + s.scrollHeight + ' > ' + s.clientHeight);"
          + "for (const sel of arguments[0]) {"
          + "  const e = document.querySelector(sel);"
          + "  if (!e) { problems.push('no ' + sel); continue; }"
          + "  const r = e.getBoundingClientRect();"
          + "  if (r.width === 0 || r.top < 0 || r.left < 0 || r.bottom > H + 0.5 || r.right > W + 0.5)"
          + "    problems.push(sel + ' is outside the window: ' + Math.round(r.top) + '..' + Math.round(r.bottom));"
          + "}"
          + "return problems;", List.of(controls));
      if (!problems.isEmpty()) teacher.screenshot("fit-" + stage + "-" + size[0] + "x" + size[1]);
      assertEquals(List.of(), problems, label);
    }
    resize(teacher.driver, 1280, 720);
    teacher.screenshot("fit-" + stage + "-1280x720");
  }

  private static void resize(WebDriver driver, int width, int height) {
    ((ChromiumDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) js(d,
        "return innerWidth === arguments[0] && innerHeight === arguments[1];", width, height));
  }

  /** Words of the options that a line break cuts in two, and Send answer if it is not fully on screen. */
  private static Map<String, Object> phoneLayout(WebDriver driver) {
    @SuppressWarnings("unchecked")
    Map<String, Object> r = (Map<String, Object>) js(driver, ""
        + "const broken = [];"
        + "for (const span of document.querySelectorAll('.multiple .answer-text')) {"
        + "  const node = span.firstChild; const text = node.textContent; const re = /\\S+/g; let m;"
        + "  while ((m = re.exec(text))) {"
        + "    const range = document.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);"
        + "    const tops = new Set([...range.getClientRects()].map((x) => Math.round(x.top)));"
        + "    if (tops.size > 1) broken.push(m[0]);"
        + "  }"
        + "}"
        + "const send = document.querySelector('.multiple [data-action=\"send\"]').getBoundingClientRect();"
        + "const outside = send.top >= 0 && send.bottom <= innerHeight && send.left >= 0 && send.right <= innerWidth ? [] : ['Send answer at ' + Math.round(send.top) + '..' + Math.round(send.bottom) + ' of ' + innerHeight];"
        + "return { brokenWords: broken, outside };");
    return r;
  }

  private static Object js(WebDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
