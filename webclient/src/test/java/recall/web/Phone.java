package recall.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** A student's phone, driven the way a student would: through what the page shows. */
final class Phone {
  final String label;
  final WebDriver driver;
  private final WebDriverWait wait;

  Phone(String label, WebDriver driver) {
    this.label = label;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void open(String url) {
    driver.get(url);
    screen("join");
  }

  String pinField() {
    return driver.findElement(By.id("pin")).getDomProperty("value");
  }

  /** Types the nickname and taps Join (the PIN is already there from the join URL). */
  void join(String nickname) {
    WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("name")));
    name.clear();
    name.sendKeys(nickname);
    driver.findElement(By.cssSelector("form.join button[type=submit]")).click();
  }

  /** Waits until the given screen shows, and returns it. */
  WebElement screen(String name) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-screen='" + name + "']")));
  }

  /** Waits until the given screen shows for question {@code index}. */
  WebElement screen(String name, int index) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[data-screen='" + name + "'][data-index='" + index + "']")));
  }

  /** The join form's error message, once one shows. */
  String joinError() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-error"))).getText();
  }

  void tapOption(int index) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".answers .answer[data-index='" + index + "']"))).click();
  }

  /** Taps the items first to last, then Send. */
  void placeInOrder(List<String> itemsFirstToLast) {
    for (String text : itemsFirstToLast) {
      wait.until(d -> d.findElements(By.cssSelector(".order-pool .order-item")).stream()
          .filter(b -> b.getText().equals(text)).findFirst().orElse(null)).click();
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".order [data-action='send']"))).click();
  }

  /** Types into the number or text box and sends. */
  void type(String answer) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form.entry input")));
    input.sendKeys(answer);
    driver.findElement(By.cssSelector("form.entry [data-action='send']")).click();
  }

  /** The page reloads (as when a phone's browser is restarted); the game must come back by itself. */
  void reload() {
    driver.navigate().refresh();
  }

  /** The nickname in the top bar. */
  String shownName() {
    return driver.findElement(By.id("me")).getText();
  }

  /** The "correct" flag of the outcome screen for question {@code index}. */
  boolean outcomeCorrect(int index) {
    return Boolean.parseBoolean(screen("outcome", index).getDomAttribute("data-correct"));
  }

  /** The final score on the finished screen, as a number. */
  int finalScore() {
    String text = screen("finished").findElement(By.cssSelector(".final-score-value")).getText();
    return Integer.parseInt(text.replaceAll("\\D", ""));
  }

  String finalHeading() {
    return screen("finished").findElement(By.tagName("h1")).getText();
  }

  void screenshot(String name) {
    Browsers.screenshot(driver, name);
  }
}
