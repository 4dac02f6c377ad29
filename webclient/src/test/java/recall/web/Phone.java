package recall.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

  /**
   * Lets the test cut this phone's network: page scripts then see new sockets fail to connect
   * (as on a phone that lost Wi-Fi: here the server refuses the upgrade of a path it does not know).
   * Must run before the page opens.
   */
  void installNetworkSwitch() {
    ((ChromiumDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ""
        + "(() => { const Real = window.WebSocket; window.__net = { offline: false, sockets: [] };"
        + " window.WebSocket = class extends Real { constructor(url, p) {"
        + "   super(window.__net.offline ? url + '-offline' : url, p); window.__net.sockets.push(this); } }; })();"));
  }

  /** The Wi-Fi drops: the open socket closes and reconnecting fails until {@link #online()}. */
  void offline() {
    ((JavascriptExecutor) driver).executeScript("window.__net.offline = true; window.__net.sockets.forEach(s => s.close());");
  }

  void online() {
    ((JavascriptExecutor) driver).executeScript("window.__net.offline = false;");
  }

  /** The text of the connection banner, once it shows. */
  String connectionBanner() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("connection"))).getText();
  }

  /** The status line under the answer controls. */
  String answerStatus() {
    return driver.findElement(By.cssSelector(".answer-status")).getText();
  }

  void open(String url) {
    driver.get(url);
    screen("join");
  }

  String pinField() {
    return driver.findElement(By.id("pin")).getDomProperty("value");
  }

  /** Replaces the PIN in the join form. */
  void enterPin(String pin) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id("pin")));
    field.clear();
    field.sendKeys(pin);
  }

  /** Types the nickname and taps Join (the PIN is already there from the join URL). */
  void join(String nickname) {
    WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("name")));
    name.clear();
    name.sendKeys(nickname);
    driver.findElement(By.cssSelector("form.join button[type=submit]")).click();
  }

  /**
   * Puts a nickname in the form by script and taps Join: ChromeDriver cannot type characters outside
   * the Basic Multilingual Plane (emoji).
   */
  void joinAsTyped(String nickname) {
    WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("name")));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", name, nickname);
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
    var option = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".answers .answer[data-index='" + index + "']")));
    // As a thumb does: bring the option to the middle of the screen first, clear of the Send button
    // that stays at the bottom of a small phone while a multiple is answered.
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
    option.click();
  }

  /** Taps these items in turn; once none is left to place, taps Send. */
  void placeInOrder(List<String> items) {
    for (String text : items) {
      wait.until(d -> d.findElements(By.cssSelector(".order-pool .order-item")).stream()
          .filter(b -> b.getText().equals(text)).findFirst().orElse(null)).click();
    }
    if (driver.findElements(By.cssSelector(".order-pool .order-item")).isEmpty()) {
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".order [data-action='send']"))).click();
    }
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
