package recall.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Headless Chromium windows: Debian's {@code /usr/bin/chromium} through {@code /usr/bin/chromedriver},
 * each with its own fresh profile (so each phone has its own localStorage), never a download.
 */
final class Browsers implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  private static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

  /** Held so the setting sticks: Selenium warns at length that it has no CDP bindings for this Chromium (not needed here). */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM_LOG.setLevel(Level.SEVERE);
  }

  private final List<WebDriver> open = new ArrayList<>();
  private final Path profiles;

  Browsers() throws IOException {
    // Selenium Manager looks for a driver only when none is named: name Debian's.
    System.setProperty("webdriver.chrome.driver", DRIVER);
    Files.createDirectories(SCREENSHOTS);
    Files.createDirectories(Path.of("target"));
    profiles = Files.createTempDirectory(Path.of("target"), "chromium-profiles-");
  }

  /** Whether this machine has the browser and its driver (Debian: apt-get install chromium chromium-driver). */
  static boolean installed() {
    return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
  }

  /** A phone: 390 x 844 CSS pixels, touch, device pixel ratio 2. */
  WebDriver phone(String name) throws IOException {
    return phone(name, 390, 844);
  }

  /** A phone of the given size in CSS pixels, touch, device pixel ratio 2. */
  WebDriver phone(String name, int width, int height) throws IOException {
    ChromeOptions options = options(name, width, height);
    options.setExperimentalOption("mobileEmulation", Map.of(
        "deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
    return start(options);
  }

  /** A laptop on a projector: a 1280 x 720 page. */
  WebDriver projector(String name) throws IOException {
    ChromeOptions options = options(name, 1280, 720);
    // A fixed page size: a headless window's own size counts browser bars that are not drawn.
    options.setExperimentalOption("mobileEmulation", Map.of(
        "deviceMetrics", Map.of("width", 1280, "height", 720, "pixelRatio", 1.0, "touch", false, "mobile", false)));
    return start(options);
  }

  private ChromeOptions options(String name, int width, int height) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--disable-default-apps", "--lang=en-GB", "--force-device-scale-factor=1",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory(profiles, name + "-").toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return options;
  }

  private WebDriver start(ChromeOptions options) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort()
        .build();
    WebDriver driver = new ChromeDriver(service, options);
    open.add(driver);
    return driver;
  }

  /** Saves what the window shows as target/screenshots/{name}.png, once its animations have settled. */
  static void screenshot(WebDriver driver, String name) {
    settle(driver);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the whole page, beyond the window, as target/screenshots/{name}.png. */
  static void fullPage(WebDriver driver, String name) {
    settle(driver);
    ChromiumDriver chromium = (ChromiumDriver) driver;
    Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    @SuppressWarnings("unchecked")
    Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
        "width", ((Number) viewport.get("clientWidth")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
    Map<String, Object> shot = chromium.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until every finite CSS animation (an entrance: a chip popping in, the podium rising) has finished. */
  private static void settle(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "return document.getAnimations().every(a => !(a instanceof CSSAnimation) || a.playState !== 'running'"
            + " || a.effect.getComputedTiming().iterations === Infinity);"));
  }

  /** Script errors the page logged (uncaught exceptions), for a test to assert there are none. */
  static List<String> scriptErrors(WebDriver driver) {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && entry.getMessage().contains("Uncaught")) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }

  /** Closes one browser early (a phone that has left). */
  void quit(WebDriver driver) {
    open.remove(driver);
    driver.quit();
  }

  @Override
  public void close() {
    for (WebDriver d : open) {
      try {
        d.quit();
      } catch (RuntimeException e) {
        // a browser that died already: nothing left to close
      }
    }
    open.clear();
  }
}
