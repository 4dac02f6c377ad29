package recall.web;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import recall.app.Config;
import recall.app.RecallServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Classes and homework in real browsers: the teacher makes a class from pasted names, prints its
 * join cards, sets a quiz as homework for the class, and two phones do it at their own pace (one
 * leaves halfway and comes back) while the assignment page shows their progress.
 */
@DisplayName("A class, its join cards, and a homework on two phones")
class HomeworkBrowserTest {
  private static final String PASSWORD = "test-password";
  private static final String QUIZ = "{\"id\":\"hw-e2e\",\"title\":\"Homework in two questions\",\"notes\":\"ussr-1924-1941.txt\",\"questions\":["
      + "{\"id\":\"hw-1\",\"kind\":\"single\",\"text\":\"Who was chief mourner at Lenin's funeral?\",\"options\":[\"Trotsky\",\"Stalin\",\"Kamenev\"],"
      + "\"answer\":[1],\"source\":{\"line\":5,\"quote\":\"appearing at Lenin’s funeral as chief mourner\"},\"explanation\":\"Stalin gave the oration.\"},"
      + "{\"id\":\"hw-2\",\"kind\":\"single\",\"text\":\"Which year did Lenin die?\",\"options\":[\"1922\",\"1924\",\"1927\"],\"source\":{\"line\":5,\"quote\":\"appearing at Lenin’s funeral as chief mourner\"},\"answer\":[1]}]}";

  private static Vertx vertx;
  private static RecallServer server;
  private static String base;

