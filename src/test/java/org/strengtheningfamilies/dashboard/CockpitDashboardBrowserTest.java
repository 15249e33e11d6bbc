package org.strengtheningfamilies.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strengtheningfamilies.testing.Chromium;
import org.strengtheningfamilies.testing.TasklistBrowser;
import org.strengtheningfamilies.testing.DemoCohortTest;

/**
 * The managers' dashboard in real headless Chromium: log in to Cockpit as {@code manager}, and the
 * dashboard plugin shows the demo cohort's figures of December 2012 and March 2013 (the report's
 * Table 1 and Appendix 3), the neighbours, the funding table, claims and capacity. It saves a
 * screenshot to target/screenshots/.
 *
 * <p>It drives Debian's {@code chromium} and {@code chromium-driver} ({@link Chromium}).
 */
@DemoCohortTest
class CockpitDashboardBrowserTest {

    private static final List<String> SECTIONS = List.of("targets", "outcomes", "performance", "activity", "funding", "claims",
            "returns", "capacity");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    private WebDriver browser;

    @BeforeEach
    void startChromium() {
        browser = Chromium.start("en-GB");
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theManagerSeesTheDemoCohortsDecemberAndMarchFiguresOnTheCockpitDashboard() throws Exception {
        WebDriverWait wait = logInToCockpit("manager");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sf-dashboard")));
        for (String section : SECTIONS) {
            wait.until(d -> !"loading".equals(d.findElement(By.id("sf-" + section)).getAttribute("data-state")));
        }
        screenshot("cockpit-dashboard");
        for (String section : SECTIONS) {
            WebElement node = browser.findElement(By.id("sf-" + section));
            assertThat(node.getAttribute("data-state")).as(section + ": " + node.getText()).isEqualTo("ready");
        }

        // the dashboard comes first on Cockpit's start page, before Camunda's own sections
        int dashboardTop = browser.findElement(By.id("sf-dashboard")).getLocation().getY();
        assertThat(browser.findElement(By.cssSelector(".ctn-view.dashboard section.actual")).getLocation().getY())
                .isGreaterThan(dashboardTop);
        // the line chart takes its panel's width, and its last point is the headline's number
        WebElement chart = browser.findElement(By.cssSelector("#sf-targets svg.sf-chart"));
        assertThat(chart.getSize().getWidth()).isGreaterThan(browser.findElement(By.id("sf-targets")).getSize().getWidth() * 9 / 10);
        List<WebElement> quarters = browser.findElements(By.cssSelector("#sf-targets tbody tr[data-as-of] td[data-measure='turnedAround']"));
        assertThat(browser.findElement(By.cssSelector("#sf-targets > div > p, #sf-targets p")).getText())
                .contains(quarters.get(quarters.size() - 1).getText() + " turned around");
        // no claim return yet: a sentence, not a table of headers
        if (jdbc.queryForObject("select count(*) from sf_claim_return", Integer.class) == 0) {
            assertThat(browser.findElement(By.id("sf-returns")).getText()).contains("No claim returns yet");
            assertThat(browser.findElements(By.cssSelector("#sf-returns table"))).isEmpty();
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

        // before the neighbours have published anything, there is no ranking (Appendix 3 is dated December 2012)
        showAsAt("2012-12-01");
        wait.until(d -> "ready".equals(d.findElement(By.id("sf-performance")).getAttribute("data-state"))
                && d.findElement(By.cssSelector("#sf-performance .sf-ranks")).getText().contains("01/12/2012"));
        assertThat(browser.findElement(By.cssSelector("#sf-performance .sf-ranks")).getText())
                .contains("no ranking").doesNotContain("rank 1 of 1");
        assertThat(browser.findElements(By.cssSelector("#sf-performance td[data-measure='rankByIdentifiedPercent']")))
                .extracting(WebElement::getText).containsOnly("–");
        Chromium.elementScreenshot(browser, browser.findElement(By.id("sf-performance")), "cockpit-dashboard-performance-before-neighbours");
    }

    @Test
    void theCoordinatorSignsAClaimReturnOffInTasklistWithItsTotalsAndCsvLink() throws Exception {
        jdbc.update("insert into sf_claim (claim_id, family_ref, process_instance_id, programme_year, amount_pence, status, "
                + "claim_reference, created_at, recorded_at) values ('ui-c1', 'MK-000951', 'pi-ui-c1', 1, 480000, 'APPROVED', "
                + "'MK-000951-PBR1', timestamp '2013-03-01 10:00:00', timestamp '2013-03-02 10:00:00')");
        jdbc.update("insert into sf_claim_line (claim_id, result_type, amount_pence) values ('ui-c1', 'CONTINUOUS_EMPLOYMENT', 480000)");
        // with the demo cohort's own claims (recorded in April 2013) still waiting for a return; claims other
        // tests of this context record today fall after the window (it closes at the end of yesterday)
        String window = runtime.startProcessInstanceByKey("pbr-claim-window").getId();
        management.createJobQuery().processInstanceId(window).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
        String reference = (String) runtime.getVariable(window, "claimReturnReference");
        Integer waiting = jdbc.queryForObject("select count(*) from sf_claim where claim_return_reference = ?",
                Integer.class, reference);
        assertThat(waiting).as("the demo cohort's claims and this one").isGreaterThan(1);
        String task = tasks.createTaskQuery().processInstanceId(window).singleResult().getId();

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/" + DemoCohortTest.ENGINE + "/#/?task=" + task);
        WebDriverWait wait = new WebDriverWait(browser, Chromium.PATIENCE);
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
        assertThat(form.findElement(By.partialLinkText("evidence packs of its claims")).getAttribute("href"))
                .endsWith("/api/claim-returns/" + reference + "/evidence-packs");
        // the link opens with the coordinator's Tasklist session (no other credentials)
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed ' + e));",
                csvLink.getAttribute("href"));
        assertThat(String.valueOf(csv)).contains("Milton Keynes,MK-000951,CONTINUOUS_EMPLOYMENT,4800.00,,1");
    }

    @Autowired org.strengtheningfamilies.programme.ProgrammePhases phases;

    /**
     * Five families referred under Supporting Families 2022-25 beside the 2012-15 cohort: the manager chooses
     * the phase, and every section shows that phase's figures (the neighbours' comparison is 2012-15's only).
     */
    @Test
    void aCouncilThatHasRunTwoPhasesChoosesThePhaseItsFiguresAreOf() throws Exception {
        for (int n = 1; n <= 5; n++) {
            String ref = "MK-23000" + n;
            setBusinessDay("2023-05-02");
            String pi = phases.referringUnder(org.strengtheningfamilies.programme.ProgrammePhase.SF_2022,
                    () -> runtime.startProcessInstanceByKey("family-case", ref,
                            org.strengtheningfamilies.testing.LaterPhaseProcessTest.needsReferral(ref, "EDUCATION", "HOUSING",
                                    "CRIME")).getId());
            setBusinessDay("2023-05-16");
            tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
                    org.strengtheningfamilies.testing.FamilyCaseProcessTest.accept(3, "CFP"));
        }
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();

        WebDriverWait wait = logInToCockpit("manager");
        WebElement choice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sf-phase")));
        org.openqa.selenium.support.ui.Select select = new org.openqa.selenium.support.ui.Select(choice);
        // every phase with a case in the read model, in the phases' order: this test's two, and any other a test
        // of the shared context referred under (e.g. the partner API's outcomes-only signposting)
        List<String> phasesRun = jdbc.queryForList("select distinct programme_phase from sf_report_case", String.class).stream()
                .map(org.strengtheningfamilies.programme.ProgrammePhase::valueOf).sorted()
                .map(org.strengtheningfamilies.programme.ProgrammePhase::heading).toList();
        assertThat(phasesRun).contains("Troubled Families 2012 to 2015", "Supporting Families 2022 to 2025");
        assertThat(select.getOptions()).extracting(WebElement::getText).containsExactlyElementsOf(phasesRun);
        assertThat(select.getFirstSelectedOption().getText()).as("the phase of new referrals").isEqualTo(
                "Troubled Families 2012 to 2015");
        select.selectByVisibleText("Supporting Families 2022 to 2025");
        for (String section : SECTIONS) {
            wait.until(d -> "ready".equals(d.findElement(By.id("sf-" + section)).getAttribute("data-state")));
        }
        screenshot("cockpit-dashboard-supporting-families");
        assertThat(browser.findElement(By.id("sf-phase-title")).getText()).isEqualTo("Supporting Families 2022 to 2025");
        assertThat(browser.findElement(By.cssSelector("#sf-targets tr[data-year='1'] th")).getText())
                .isEqualTo("Year 1 (Apr 2022 – Mar 2023)");
        assertThat(figure("#sf-targets tr[data-year='2']", "identified")).isEqualTo("5");
        // a handful of families: the axis a family a gridline, and the lines' end labels apart where they meet
        assertThat(browser.findElements(By.cssSelector("#sf-targets svg.sf-chart text.sf-axis")).stream()
                .map(WebElement::getText).filter(t -> t.matches("\\d+")).toList()).containsExactly("0", "1", "2", "3", "4", "5");
        List<Double> ends = browser.findElements(By.cssSelector("#sf-targets svg.sf-chart text.sf-label")).stream()
                .filter(label -> !label.getText().startsWith("Target")).map(label -> Double.valueOf(label.getAttribute("y")))
                .sorted().toList();
        assertThat(ends).hasSize(3);
        for (int i = 1; i < ends.size(); i++) {
            assertThat(ends.get(i) - ends.get(i - 1)).as("pixels between the end labels " + ends).isGreaterThanOrEqualTo(12);
        }
        assertThat(browser.findElement(By.cssSelector("#sf-performance .sf-note")).getText()).contains("2012 to 2015");
        assertThat(figure("#sf-outcomes tr[data-need='EDUCATION']", "identified")).isEqualTo("5");
        assertThat(browser.findElement(By.id("sf-funding")).getText()).contains("families committed");
        sectionScreenshot("outcomes");
    }

