package recall.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core in the page under test: the WCAG 2.2 A and AA rules, run on what the window shows now.
 * The script comes from npm ({@code webclient/package.json}, installed by {@code npm ci}, which the
 * build runs when it is missing); it is injected, never fetched by the page.
 */
final class Axe {
  private static final Path SCRIPT = Path.of("node_modules", "axe-core", "axe.min.js");
  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
  private static String source;

  private Axe() {
  }

  /**
   * The WCAG 2.2 A/AA violations on the page, one readable line each ({@code rule: help (selector...)}),
   * empty when there are none.
   */
  @SuppressWarnings("unchecked")
  static List<String> violations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) js.executeScript(script());
    Object result = js.executeAsyncScript(""
        + "const done = arguments[arguments.length - 1];"
        + "axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })"
        + "  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' ('"
        + "    + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ') + ')')))"
        + "  .catch(e => done(['axe failed: ' + e]));", TAGS);
    return new ArrayList<>((List<String>) result);
  }

  private static synchronized String script() {
    if (source == null) {
      try {
        source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("axe-core is missing: run `npm ci` in webclient/ (" + SCRIPT.toAbsolutePath() + ")", e);
      }
    }
    return source;
  }

  /** For an assertion message: the screen and its violations. */
  static String describe(String screen, List<String> violations) {
    return screen + ": " + violations.size() + " WCAG 2.2 A/AA violation(s)\n  " + String.join("\n  ", violations);
  }

  /** Fails the test, naming the screen and each violation, when axe finds any on the page. */
  static void check(WebDriver driver, String screen) {
    List<String> found = violations(driver);
    org.junit.jupiter.api.Assertions.assertEquals(List.of(), found, describe(screen, found));
  }
}