  @BeforeAll
  static void startServer() throws Exception {
    assumeTrue(Browsers.installed(), "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    vertx = Vertx.vertx();
    Config config = Config.forTests("homework-browser", Path.of("../questions")).withWebDir(Path.of("public"));
    server = RecallServer.start(vertx, config).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    base = "http://127.0.0.1:" + server.port();
    new Api(base, PASSWORD).addQuiz(QUIZ);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) server.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    if (vertx != null) vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  @DisplayName("make class 9B, print its cards, set homework for it, two phones do it with their codes, the teacher sees them done")
  void classAndHomework() throws Exception {
    try (Browsers browsers = new Browsers()) {
      Projector teacher = new Projector(browsers.projector("hw-teacher"));
      teacher.login(base, PASSWORD);
      WebDriverWait wait = new WebDriverWait(teacher.driver, Duration.ofSeconds(20));

      teacher.driver.findElement(By.linkText("Classes")).click();
      WebElement classes = teacher.screen("classes");
      classes.findElement(By.id("class-name")).sendKeys("9B History");
      classes.findElement(By.id("class-students")).sendKeys("1. Anna Smith\n2. Ben Jones\n");
      classes.findElement(By.cssSelector("form button[type=submit]")).click();
      WebElement cls = teacher.screen("class");
      List<WebElement> codes = wait.until(d -> {
        List<WebElement> cells = d.findElements(By.cssSelector(".roster td.code"));
        return cells.size() == 2 ? cells : null;
      });
      String anna = codes.get(0).getText().strip();
      String ben = codes.get(1).getText().strip();
      assertTrue(anna.matches("[A-HJ-NP-Z2-9]{6}"), anna);
      assertTrue(cls.getText().contains("Anna Smith") && cls.getText().contains("Ben Jones"), "the list marks are dropped");
      new Select(teacher.driver.findElement(By.id("extra-1"))).selectByValue("1.5");
      teacher.driver.findElement(By.xpath("//button[text()='Save extra time']")).click();
      wait.until(d -> d.findElement(By.cssSelector("[data-screen='class'] [role=status]")).getText().contains("Saved"));
      Axe.check(teacher.driver, "class roster");
      teacher.screenshot("classes-01-roster");
      String classUrl = teacher.driver.getCurrentUrl();
      String classId = classUrl.substring(classUrl.indexOf("#class/") + "#class/".length());

      // The cards, as printed: cut lines, no buttons.
      teacher.driver.get(base + "/cards.html?class=" + classId);
      wait.until(d -> d.findElements(By.cssSelector(".join-card")).size() == 2);
      WebElement first = teacher.driver.findElement(By.cssSelector(".join-card"));
      assertTrue(first.getText().contains("Anna Smith") && first.getText().contains(anna), first.getText());
      wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
          "return [...document.querySelectorAll('.join-card-qr')].every(i => i.complete && i.naturalWidth > 0);"));
      Axe.check(teacher.driver, "join cards");
      ((ChromiumDriver) teacher.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertFalse(teacher.driver.findElement(By.cssSelector(".no-print")).isDisplayed(), "the print button is not printed");
      assertTrue(first.getCssValue("border-top-style").equals("dashed"), "cut lines");
      Browsers.fullPage(teacher.driver, "classes-02-cards-print");
      ((ChromiumDriver) teacher.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

      // Set the quiz as homework for the class, untimed.
      teacher.driver.get(base + "/host.html#homework/hw-e2e");
      WebElement form = teacher.screen("set-homework");
      new Select(form.findElement(By.id("hw-class"))).selectByValue(classId);
      form.findElement(By.id("hw-timer")).click();
      Axe.check(teacher.driver, "set homework");
      teacher.screenshot("homework-01-set");
      form.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement page = teacher.screen("assignment");
      String joinUrl = wait.until(d -> d.findElement(By.cssSelector("[data-screen='assignment'] a[href*='pin=']"))).getAttribute("href");
      assertTrue(page.getText().contains("Not started"), "the class's students are listed before they start");
      Axe.check(teacher.driver, "assignment progress");

      Phone one = new Phone("anna", browsers.phone("hw-anna"));
      Phone two = new Phone("ben", browsers.phone("hw-ben"));
      doHomework(one, joinUrl + "&code=" + anna, false);
      doHomework(two, joinUrl + "&code=" + ben.toLowerCase(), true);

      wait.until(d -> d.findElements(By.xpath("//table[contains(@class,'progress')]//td[text()='Done']")).size() == 2);
      teacher.screenshot("homework-04-progress");
      teacher.driver.findElement(By.xpath("//button[text()='Close now']")).click();
      wait.until(d -> "closed".equals(d.findElement(By.cssSelector("[data-screen='assignment'] [data-state]")).getAttribute("data-state")));
      reteach(teacher, wait, classId);
      assertTrue(Browsers.scriptErrors(teacher.driver).isEmpty(), Browsers.scriptErrors(teacher.driver).toString());
      assertTrue(Browsers.scriptErrors(one.driver).isEmpty(), Browsers.scriptErrors(one.driver).toString());
    }
  }

  /**
   * The re-teach page of the quiz for the class: Ben's wrong year is the question most missed, with
   * its line of the notes, Ben the student who needs help; then one click makes the revision quiz.
   */
  private static void reteach(Projector teacher, WebDriverWait wait, String classId) throws Exception {
    teacher.driver.get(base + "/results.html#reteach?quiz=hw-e2e&class=" + classId);
    WebElement page = teacher.screen("reteach");
    WebElement missed = wait.until(d -> d.findElement(By.cssSelector(".reteach-questions li")));
    assertEquals("hw-2", missed.getDomAttribute("data-question"), "the question most missed comes first");
    assertTrue(missed.getText().contains("50% right of 2") && missed.getText().contains("“1922”"), missed.getText());
    WebElement line = page.findElement(By.cssSelector(".reteach-lines li"));
    assertEquals("5", line.getDomAttribute("data-line"));
    assertTrue(line.getText().contains("chief mourner"), "the line of the notes to re-read: " + line.getText());
    List<WebElement> students = page.findElements(By.cssSelector(".reteach-students > li"));
    assertEquals(1, students.size(), "only Ben missed anything");
    assertTrue(students.get(0).getText().contains("Ben Jones") && students.get(0).getText().contains("Which year did Lenin die?"),
        students.get(0).getText());
    WebElement history = page.findElement(By.cssSelector("table.history"));
    assertTrue(history.findElement(By.cssSelector("tr[data-student] td")).getText().startsWith("2/2"), "Anna: both right");
    assertTrue(history.getText().contains("Ben Jones") && history.getText().contains("1/2"), history.getText());
    Axe.check(teacher.driver, "what to re-teach");
    teacher.screenshot("reteach-01-page");

    page.findElement(By.cssSelector("[data-action=revision]")).click();
    WebElement open = wait.until(d -> d.findElement(By.cssSelector("#revision-status a[data-revision]")));
    String revision = open.getDomAttribute("data-revision");
    Axe.check(teacher.driver, "revision made");
    teacher.screenshot("reteach-02-revision");
    var quiz = new Api(base, PASSWORD).quiz(revision);
    var questions = quiz.getJsonArray("questions");
    assertEquals(1, questions.size(), "hw-2 is the one missed; hw-1 was right every time and is not due yet: " + quiz.encode());
    assertEquals("Which year did Lenin die?", questions.getJsonObject(0).getString("text"));
    assertEquals(5, questions.getJsonObject(0).getJsonObject("source").getInteger("line"), "the question keeps its source");
    open.click();
    assertTrue(teacher.screen("preview").getText().contains("Which year did Lenin die?"), "the revision quiz opens in the console");
  }

  /**
   * Joins with the card's link (code pre-filled) and answers the first question right; {@code leave}
   * reloads halfway and, as Ben, gets the year wrong.
   */
  private static void doHomework(Phone phone, String url, boolean leave) {
    phone.driver.get(url);
    WebElement join = phone.screen("join");
    assertFalse(phone.driver.findElement(By.id("code")).getDomProperty("value").isEmpty(), "the code from the link");
    join.findElement(By.cssSelector("button[type=submit]")).click();
    phone.screen("homework").findElement(By.cssSelector("[data-action=next]")).click();
    phone.screen("question", 0);
    assertTrue(phone.driver.getPageSource().contains("No time limit"));
    if (!leave) phone.screenshot("homework-02-question");
    phone.tapOption(1);
    WebElement outcome = phone.screen("outcome", 0);
    new WebDriverWait(phone.driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".homework-extra")).size() == 1);
    assertTrue(outcome.getText().contains("Stalin gave the oration."), "the explanation: " + outcome.getText());
    if (!leave) phone.screenshot("homework-03-outcome");
    if (leave) {
      phone.reload();
      phone.screen("homework").findElement(By.cssSelector("[data-action=next]")).click();
    } else {
      outcome.findElement(By.cssSelector("[data-action=next]")).click();
    }
    phone.screen("question", 1);
    phone.tapOption(leave ? 0 : 1);
    phone.screen("finished");
    assertEquals(leave ? 1000 : 2000, phone.finalScore(), "untimed homework scores accuracy");
  }
}