    private WebDriverWait logInToCockpit(String user) {
        return Chromium.logIn(browser, port, "cockpit", user, "", DemoCohortTest.ENGINE);
    }

    private void setBusinessDay(String isoDate) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.LocalDate.parse(isoDate)
                .atTime(10, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
    }

    @Test
    void aKeyWorkerReadsTheirFamilysChronologyInATabBesideItsTask() throws Exception {
        // a demo family attached in 2012: referral, panel, allocation, consent, meeting and plan are in its history
        org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().processDefinitionKey("family-case")
                .taskAssignee("kw-cfp-1").orderByTaskCreateTime().asc().listPage(0, 1).get(0);
        String familyRef = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();

        WebDriverWait wait = new WebDriverWait(browser, Chromium.PATIENCE);
        TasklistBrowser.login(browser, wait, "http://localhost:" + port, "kw-cfp-1", DemoCohortTest.ENGINE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filters, [cam-tasklist-filters]")));
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/" + DemoCohortTest.ENGINE + "/#/?task=" + task.getId());
        WebElement tab = wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Chronology")));
        tab.click();
        WebElement chronology = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sf-chronology")));
        wait.until(d -> !"loading".equals(chronology.getAttribute("data-state")));
        Chromium.screenshot(browser, "tasklist-chronology");
        assertThat(chronology.getAttribute("data-state")).as(chronology.getText()).isEqualTo("ready");
        String text = chronology.getText();
        assertThat(text).contains("Chronology of " + familyRef).contains("Referred by")
                .contains("Panel accepted the family").contains("Key worker kw-cfp-1 allocated")
                .contains("Consent given").contains("Team Around the Family meeting held").contains("Family plan version 1")
                .contains("Attached to the programme on 2012-");
        List<WebElement> dates = browser.findElements(By.cssSelector("#sf-chronology-table td.sf-date"));
        assertThat(dates).hasSizeGreaterThanOrEqualTo(7);
        assertThat(dates.get(0).getText()).matches("\\d{2}/\\d{2}/2012");
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
        Chromium.fullScreenshot(browser, name);
    }

    /** One section alone, at full resolution, for a closer look at its chart. */
    private void sectionScreenshot(String section) throws Exception {
        Chromium.elementScreenshot(browser, browser.findElement(By.id("sf-" + section)), "cockpit-dashboard-" + section);
    }
}
