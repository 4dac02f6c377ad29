package recall.web;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import recall.app.Config;
import recall.app.RecallServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The staff room in real browsers: the admin adds a teacher in the console, the teacher logs in
 * with the one-time password on another computer, must choose a password first, and then sees the
 * shared bank and nothing of the admin's.
 */
@DisplayName("An admin adds a teacher, who sets a password and sees only the bank and their own")
class StaffroomBrowserTest {
  private static final String PASSWORD = "test-password";

  private static Vertx vertx;
  private static RecallServer server;
  private static String base;
  private static String adminQuiz;

  @BeforeAll
  static void startServer() throws Exception {
    assumeTrue(Browsers.installed(), "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    vertx = Vertx.vertx();
    Config config = Config.forTests("staffroom", Path.of("../questions")).withWebDir(Path.of("public"));
    server = RecallServer.start(vertx, config).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    base = "http://127.0.0.1:" + server.port();
    try (var in = StaffroomBrowserTest.class.getResourceAsStream("/e2e-quiz.json")) {
      adminQuiz = new Api(base, PASSWORD).addQuiz(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) server.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    if (vertx != null) vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  @DisplayName("Staff: add gwen, hand over the one-time password; gwen changes it and lists the bank without the admin's quiz")
  void addTeacherAndLogIn() throws Exception {
    try (Browsers browsers = new Browsers()) {
      Projector admin = new Projector(browsers.projector("staff-admin"));
      admin.login(base, PASSWORD);
      WebDriverWait wait = new WebDriverWait(admin.driver, Duration.ofSeconds(20));
      assertTrue(admin.driver.findElements(By.cssSelector("[data-quiz='" + adminQuiz + "']")).size() == 1, "the admin sees its own quiz");
      admin.driver.findElement(By.linkText("Staff")).click();
      WebElement staff = admin.screen("staff");
      staff.findElement(By.id("staff-user")).sendKeys("gwen");
      staff.findElement(By.id("staff-display")).sendKeys("Gwen Jones");
      staff.findElement(By.cssSelector("form button[type=submit]")).click();
      String once = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-password"))).getText().strip();
      assertTrue(once.length() >= 12, once);
      wait.until(d -> d.findElements(By.cssSelector("tr[data-user='gwen']")).size() == 1);
      assertTrue(admin.driver.findElement(By.cssSelector("tr[data-user='gwen']")).getText().contains("never"), "no log-in yet");
      admin.screenshot("staff-01-added");
      assertAccessible(admin.driver, "staff");

      WebDriver other = browsers.projector("staff-gwen");
      Projector gwen = new Projector(other);
      other.get(base + "/host.html");
      gwen.screen("login");
      assertAccessible(other, "login");
      WebElement user = other.findElement(By.id("login-user"));
      user.clear();
      user.sendKeys("gwen");
      other.findElement(By.id("login-password")).sendKeys(once);
      other.findElement(By.cssSelector("form.login button[type=submit]")).click();
      WebElement form = gwen.screen("password");
      assertTrue(other.findElements(By.cssSelector("#nav a")).isEmpty(), "only the password form, no way around it");
      form.findElement(By.id("pw-new")).sendKeys("short");
      form.findElement(By.id("pw-again")).sendKeys("short");
      form.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement error = new WebDriverWait(other, Duration.ofSeconds(20))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("pw-error")));
      assertTrue(error.getText().contains("10 characters"), error.getText());
      assertTrue(form.findElement(By.id("pw-new")).getDomAttribute("aria-describedby").contains("pw-error"), "the error is tied to its field");
      gwen.screenshot("staff-02-weak-password");
      assertAccessible(other, "password change with an error");
      for (String id : List.of("pw-new", "pw-again")) {
        form.findElement(By.id(id)).clear();
        form.findElement(By.id(id)).sendKeys("gwen-jones-teaches-1917");
      }
      form.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement quizzes = gwen.screen("quizzes");
      new WebDriverWait(other, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("who")).getText().equals("Gwen Jones"));
      assertFalse(quizzes.findElements(By.cssSelector("[data-owner='shared']")).isEmpty(), "the shared bank is listed");
      assertTrue(quizzes.findElements(By.cssSelector("[data-owner='mine']")).isEmpty(), "gwen has no quiz of her own yet");
      assertTrue(other.findElements(By.cssSelector("[data-quiz='" + adminQuiz + "']")).isEmpty(), "the admin's quiz is not gwen's to see");
      assertTrue(other.findElements(By.linkText("Staff")).isEmpty(), "gwen is not an admin");
      gwen.screenshot("staff-03-gwen-quizzes");

      admin.driver.navigate().refresh();
      wait.until(d -> !d.findElement(By.cssSelector("tr[data-user='gwen']")).getText().contains("never"));
      assertEquals(List.of(), Browsers.scriptErrors(admin.driver));
      assertEquals(List.of(), Browsers.scriptErrors(other));
    }
  }

  private static void assertAccessible(WebDriver driver, String screen) {
    Axe.check(driver, screen);
  }
}
