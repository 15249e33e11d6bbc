package org.strengtheningfamilies.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strengtheningfamilies.testing.DemoCohortTest;

/**
 * The managers' dashboard in real headless Chromium: log in to Cockpit as {@code manager}, and the
 * dashboard plugin shows the demo cohort's figures of December 2012 and March 2013 (the report's
 * Table 1 and Appendix 3), the neighbours, the funding table, claims and capacity. It saves a
 * screenshot to target/screenshots/.
 *
 * <p>It drives Debian's {@code chromium} and {@code chromium-driver} (never a browser downloaded at
 * run time). Where they are missing the test is skipped with a message, unless the environment
 * variable {@code SF_BROWSER_TESTS=required} (set by .ci/run), where it fails.
 */
@DemoCohortTest
class CockpitDashboardBrowserTest {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    private WebDriver browser;

    @BeforeEach
    void startChromium() {
        Optional<String> chromium = firstExisting("SF_CHROMIUM", BROWSERS);
        Optional<String> driver = firstExisting("SF_CHROMEDRIVER", DRIVERS);
        if (chromium.isEmpty() || driver.isEmpty()) {
            String missing = "Cockpit dashboard browser test needs Chromium and chromedriver (Debian: apt-get install "
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
                "--window-size=1400,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.get())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theManagerSeesTheDemoCohortsDecemberAndMarchFiguresOnTheCockpitDashboard() throws Exception {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/" + DemoCohortTest.ENGINE + "/");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("manager");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sf-dashboard")));
        for (String section : List.of("targets", "performance", "activity", "funding", "claims", "returns", "capacity")) {
            wait.until(d -> !"loading".equals(d.findElement(By.id("sf-" + section)).getAttribute("data-state")));
        }
        screenshot("cockpit-dashboard");
        for (String section : List.of("targets", "performance", "activity", "funding", "claims", "returns", "capacity")) {
            WebElement node = browser.findElement(By.id("sf-" + section));
            assertThat(node.getAttribute("data-state")).as(section + ": " + node.getText()).isEqualTo("ready");
        }

        // Table 1 / section 2.3: the figures at the end of December 2012 and of March 2013
        assertThat(figure("#sf-targets tr[data-as-of='2012-12-31']", "identified")).isEqualTo("82");
        assertThat(figure("#sf-targets tr[data-as-of='2012-12-31']", "workedWith")).isEqualTo("64");
        assertThat(figure("#sf-targets tr[data-as-of='2013-03-31']", "identified")).isEqualTo("123");
        assertThat(figure("#sf-targets tr[data-as-of='2013-03-31']", "workedWith")).isEqualTo("95");
        assertThat(figure("#sf-targets tr[data-as-of='2012-12-31']", "identifiedPercent")).isEqualTo("19.3%");
        assertThat(figure("#sf-targets tr[data-as-of='2012-12-31']", "workedWithPercent")).isEqualTo("15.1%");
        assertThat(browser.findElements(By.cssSelector("#sf-targets svg polyline"))).hasSize(3);

        // Table 4: the funding forecast to the pound, with thousand separators
        assertThat(figure("#sf-funding tfoot tr", "departmentContribution")).isEqualTo("£1,416,000");
        assertThat(figure("#sf-funding tfoot tr", "councilContribution")).isEqualTo("£2,124,000");

        // Appendix 3 as at December 2012: Milton Keynes against its statistical neighbours
        showAsAt("2012-12-31");
        wait.until(d -> "ready".equals(d.findElement(By.id("sf-performance")).getAttribute("data-state")));
        WebElement ranks = browser.findElement(By.cssSelector("#sf-performance .sf-ranks"));
        assertThat(ranks.getText()).contains("19.3% identified, rank 12 of 12").contains("15.1% worked with, rank 8 of 12");
        assertThat(browser.findElements(By.cssSelector("#sf-performance svg rect"))).hasSize(24);
        assertThat(figure("#sf-performance tr[data-authority='Milton Keynes']", "rankByIdentifiedPercent")).isEqualTo("12");
        assertThat(figure("#sf-performance tr[data-authority='Milton Keynes']", "rankByWorkedWithPercent")).isEqualTo("8");
        wait.until(d -> "ready".equals(d.findElement(By.id("sf-activity")).getAttribute("data-state")));
        assertThat(browser.findElement(By.cssSelector("#sf-activity tfoot tr td[data-measure='total']")).getText()).isEqualTo("82");
        screenshot("cockpit-dashboard-december-2012");
        sectionScreenshot("targets");
        sectionScreenshot("performance");
    }

