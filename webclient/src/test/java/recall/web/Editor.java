package recall.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The quiz editor in the console, driven through what it shows. */
final class Editor {
  final WebDriver driver;
  private final WebDriverWait wait;

  Editor(WebDriver driver) {
    this.driver = driver;
    // The editor redraws a question (a kind switch, a move) by replacing its card: look again.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  WebElement screen() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-screen='editor']")));
  }

  List<WebElement> cards() {
    return driver.findElements(By.cssSelector(".editor .question-card"));
  }

  WebElement card(int index) {
    return wait.until(d -> {
      List<WebElement> all = cards();
      return all.size() > index ? all.get(index) : null;
    });
  }

  /** The question ids in the order the editor shows them. */
  List<String> order() {
    return cards().stream().map(c -> c.getDomAttribute("data-question")).toList();
  }

  void title(String title) {
    WebElement t = driver.findElement(By.id("quiz-title"));
    t.clear();
    t.sendKeys(title);
  }

  /** Types into a field of question {@code index}: "text", "options-0", "accept", "value"... */
  void type(int index, String part, String text) {
    WebElement input = card(index).findElement(By.cssSelector("[id$='-" + part + "']"));
    input.clear();
    input.sendKeys(text);
  }

  String value(int index, String part) {
    return card(index).findElement(By.cssSelector("[id$='-" + part + "']")).getDomProperty("value");
  }

  void kind(int index, String kind) {
    WebElement select = card(index).findElement(By.cssSelector("select[id$='-kind']"));
    new org.openqa.selenium.support.ui.Select(select).selectByValue(kind);
  }

  void add(String kind) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("new-kind"))).selectByValue(kind);
    driver.findElement(By.cssSelector("[data-action='add-question']")).click();
  }

  void action(int index, String action) {
    card(index).findElement(By.cssSelector("[data-action='" + action + "']")).click();
  }

  /** Alt+Up on the question's text field: the keyboard way to move it. */
  void altUp(int index) {
    card(index).findElement(By.cssSelector("textarea[id$='-text']")).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
  }

  /** Waits until question {@code index} shows a problem for {@code field}, and returns it. */
  WebElement problem(int index, String field) {
    return wait.until(d -> card(index).findElements(By.cssSelector(".problem-list li[data-field='" + field + "']")).stream().findFirst().orElse(null));
  }

  void save() {
    driver.findElement(By.cssSelector("[data-action='save']")).click();
  }

  /** After saving a new quiz the editor reopens on its id; returns it. */
  String savedId() {
    return wait.until(d -> {
      String id = d.findElement(By.cssSelector("[data-screen='editor']")).getDomAttribute("data-quiz");
      return id == null || id.isEmpty() ? null : id;
    });
  }
}
