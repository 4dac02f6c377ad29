package recall.web;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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

  /** A phone-sized window: 390 x 844 CSS pixels, touch, device pixel ratio 2. */
  WebDriver phone(String name) throws IOException {
    ChromeOptions options = options(name, 390, 844);
    options.setExperimentalOption("mobileEmulation", Map.of(
        "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true)));
    return start(options);
  }

  /** A laptop on a projector: 1280 x 800. */
  WebDriver projector(String name) throws IOException {
    return start(options(name, 1280, 800));
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

  /** Saves what the window shows as target/screenshots/{name}.png. */
  static void screenshot(WebDriver driver, String name) {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
