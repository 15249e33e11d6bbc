package org.strengtheningfamilies.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * Tasklist in Debian's chromium and chromedriver, headless, as dashboard/CockpitDashboardBrowserTest drives
 * them (which could share this): skipped with a message where they are missing, a failure where
 * SF_BROWSER_TESTS=required (.ci/run). Logs in and fills the Family case start form.
 */
public final class TasklistBrowser {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private TasklistBrowser() {
    }

    public static WebDriver start() throws Exception {
        Optional<String> chromium = firstExisting("SF_CHROMIUM", BROWSERS);
        Optional<String> driver = firstExisting("SF_CHROMEDRIVER", DRIVERS);
        if (chromium.isEmpty() || driver.isEmpty()) {
            String missing = "The Tasklist browser test needs Chromium and chromedriver (apt-get install chromium "
                    + "chromium-driver, or SF_CHROMIUM / SF_CHROMEDRIVER)";
            if ("required".equalsIgnoreCase(System.getenv("SF_BROWSER_TESTS"))) {
                Assertions.fail(missing + "; SF_BROWSER_TESTS=required, so this is a failure.");
            }
            Assumptions.abort("Skipped. " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("sf-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.get())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    public static void login(WebDriver browser, WebDriverWait wait, String base, String user) {
        login(browser, wait, base, user, "default");
    }

    /** Tasklist of the engine named {@code engine} (the webapps' URLs name it). */
    public static void login(WebDriver browser, WebDriverWait wait, String base, String user, String engine) {
        browser.get(base + "/camunda/app/tasklist/" + engine + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /** The start form of Family case with one adult, the given agency, district and criteria ticked. */
    public static void startFamilyCase(WebDriver browser, WebDriverWait wait, String familyRef, String agency, String district,
                                String... criteria) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Family case"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        field(browser, "Field_familyRef").sendKeys(familyRef);
        choose(browser, wait, "Field_referringAgency", agency);
        field(browser, "Field_district").sendKeys(district);
        for (String criterion : criteria) {
            field(browser, "Field_" + criterion).click();
        }
        // the date picker's own API: independent of the date format the form shows
        ((JavascriptExecutor) browser).executeScript("arguments[0]._flatpickr.setDate(new Date(1980, 0, 15), true)",
                field(browser, "Member_dateOfBirth_0-date"));
        choose(browser, wait, "Member_gender_0", "Female");
        choose(browser, wait, "Member_role_0", "Adult");
        field(browser, "Member_name_0").sendKeys("Dee Ray", Keys.TAB);
        browser.findElement(By.xpath("//button[normalize-space()='Start']")).click();
    }

    private static WebElement field(WebDriver browser, String id) {
        return browser.findElement(By.cssSelector("[id$='-" + id + "']"));
    }

    private static void choose(WebDriver browser, WebDriverWait wait, String id, String option) {
        field(browser, id).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-input-group')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option + "']"))).click();
    }

    public static void screenshot(WebDriver browser, String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<String> firstExisting(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured).filter(p -> new File(p).canExecute());
        }
        return candidates.stream().filter(p -> new File(p).canExecute()).findFirst();
    }
}
