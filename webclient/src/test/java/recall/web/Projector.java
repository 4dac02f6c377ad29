package recall.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The teacher's laptop on the projector: the console, the game screens, the results pages. */
final class Projector {
  final WebDriver driver;
  private final WebDriverWait wait;

  Projector(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void login(String base, String password) {
    driver.get(base + "/host.html");
    screen("login");
    WebElement field = driver.findElement(By.id("login-password"));
    field.sendKeys(password);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    screen("quizzes");
  }

  /** From the quiz list: the quiz's preview, with its answers. */
  void preview(String quizId) {
    screen("quizzes").findElement(By.cssSelector("[data-quiz='" + quizId + "'] a.quiz-title")).click();
    wait.until(d -> d.findElements(By.cssSelector("[data-screen='preview'] .is-right")).size() == 1);
  }

  void back() {
    driver.navigate().back();
  }

  /** Removes a player from the lobby with the chip's remove button. */
  void kick(String name) {
    driver.findElement(By.cssSelector(".chips [aria-label='Remove " + name + "']")).click();
  }

  /** Ticks these players' chips and removes them with "Remove selected" (one kick command). */
  void kickSelected(String... names) {
    for (String name : names) driver.findElement(By.cssSelector(".chips [aria-label='Select " + name + "']")).click();
    click("remove-selected");
  }

  /** From the quiz list: Start on the quiz, keep every question, open the room; returns the join URL. */
  String openRoom(String quizId) {
    screen("quizzes").findElement(By.cssSelector("[data-quiz='" + quizId + "'] [data-action='start']")).click();
    WebElement form = screen("start").findElement(By.cssSelector("form.start-form"));
    screenshot("teacher-02-start");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement lobby = screen("host-lobby");
    wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "const i = document.querySelector('img.qr'); return i.complete && i.naturalWidth > 0;"));
    return lobby.findElement(By.cssSelector("a.join-url")).getDomAttribute("href");
  }

  WebElement screen(String name) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-screen='" + name + "']")));
  }

  WebElement screen(String name, int index) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[data-screen='" + name + "'][data-index='" + index + "']")));
  }

  String pin() {
    return screen("host-lobby").findElement(By.cssSelector(".pin")).getText().replaceAll("\\D", "");
  }

  /** Waits until the lobby lists exactly these nicknames, in any order, shown as text. */
  void waitForPlayers(int count) {
    wait.until(d -> d.findElements(By.cssSelector(".chips .chip-name")).size() == count);
  }

  List<String> playerNames() {
    return driver.findElements(By.cssSelector(".chips .chip-name")).stream().map(WebElement::getText).toList();
  }

  void toggleLock(boolean expectLockedAfter) {
    driver.findElement(By.cssSelector("[data-action='lock']")).click();
    wait.until(d -> d.findElement(By.cssSelector("[data-action='lock']")).getDomAttribute("data-locked")
        .equals(String.valueOf(expectLockedAfter)));
  }

  void click(String action) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-action='" + action + "']"))).click();
  }

  /** The "n of m answered" number on the question screen. */
  int answeredCount() {
    return Integer.parseInt(driver.findElement(By.cssSelector(".progress-number")).getText().replaceAll("\\D", ""));
  }

  void waitAnswered(int n) {
    wait.until(d -> answeredCount() == n);
  }

  void screenshot(String name) {
    Browsers.screenshot(driver, name);
  }
}
