package org.strengtheningfamilies.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's {@code chromium} and {@code chromium-driver} for the browser tests (never a browser
 * downloaded at run time), headless at 1400×1000. Where they are missing a test is skipped with a
 * message, unless the environment variable {@code SF_BROWSER_TESTS=required} (set by .ci/run),
 * where it fails. Screenshots go to target/screenshots/.
 */
public final class Chromium {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /**
     * A new headless browser whose language is {@code language} (e.g. {@code en-US}: staff
     * machines are not always set to British English, and the forms must not depend on it).
     */
    public static WebDriver start(String language) {
        String profile;
        try {
            profile = Files.createTempDirectory("sf-chromium").toString();
        } catch (java.io.IOException noTemporaryFolder) {
            throw new java.io.UncheckedIOException(noTemporaryFolder);
        }
        Optional<String> chromium = firstExisting("SF_CHROMIUM", BROWSERS);
        Optional<String> driver = firstExisting("SF_CHROMEDRIVER", DRIVERS);
        if (chromium.isEmpty() || driver.isEmpty()) {
            String missing = "The browser tests need Chromium and chromedriver (Debian: apt-get install "
                    + "chromium chromium-driver; or set SF_CHROMIUM / SF_CHROMEDRIVER): "
                    + (chromium.isEmpty() ? "no Chromium in " + BROWSERS + ". " : "")
                    + (driver.isEmpty() ? "no chromedriver in " + DRIVERS + "." : "");
            if ("required".equalsIgnoreCase(System.getenv("SF_BROWSER_TESTS"))) {
                Assertions.fail(missing + " SF_BROWSER_TESTS=required, so this is a failure.");
            }
            Assumptions.abort("Skipped. " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.get())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Logs in to a Camunda webapp ({@code tasklist}, {@code cockpit}) of the "default" engine at {@code hashPath} as a demo user. */
    public static WebDriverWait logIn(WebDriver browser, int port, String app, String user, String hashPath) {
        return logIn(browser, port, app, user, hashPath, "default");
    }

    /** The same for the engine named {@code engine} (the webapps' URLs name it). */
    public static WebDriverWait logIn(WebDriver browser, int port, String app, String user, String hashPath, String engine) {
        browser.manage().deleteAllCookies();
        // a new page, never only a new #hash of the one open: that would keep the previous user's app
        // running, whose requests still in flight answer 401 after the new log-in and send it back to the form
        browser.get("about:blank");
        browser.get("http://localhost:" + port + "/camunda/app/" + app + "/" + engine + "/" + hashPath);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.withMessage(() -> "the log-in form of " + app + "; " + describe(browser));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        name.clear();
        name.sendKeys(user);
        WebElement password = browser.findElement(By.cssSelector("input[ng-model='password']"));
        password.clear();
        password.sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.withMessage(() -> user + " logged in to " + app + "; " + describe(browser));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        wait.withMessage(() -> describe(browser));
        return wait;
    }

    /** Where the browser is and what it shows, for a failure's message (a CI log has no screenshots). */
    public static String describe(WebDriver browser) {
        try {
            String text = String.valueOf(((JavascriptExecutor) browser).executeScript(
                    "return document.body ? document.body.innerText : ''")).replaceAll("\\s+", " ").trim();
            return "at " + browser.getCurrentUrl() + ", showing: " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
        } catch (RuntimeException unreadable) {
            return "the page could not be read (" + unreadable.getClass().getSimpleName() + ")";
        }
    }

    /** The window as it is. */
    public static Path screenshot(WebDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * The whole page, not only the first screenful: Camunda's webapps scroll an inner element, not
     * the page, so the window grows until that element's content fits (a few rounds: layout reflows).
     */
    public static Path fullScreenshot(WebDriver browser, String name) throws Exception {
        Dimension before = browser.manage().window().getSize();
        for (int round = 0; round < 3; round++) {
            Number content = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return Math.max(...Array.from(document.querySelectorAll('*'), e => e.scrollHeight))");
            int wanted = Math.min(8000, content.intValue() + 200);
            if (browser.manage().window().getSize().getHeight() >= wanted) {
                break;
            }
            browser.manage().window().setSize(new Dimension(before.getWidth(), wanted));
        }
        Path target = screenshot(browser, name);
        browser.manage().window().setSize(before);
        return target;
    }

    /** One element alone, scrolled into view. */
    public static Path elementScreenshot(WebDriver browser, WebElement element, String name) throws Exception {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static Optional<String> firstExisting(String environmentVariable, List<String> candidates) {
        String configured = System.getenv(environmentVariable);
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured)) ? Optional.of(configured) : Optional.empty();
        }
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }
}
