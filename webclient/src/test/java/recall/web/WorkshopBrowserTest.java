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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import recall.app.Config;
import recall.app.RecallServer;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The teacher's workshop in real browsers: notes in, drafts reviewed, a quiz edited and saved,
 * played on a phone that sees the cited line; a GIFT file imported with its problems listed. Every
 * new screen is checked with axe-core for WCAG 2.2 A/AA violations.
 */
@DisplayName("The workshop in the browser: notes, drafts, the editor, import")
class WorkshopBrowserTest {
  private static final String PASSWORD = "test-password";

  private static Vertx vertx;
  private static RecallServer server;
  private static String base;
  private static Api api;

  @BeforeAll
  static void startServer() throws Exception {
    assumeTrue(Browsers.installed(), "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    vertx = Vertx.vertx();
    Config config = Config.forTests("workshop-browser", Path.of("../questions")).withWebDir(Path.of("public"));
    server = RecallServer.start(vertx, config).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    base = "http://127.0.0.1:" + server.port();
    api = new Api(base, PASSWORD);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) server.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    if (vertx != null) vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static void accessible(WebDriver driver, String screen) {
    Axe.check(driver, screen);
  }

  private static Path resource(String name) throws Exception {
    Path out = Path.of("target", "workshop-files").toAbsolutePath();
    Files.createDirectories(out);
    try (InputStream in = WorkshopBrowserTest.class.getResourceAsStream("/" + name)) {
      Files.copy(Objects.requireNonNull(in, name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    return out.resolve(name);
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  @DisplayName("a teacher writes a quiz from scratch: kinds switch without losing text, problems show beside their field,"
      + " questions move by keyboard and buttons, a reload keeps the unsaved work, Save stores it in that order")
  void writeFromScratch() throws Exception {
    try (Browsers browsers = new Browsers()) {
      Projector teacher = new Projector(browsers.projector("editor-teacher"));
      teacher.login(base, PASSWORD);
      accessible(teacher.driver, "quiz list");
      teacher.click("new-quiz");
      Editor editor = new Editor(teacher.driver);
      editor.screen();
      editor.title("Written in the browser");
      editor.type(0, "text", "Who was murdered in December 1934?");
      editor.type(0, "options-0", "Kirov");
      editor.type(0, "options-1", "Trotsky");
      editor.type(0, "options-2", "Bukharin");
      editor.type(0, "options-3", "Rykov");
      editor.kind(0, "text");
      assertEquals("Who was murdered in December 1934?", editor.value(0, "text"), "the text survives a kind switch");
      assertEquals("Kirov", editor.value(0, "accept"), "the right option becomes the accepted answer");
      editor.kind(0, "single");
      assertEquals("Trotsky", editor.value(0, "options-1"), "switching back restores the options");

      editor.add("numeric");
      editor.type(1, "text", "In which year did Lenin die?");
      editor.type(1, "value", "1924");
      editor.add("truefalse");
      // Question 3 has no text yet: the server's problem shows beside that field.
      WebElement problem = editor.problem(2, "text");
      assertTrue(problem.getText().contains("the question needs its text"), problem.getText());
      String describedBy = editor.card(2).findElement(By.cssSelector("textarea[id$='-text']")).getDomAttribute("aria-describedby");
      assertEquals(problem.getDomAttribute("id"), describedBy, "the problem is tied to its field");
      teacher.screenshot("workshop-05-editor-problem");
      accessible(teacher.driver, "quiz editor");

      List<String> before = editor.order();
      editor.altUp(2);
      new WebDriverWait(teacher.driver, Duration.ofSeconds(10)).until(d -> editor.order().equals(List.of(before.get(0), before.get(2), before.get(1))));
      editor.action(0, "down");
      new WebDriverWait(teacher.driver, Duration.ofSeconds(10)).until(d -> editor.order().equals(List.of(before.get(2), before.get(0), before.get(1))));

      // A reload loses nothing: the unsaved quiz comes back with a notice.
      teacher.driver.navigate().refresh();
      editor.screen();
      assertFalse(teacher.driver.findElements(By.cssSelector("[data-restored]")).isEmpty(), "the restore notice shows");
      assertEquals(List.of(before.get(2), before.get(0), before.get(1)), editor.order());
      assertEquals("Who was murdered in December 1934?", editor.value(1, "text"));
      editor.type(0, "text", "Lenin died in 1924.");

      editor.action(1, "preview");
      WebElement phone = new WebDriverWait(teacher.driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".phone-preview .question-text")));
      assertEquals("Who was murdered in December 1934?", phone.getText());
      teacher.screenshot("workshop-06-editor-preview");
      accessible(teacher.driver, "quiz editor with the phone preview");

      editor.save();
      String id = editor.savedId();
      JsonObject saved = api.quiz(id);
      JsonArray questions = saved.getJsonArray("questions");
      assertEquals(List.of("truefalse", "single", "numeric"),
          questions.stream().map(q -> ((JsonObject) q).getString("kind")).toList());
      assertEquals("Lenin died in 1924.", questions.getJsonObject(0).getString("text"));
      assertEquals(1924, questions.getJsonObject(2).getJsonObject("answer").getInteger("value"));
      teacher.driver.navigate().refresh();
      editor.screen();
      assertTrue(teacher.driver.findElements(By.cssSelector("[data-restored]")).isEmpty(), "saved: nothing left to restore");
      assertEquals(List.of(), Browsers.scriptErrors(teacher.driver));
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  @DisplayName("a GIFT file imported in the browser: what can be read is imported and every problem is listed by line")
  void importGift() throws Exception {
    Path gift = resource("import-with-problems.gift");
    try (Browsers browsers = new Browsers()) {
      Projector teacher = new Projector(browsers.projector("import-teacher"));
      teacher.login(base, PASSWORD);
      teacher.click("import");
      WebElement screen = teacher.screen("import");
      accessible(teacher.driver, "import");
      screen.findElement(By.id("import-file")).sendKeys(gift.toString());
      assertEquals("gift", new Select(screen.findElement(By.id("import-format"))).getFirstSelectedOption().getDomAttribute("value"));
      screen.findElement(By.cssSelector("button[type=submit]")).click();
      WebDriverWait wait = new WebDriverWait(teacher.driver, Duration.ofSeconds(30));
      WebElement imported = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-imported]")));
      assertTrue(imported.getText().startsWith("Imported "), imported.getText());
      List<WebElement> problems = teacher.driver.findElements(By.cssSelector(".import-problems li"));
      assertFalse(problems.isEmpty(), "the unreadable question is reported");
      for (WebElement p : problems) assertTrue(p.getText().startsWith("line "), "by line: " + p.getText());
      teacher.screenshot("workshop-07-import-problems");
      accessible(teacher.driver, "import with problems");
      String id = imported.getDomAttribute("data-imported");
      assertTrue(api.quiz(id).getJsonArray("questions").size() >= 2, "the readable questions are stored");
      teacher.click("edit-imported");
      new Editor(teacher.driver).screen();
      assertEquals(List.of(), Browsers.scriptErrors(teacher.driver));
    }
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  @DisplayName("notes to the classroom: upload notes, draft, accept some, edit one, write one, reorder, save,"
      + " play it, and the phone sees the cited line")
  void notesToClassroom() throws Exception {
    assumeTrue(api.status("/api/notes") == 200, "needs the notes API (branch workshop)");
    Path notes = resource("science-notes.md");
    try (Browsers browsers = new Browsers()) {
      Projector teacher = new Projector(browsers.projector("workshop-teacher"));
      WebDriver driver = teacher.driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      teacher.login(base, PASSWORD);
      teacher.click("notes");
      WebElement area = teacher.screen("notes");
      accessible(driver, "notes area");
      area.findElement(By.id("notes-title")).sendKeys("The heart and breathing");
      area.findElement(By.id("notes-file")).sendKeys(notes.toString());
      area.findElement(By.cssSelector("form.notes-upload button[type=submit]")).click();
      WebElement viewer = teacher.screen("notes-viewer");
      assertTrue(driver.findElements(By.cssSelector(".notes-line")).size() >= 10, "the lines are shown");
      new Select(viewer.findElement(By.id("draft-section"))).selectByIndex(1);
      teacher.screenshot("workshop-01-notes-viewer");
      accessible(driver, "notes viewer");

      driver.findElement(By.id("draft-section")).click();
      new Select(driver.findElement(By.id("draft-section"))).selectByIndex(0);
      teacher.click("draft");
      wait.until(d -> d.findElements(By.cssSelector(".review-card")).size() >= 3);
      wait.until(d -> d.findElement(By.cssSelector(".review-queue [role=status]")).getText().contains("drafts"));
      ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.querySelector('.review-queue').scrollIntoView()");
      teacher.screenshot("workshop-02-review-queue");
      Browsers.fullPage(driver, "workshop-02b-review-queue-full");
      accessible(driver, "review queue");

      // Accept the first; select the next two and accept them at once; edit the first; discard one.
      List<WebElement> cards = driver.findElements(By.cssSelector(".review-card"));
      cards.get(0).findElement(By.cssSelector("[data-action='accept']")).click();
      wait.until(d -> d.findElements(By.cssSelector(".review-card[data-status='accepted']")).size() == 1);
      driver.findElements(By.cssSelector(".review-card")).get(1).findElement(By.cssSelector("input.review-select")).click();
      driver.findElements(By.cssSelector(".review-card")).get(2).findElement(By.cssSelector("input.review-select")).click();
      teacher.click("accept-selected");
      wait.until(d -> d.findElements(By.cssSelector(".review-card[data-status='accepted']")).size() == 3);
      int before = driver.findElements(By.cssSelector(".review-card")).size();
      if (before > 3) {
        driver.findElements(By.cssSelector(".review-card")).get(3).findElement(By.cssSelector("[data-action='discard']")).click();
        wait.until(d -> d.findElements(By.cssSelector(".review-card")).size() == before - 1);
      }
      driver.findElements(By.cssSelector(".review-card")).get(0).findElement(By.cssSelector("[data-action='edit']")).click();
      WebElement stem = wait.until(d -> d.findElement(By.cssSelector(".review-card textarea[id$='-text']")));
      stem.clear();
      stem.sendKeys("Edited in review: what does the heart pump around the body?");
      driver.findElements(By.cssSelector(".review-card")).get(0).findElement(By.cssSelector("[data-action='edit']")).click();
      teacher.click("send-accepted");

      // The editor opens with the three accepted drafts; one more is written from scratch.
      Editor editor = new Editor(driver);
      editor.screen();
      wait.until(d -> editor.cards().size() == 3);
      assertEquals("Edited in review: what does the heart pump around the body?", editor.value(0, "text"));
      editor.title("The heart, from my notes");
      editor.add("text");
      editor.type(3, "text", "Which scientist described the circulation of the blood in 1628?");
      editor.type(3, "accept", "William Harvey\nHarvey");
      editor.action(3, "source");
      WebElement line = wait.until(d -> d.findElements(By.cssSelector(".editor-side .notes-line")).stream()
          .filter(l -> l.getText().contains("William Harvey")).findFirst().orElse(null));
      line.findElement(By.cssSelector("button")).click();
      wait.until(d -> editor.card(3).findElement(By.cssSelector("[id$='-source']")).getText().contains("William Harvey"));
      // The new question goes first, by keyboard.
      for (int i = 3; i > 0; i--) editor.altUp(i);
      wait.until(d -> editor.value(0, "text").startsWith("Which scientist"));
      editor.type(0, "time", "60");
      teacher.screenshot("workshop-03-editor");
      Browsers.fullPage(driver, "workshop-03b-editor-full");
      accessible(driver, "quiz editor with drafts");
      editor.save();
      String id = editor.savedId();
      JsonObject saved = api.quiz(id);
      assertEquals(4, saved.getJsonArray("questions").size());
      assertEquals("Which scientist described the circulation of the blood in 1628?",
          saved.getJsonArray("questions").getJsonObject(0).getString("text"));

      // Played: the phone answers the first question and its outcome shows the cited line.
      teacher.click("start-quiz");
      WebElement form = teacher.screen("start").findElement(By.cssSelector("form.start-form"));
      form.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement lobby = teacher.screen("host-lobby");
      String joinUrl = lobby.findElement(By.cssSelector("a.join-url")).getDomAttribute("href");
      Phone ana = new Phone("ana", browsers.phone("workshop-ana"));
      ana.open(joinUrl);
      ana.join("Ana");
      ana.screen("lobby");
      teacher.waitForPlayers(1);
      teacher.click("start");
      ana.screen("question", 0);
      ana.type("harvey");
      WebElement outcome = ana.screen("outcome", 0);
      assertTrue(ana.outcomeCorrect(0));
      WebElement source = new WebDriverWait(ana.driver, Duration.ofSeconds(20))
          .until(d -> outcome.findElement(By.cssSelector(".outcome-source")));
      assertTrue(source.getText().contains("William Harvey described the circulation of the blood in 1628"), source.getText());
      ana.screenshot("workshop-04-phone-source");
      for (WebDriver d : List.of(driver, ana.driver)) assertEquals(List.of(), Browsers.scriptErrors(d));
    }
  }
}