    @Test
    void theCoordinatorSignsAClaimReturnOffInTasklistWithItsTotalsAndCsvLink() throws Exception {
        jdbc.update("insert into sf_claim (claim_id, family_ref, process_instance_id, programme_year, amount_pence, status, "
                + "claim_reference, created_at, recorded_at) values ('ui-c1', 'MK-000951', 'pi-ui-c1', 1, 480000, 'APPROVED', "
                + "'MK-000951-PBR1', timestamp '2013-03-01 10:00:00', timestamp '2013-03-02 10:00:00')");
        jdbc.update("insert into sf_claim_line (claim_id, result_type, amount_pence) values ('ui-c1', 'CONTINUOUS_EMPLOYMENT', 480000)");
        // with the demo cohort's own claims (recorded in April 2013) still waiting for a return
        Integer waiting = jdbc.queryForObject("select count(*) from sf_claim where claim_reference is not null "
                + "and claim_return_reference is null", Integer.class);
        String window = runtime.startProcessInstanceByKey("pbr-claim-window").getId();
        management.createJobQuery().processInstanceId(window).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
        String reference = (String) runtime.getVariable(window, "claimReturnReference");
        String task = tasks.createTaskQuery().processInstanceId(window).singleResult().getId();

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/" + DemoCohortTest.ENGINE + "/#/?task=" + task);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("coordinator");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        wait.until(d -> form.getText().contains(reference));
        screenshot("tasklist-claim-return-signoff");

        assertThat(form.getText()).contains("Claim return " + reference).contains("Claims: " + waiting)
                .contains("total: " + runtime.getVariable(window, "claimReturnTotal"));
        WebElement csvLink = form.findElement(By.partialLinkText("Download the return as CSV"));
        assertThat(csvLink.getAttribute("href")).endsWith("/api/claim-returns/" + reference + ".csv");
        // the link opens with the coordinator's Tasklist session (no other credentials)
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed ' + e));",
                csvLink.getAttribute("href"));
        assertThat(String.valueOf(csv)).contains("Milton Keynes,MK-000951,CONTINUOUS_EMPLOYMENT,4800.00,,1");
    }

    private String figure(String rowSelector, String measure) {
        return browser.findElement(By.cssSelector(rowSelector + " td[data-measure='" + measure + "']")).getText();
    }

    private void showAsAt(String isoDate) {
        // a date input's typed format follows the browser's locale; setting the value is exact
        WebElement input = browser.findElement(By.id("sf-as-of"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoDate);
        browser.findElement(By.cssSelector("#sf-dashboard form button[type='submit']")).click();
    }

    private void screenshot(String name) throws Exception {
        // the whole dashboard, not only the first screenful: Cockpit scrolls an inner element, not the
        // page, so the window grows until that element's content fits (a few rounds: layout reflows)
        for (int round = 0; round < 3; round++) {
            Number content = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return Math.max(...Array.from(document.querySelectorAll('*'), e => e.scrollHeight))");
            int wanted = Math.min(8000, content.intValue() + 200);
            if (browser.manage().window().getSize().getHeight() >= wanted) {
                break;
            }
            browser.manage().window().setSize(new Dimension(1400, wanted));
        }
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** One section alone, at full resolution, for a closer look at its chart. */
    private void sectionScreenshot(String section) throws Exception {
        WebElement node = browser.findElement(By.id("sf-" + section));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", node);
        Files.copy(node.getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "screenshots", "cockpit-dashboard-" + section + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<String> firstExisting(String environmentVariable, List<String> candidates) {
        String configured = System.getenv(environmentVariable);
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured)) ? Optional.of(configured) : Optional.empty();
        }
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }
}
