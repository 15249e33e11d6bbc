package org.strengtheningfamilies.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.testing.Chromium;
import org.strengtheningfamilies.testing.DemoCohortTest;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;
import org.strengtheningfamilies.testing.KeyWorkerPlaces;
import org.strengtheningfamilies.testing.LaterPhaseProcessTest;

/**
 * One family from the referrer's start form to a recorded claim, through Tasklist in real headless
 * Chromium as each role would work it, in a browser set to American English (the forms must not
 * depend on the machine's language). Along the way: UK dates shown and stored as ISO; the family
 * reference in every task list row and found by the search box; a refused submission explained in
 * plain words beside the button; no disabled Complete without a reason, in the sequences staff hit
 * (Reject then Approve on the audit, Signed by all then the date on the plan, the lead service
 * changed after the level of need); each role sees only its own filters. Every form is saved as a
 * screenshot in target/screenshots/ (tasklist-*.png). The family-case diagram's fit-to-view in
 * Cockpit is {@link #theFamilyCaseDiagramReadsAtFitToViewInCockpit}.
 */
@DemoCohortTest // the webapps run in this context
class TasklistBrowserTest {

    private static final String FAMILY = "MK-000901";

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProgrammePhases phases;
    @Autowired org.springframework.context.ApplicationContext context;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startChromium() {
        browser = Chromium.start("en-US");
        wait = new WebDriverWait(browser, Chromium.PATIENCE);
        // Angular draws the lists again as their counts arrive: an element found a moment ago may be gone
        wait.withMessage(() -> Chromium.describe(browser)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFamilyGoesFromReferralToARecordedClaimThroughTasklistAsEachRoleWouldWorkIt() throws Exception {
        // referrer: the start form, its dates, a refusal beside Start, then the referral
        Chromium.logIn(browser, port, "tasklist", "referrer", "#/?processStart=family-case", DemoCohortTest.ENGINE);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
        assertThat(filterNames()).containsExactly("More information requested", "Overdue: my tasks");
        WebElement birth = input(field("Date of birth"));
        assertThat(birth.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        String liveCase = runtime.createProcessInstanceQuery().processDefinitionKey("family-case").active()
                .list().get(0).getBusinessKey();
        type(input(field("Family reference")), liveCase);
        choose("Referring agency", "School");
        type(input(field("District")), "Netherfield");
        for (String criterion : List.of("Crime / anti-social behaviour", "Education", "Work")) {
            click(input(field(criterion)));
        }
        type(input(field("Full name")), "Jo Lee");
        type(birth, "15/03/1982");
        choose("Gender", "Female");
        choose("Adult or child", "Adult");
        assertThat(birth.getAttribute("value")).isEqualTo("15/03/1982");
        WebElement calendarOpen = openCalendar(birth);
        assertThat(weekdays(calendarOpen)).startsWith("Mon");
        click(browser.findElement(By.cssSelector(".modal .fjs-container .fjs-form-field-text"))); // closes the calendar
        Chromium.fullScreenshot(browser, "tasklist-1-referral-start-form");
        WebElement start = browser.findElement(By.cssSelector(".modal-footer button.btn-primary"));
        click(start);
        assertPlainRefusal(refusalBeside(start), liveCase + " already has a live case");
        assertThat(browser.findElements(By.cssSelector(".modal .alert-danger:not(.sf-note)")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(text -> !text.isBlank()).toList())
                .as("Tasklist's own message at the top of the dialogue").isEmpty();
        Chromium.screenshot(browser, "tasklist-1-referral-refused");
        WebElement reference = input(field("Family reference"));
        reference.sendKeys(Keys.chord(Keys.CONTROL, "a"), FAMILY);
        wait.until(d -> refusals().isEmpty()); // the message goes once the user acts
        click(browser.findElement(By.cssSelector(".modal-footer button.btn-primary")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
        ProcessInstance family = runtime.createProcessInstanceQuery().processInstanceBusinessKey(FAMILY).singleResult();
        assertThat(family).as("the referral started").isNotNull();
        assertThat(String.valueOf(runtime.getVariable(family.getId(), "householdMembers"))).contains("\"1982-03-15\"");
        assertTheReferrerSeesTheOutcome(FAMILY);

        // panel: the family in the queue, found by its reference; the level of need follows the lead service
        new KeyWorkerPlaces(context).ensureFreePlace(LeadService.CFP);
        openTaskList("panel", "Panel queue");
        assertThat(filterNames()).containsExactly("Panel queue", "Overdue: panel");
        search(FAMILY);
        openTask("Validate referral – " + FAMILY);
        claim();
        click(option("Panel decision", "Accept into the programme"));
        choose("Lead service", "Children's Social Care");
        type(input(field("Level of need")), "2");
        wait.until(d -> formText().contains("Children's Social Care takes families at level 4 only."));
        choose("Lead service", "Children and Family Practices");
        wait.until(d -> !formText().contains("takes families at level"));
        assertCompleteAvailable();
        Chromium.fullScreenshot(browser, "tasklist-2-panel-validation");
        complete();
        runJobs(family.getId());
        // a place made free above: one of the demo's CFP key workers has the family at once
        String keyWorker = tasks.createTaskQuery().processInstanceId(family.getId()).singleResult().getAssignee();
        assertThat(keyWorker).startsWith("kw-cfp-");

        // key worker: their families told apart by their reference; consent, the meeting, the plan
        openTaskList(keyWorker, "My families");
        assertThat(filterNames()).containsExactly("My families", "Overdue: my tasks");
        openTask("Seek the family's consent – " + FAMILY);
        click(input(field("The family agrees")));
        type(input(field("How consent was sought")), "Met the family at home; they agreed.");
        Chromium.fullScreenshot(browser, "tasklist-3-consent");
        complete();

        openTask("Hold Team Around the Family meeting – " + FAMILY);
        WebElement meeting = input(field("Meeting date"));
        assertThat(meeting.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        type(meeting, "10/06/2012");
        meeting.sendKeys(Keys.TAB);
        click(option("Organisations that attended", "School"));
        type(input(field("Needs found")), "School attendance; debt");
        Chromium.fullScreenshot(browser, "tasklist-4-taf-meeting");
        complete();
        assertThat(runtime.getVariable(family.getId(), "tafDate")).isEqualTo("2012-06-10");

        openTask("Agree and sign family plan – " + FAMILY);
        type(input(field("Action")), "Sam attends school every day");
        type(input(field("Who")), "Sam Lee and the school");
        WebElement due = input(field("By when"));
        type(due, "30/09/2012");
        due.sendKeys(Keys.TAB);
        type(input(field("How it is measured")), "school register");
        // Signed by all, then the date: Complete is there, and a date before the meeting is refused beside it
        click(input(field("Signed by every")));
        WebElement signed = input(field("Date the plan was signed"));
        type(signed, "01/06/2012");
        signed.sendKeys(Keys.TAB);
        assertCompleteAvailable();
        click(completeButton());
        assertPlainRefusal(refusalBeside(completeButton()),
                "The plan cannot be signed before the Team Around the Family meeting (10/06/2012).");
        Chromium.fullScreenshot(browser, "tasklist-5-family-plan-refused");
        signed = input(field("Date the plan was signed"));
        signed.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12/06/2012", Keys.TAB);
        wait.until(d -> refusals().isEmpty());
        assertCompleteAvailable();
        Chromium.fullScreenshot(browser, "tasklist-5-family-plan");
        complete();
        assertThat(runtime.getVariable(family.getId(), "attachmentDate")).isEqualTo("2012-06-12");

        // the support period of a plan signed in 2012 has ended: the case moves on to outcome verification
        runJobs(family.getId());
        openTaskList(keyWorker, "My families");
        openTask("Verify outcomes – " + FAMILY);
        assertThat(input(field("Attachment date")).getAttribute("value")).isEqualTo("12/06/2012");
        type(input(field("ASB incidents, 6 months before")), "5");
        type(input(field("ASB incidents, 6 months after")), "1");
        type(input(field("Youth offences, 6 months before")), "0");
        type(input(field("Youth offences, 6 months after")), "0");
        click(browser.findElement(By.cssSelector(".fjs-container .fjs-repeat-render-add")));
        type(input(field("Child's name")), "Sam Lee");
        type(input(field("Unauthorised absence")), "10");
        type(input(field("Possible sessions")), "300");
        type(input(field("Fixed-term exclusions")), "0");
        type(input(field("Weeks of continuous employment")), "0");
        assertCompleteAvailable();
        Chromium.fullScreenshot(browser, "tasklist-6-verify-outcomes");
        complete();
        runJobs(family.getId());

        // internal audit: Reject, then Approve: Complete comes back; the claim is recorded
        openTaskList("auditor", "Claims to audit");
        assertThat(filterNames()).containsExactly("Claims to audit", "Overdue: audit");
        openTask("Audit claim – " + FAMILY);
        claim();
        click(option("Audit decision", "Reject the claim"));
        WebElement reason = input(field("Reason for rejecting"));
        type(reason, "x");
        reason.sendKeys(Keys.BACK_SPACE, Keys.TAB);
        WebElement why = wait.until(d -> visibleNote("why"));
        assertThat(why.getText()).contains("Reason for rejecting");
        assertThat(completeButton().isEnabled()).isFalse();
        click(option("Audit decision", "Approve the claim"));
        assertCompleteAvailable();
        Chromium.fullScreenshot(browser, "tasklist-7-audit-claim");
        complete();
        runJobs(family.getId());
        assertThat(jdbc.queryForObject("select claim_reference from sf_claim where family_ref = ?", String.class, FAMILY))
                .isEqualTo(FAMILY + "-PBR1");
    }

    /**
     * A Supporting Families 2022-25 family (referred under that phase beside the 2012-15 cohort) through the
     * phase's own forms in Tasklist, each by its role: the panel confirms the needs, the key worker assesses
     * the whole family, records each need's outcome in the rows the product pre-fills and confirms the
     * outcomes sustained after the sustain period, and internal audit approves the one £800 claim. Consent,
     * the meeting and the plan are the forms of the walk above, completed here through the engine.
     */
    @Test
    void aSupportingFamiliesFamilyGoesThroughItsPhasesFormsInTasklist() throws Exception {
        String ref = "MK-220901";
        ProcessInstance family = phases.referringUnder(ProgrammePhase.SF_2022, () -> runtime.startProcessInstanceByKey(
                "family-case", ref, LaterPhaseProcessTest.needsReferral(ref, "EDUCATION", "HOUSING", "FINANCIAL_STABILITY")));
        runJobs(family.getId());
        new KeyWorkerPlaces(context).ensureFreePlace(LeadService.CFP);

        openTaskList("panel", "Panel queue");
        search(ref);
        openTask("Validate referral – " + ref);
        claim();
        assertThat(field("Eligibility").findElement(By.cssSelector(".fjs-select-display")).getText().trim())
                .as("the phase's eligibility table").isEqualTo("Eligible");
        assertThat(formText()).contains("Getting a good education", "Secure housing");
        click(option("Panel decision", "Accept into the programme"));
        choose("Lead service", "Children and Family Practices");
        type(input(field("Level of need")), "3");
        assertCompleteAvailable();
        Chromium.fullScreenshot(browser, "tasklist-sf-1-panel-validation");
        complete();
        runJobs(family.getId());
        String worker = (String) runtime.getVariable(family.getId(), "keyWorker");
        assertThat(worker).as("a CFP key worker has the family at once").startsWith("kw-cfp-");
        String consent = tasks.createTaskQuery().processInstanceId(family.getId()).singleResult().getId();
        tasks.complete(consent, FamilyCaseProcessTest.consent(true));

        openTaskList(worker, "My families");
        openTask("Assess the whole family – " + ref);
        WebElement assessed = input(field("Date of the assessment"));
        type(assessed, "20/02/2024");
        assessed.sendKeys(Keys.TAB);
        type(input(field("The family's strengths")), "A close family; mother keen to work");
        type(input(field("The family's own view")), "We want Kai back in school and the rent paid");
        assertCompleteAvailable();
        Chromium.fullScreenshot(browser, "tasklist-sf-2-whole-family-assessment");
        complete();
        assertThat(runtime.getVariable(family.getId(), "assessmentDate")).isEqualTo("2024-02-20");
        tasks.complete(tasks.createTaskQuery().processInstanceId(family.getId()).singleResult().getId(),
                FamilyCaseProcessTest.tafMeeting("2024-02-20"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(family.getId()).singleResult().getId(),
                FamilyCaseProcessTest.plan(true, "2024-03-01"));
        runJobs(family.getId()); // the support period of a plan signed in March 2024 has ended

        openTaskList(worker, "My families");
        openTask("Verify outcomes – " + ref);
        List<WebElement> achieved = browser.findElements(By.xpath(
                "//div[contains(@class,'fjs-container')]//label[normalize-space()='Achieved']"));
        assertThat(achieved).as("one row per identified need, pre-filled").hasSize(3);
        assertThat(browser.findElements(By.xpath("//div[contains(@class,'fjs-container')]"
                + "//div[contains(@class,'fjs-form-field-textfield')][./label[normalize-space()='Need']]//input")))
                .extracting(need -> need.getAttribute("value"))
                .containsExactly("Getting a good education", "Secure housing", "Financial stability");
        for (WebElement option : achieved) {
            click(option);
        }
        List<WebElement> evidence = browser.findElements(By.xpath("//div[contains(@class,'fjs-container')]"
                + "//div[contains(@class,'fjs-form-field-textarea')][./label[starts-with(normalize-space(),'Evidence') and not(contains(.,'notes'))]]//textarea"));
        assertThat(evidence).hasSize(3);
        for (WebElement text : evidence) {
            type(text, "School, housing and DWP records since March");
        }
        assertCompleteAvailable();
        Chromium.fullScreenshot(browser, "tasklist-sf-3-verify-need-outcomes");
        complete();
        runJobs(family.getId()); // the sustain period after support has ended too

        openTaskList(worker, "My families");
        openTask("Confirm outcomes sustained – " + ref);
        click(input(field("Every outcome has been sustained")));
        type(input(field("Evidence")), "No new police, school or housing concerns in six months");
        assertCompleteAvailable();
        Chromium.fullScreenshot(browser, "tasklist-sf-4-confirm-outcomes-sustained");
        complete();
        runJobs(family.getId());
        assertThat(runtime.getVariable(family.getId(), "successfulFamilyOutcome")).isEqualTo(true);

        openTaskList("auditor", "Claims to audit");
        search(ref);
        openTask("Audit claim – " + ref);
        claim();
        assertThat(formText()).contains("Successful family outcome");
        click(option("Audit decision", "Approve the claim"));
        assertCompleteAvailable();
        Chromium.fullScreenshot(browser, "tasklist-sf-5-audit-claim");
        complete();
        runJobs(family.getId());
        assertThat(jdbc.queryForObject("select c.amount_pence || ' ' || l.result_type || ' ' || c.programme_phase from sf_claim c "
                + "join sf_claim_line l on l.claim_id = c.claim_id where c.family_ref = ?", String.class, ref))
                .isEqualTo("80000 SUCCESSFUL_FAMILY_OUTCOME SF_2022");
    }

    /**
     * The referrer's view of what happened to the referral (issue 12 item 5, built with issue 16's
     * referral status, which partnerapi/ReferralApiTest tests in full): it names the family.
     */
    void assertTheReferrerSeesTheOutcome(String familyRef) {
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sf-referral-outcome")));
        assertThat(outcome.getText()).contains("Referral " + familyRef);
    }

    @Test
    void theFamilyCaseDiagramReadsAtFitToViewInCockpit() throws Exception {
        String definition = runtime.createProcessInstanceQuery().processDefinitionKey("family-case").list().get(0)
                .getProcessDefinitionId();
        Chromium.logIn(browser, port, "cockpit", "manager", "#/process-definition/" + definition + "/runtime", DemoCohortTest.ENGINE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
        wait.until(d -> !d.findElements(By.cssSelector(".djs-element[data-element-id='Task_AgreeFamilyPlan']")).isEmpty());
        // the diagram as large as Cockpit shows it (maximised, the side panel folded away), fitted to view
        js("arguments[0].click()", browser.findElement(By.cssSelector("a.maximize-collapsable")));
        js("arguments[0].click()", browser.findElement(By.cssSelector("a.hide-collapsable.pull-right")));
        Thread.sleep(500);
        js("arguments[0].click()", browser.findElement(By.cssSelector("[title='reset zoom']")));
        Thread.sleep(1000);
        Number smallest = (Number) js("const heights = Array.from(document.querySelectorAll("
                + "'.djs-element.djs-shape[data-element-id^=\"Task_\"] text tspan'), t => t.getBoundingClientRect().height)"
                + ".filter(h => h > 0); return heights.length ? Math.min(...heights) : 0;");
        Chromium.screenshot(browser, "cockpit-family-case-diagram");
        assertThat(browser.findElement(By.cssSelector(".djs-container")).getSize().getWidth()).as("the canvas").isGreaterThan(1200);
        // 9 px to the browser's sub-pixel rounding (the laid-out boxes are fractions: 8.99994 is 9 px)
        assertThat(smallest.doubleValue()).as("the smallest task label line, in pixels").isGreaterThanOrEqualTo(8.999);
        Number lanes = (Number) js("return document.querySelectorAll('.djs-element[data-element-id^=\"Lane_\"]').length");
        assertThat(lanes.intValue()).isEqualTo(5);
    }

    // Tasklist, as a person uses it

    private void openTaskList(String user, String filter) {
        Chromium.logIn(browser, port, "tasklist", user, "#/", DemoCohortTest.ENGINE);
        wait.until(d -> {
            for (WebElement link : d.findElements(By.cssSelector(".task-filter h4.name a"))) {
                if (link.getText().startsWith(filter)) {
                    click(link);
                    return true;
                }
            }
            return false;
        });
    }

    private List<String> filterNames() {
        // "My families (5)": the name without its count
        return browser.findElements(By.cssSelector(".task-filter h4.name a")).stream()
                .map(link -> link.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim())
                .filter(name -> !name.isEmpty()).toList();
    }

    private void search(String familyRef) {
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-search] input.main-field")));
        box.sendKeys(familyRef, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("ol.tasks-list > li.task")).size() == 1);
    }

    private void openTask(String name) {
        // every row names its family: the row is found by its whole name
        wait.until(d -> {
            WebElement row = d.findElements(By.cssSelector("ol.tasks-list > li.task h4.task a")).stream()
                    .filter(task -> task.getText().trim().equals(name)).findFirst().orElse(null);
            if (row != null) {
                click(row);
            }
            return row != null;
        });
        wait.until(d -> d.findElements(By.cssSelector("section.task-card h2.task")).stream()
                .anyMatch(title -> title.getText().trim().equals(name)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card .fjs-container")));
        wait.until(d -> !d.findElements(By.cssSelector("button[ng-click='complete()']")).isEmpty());
    }

    private void claim() {
        List<WebElement> claims = browser.findElements(By.cssSelector("button.claim, [ng-click='claim()']"));
        if (!claims.isEmpty()) {
            assertThat(visibleNote("why")).as("the note beside Complete before the task is claimed").isNotNull()
                    .extracting(WebElement::getText).asString().contains("claimed");
            click(claims.get(0));
            wait.until(d -> completeButton().isEnabled());
        }
    }

    private WebElement completeButton() {
        return browser.findElement(By.cssSelector("button[ng-click='complete()']"));
    }

    private void assertCompleteAvailable() {
        wait.until(d -> completeButton().isEnabled());
        assertThat(visibleNote("why")).as("no note of a disabled Complete").isNull();
    }

    private void complete() {
        click(completeButton());
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("section.task-card .fjs-container")));
    }

    private WebElement refusalBeside(WebElement button) {
        WebElement note = wait.until(d -> visibleNote("refusal"));
        // beside the button: in the same row of the page, just above it
        int gap = button.getLocation().getY() - (note.getLocation().getY() + note.getSize().getHeight());
        assertThat(gap).as("pixels between the message and the button").isBetween(-5, 40);
        return note;
    }

    /** The server's refusal in the words of the rule, without the engine's wrapping, ids or codes. */
    private static void assertPlainRefusal(WebElement note, String rule) {
        assertThat(note.getText()).contains(rule).doesNotContainIgnoringCase("exception")
                .doesNotContain("ENGINE-", "process definition", "task form", "Invalid case data", "could not take your answers");
    }

    private List<WebElement> refusals() {
        return browser.findElements(By.cssSelector("[data-sf-note='refusal']"));
    }

    private WebElement visibleNote(String kind) {
        return browser.findElements(By.cssSelector("[data-sf-note='" + kind + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private String formText() {
        return browser.findElement(By.cssSelector(".fjs-container")).getText();
    }

    // form-js fields, found by their label as a person reads them

    private WebElement field(String label) {
        return wait.until(d -> d.findElements(By.cssSelector(".fjs-container .fjs-form-field")).stream()
                .filter(field -> !field.findElements(By.cssSelector("label")).isEmpty())
                .filter(field -> field.findElements(By.cssSelector("label")).get(0).getText().startsWith(label))
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static WebElement input(WebElement field) {
        return field.findElement(By.cssSelector("input:not(.fjs-select-hidden-input), textarea, input"));
    }

    private WebElement option(String group, String label) {
        return field(group).findElements(By.cssSelector("label")).stream()
                .filter(option -> option.getText().trim().equals(label)).findFirst()
                .map(option -> option.findElement(By.xpath("./preceding-sibling::input | ./input | ../input")))
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + group));
    }

    /** A form-js select: opened with a click (or from its hidden input, as the keyboard would), and the option clicked. */
    private void choose(String label, String option) {
        WebElement field = field(label);
        WebElement display = field.findElement(By.cssSelector(".fjs-select-display"));
        js("arguments[0].scrollIntoView({block: 'center'})", display);
        WebElement item = null;
        for (int attempt = 0; attempt < 6 && item == null; attempt++) {
            if (attempt % 2 == 0) {
                new Actions(browser).moveToElement(display).click().perform();
            } else {
                js("document.activeElement && document.activeElement.blur()");
                js("arguments[0].focus()", field.findElement(By.cssSelector(".fjs-select-hidden-input")));
            }
            try {
                item = new WebDriverWait(browser, java.time.Duration.ofSeconds(2)).until(d -> field
                        .findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                        .filter(entry -> entry.getText().startsWith(option)).findFirst().orElse(null));
            } catch (org.openqa.selenium.TimeoutException notOpenYet) {
                item = null;
            }
        }
        assertThat(item).as("option " + option + " of " + label).isNotNull();
        js("arguments[0].scrollIntoView({block: 'center'})", item);
        new Actions(browser).moveToElement(item).click().perform();
        wait.until(d -> field.findElement(By.cssSelector(".fjs-select-display")).getText().startsWith(option));
    }

    private WebElement openCalendar(WebElement dateInput) {
        click(dateInput);
        return wait.until(d -> d.findElements(By.cssSelector(".flatpickr-calendar.open")).stream().findFirst().orElse(null));
    }

    private static String weekdays(WebElement calendar) {
        return String.join(",", calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream()
                .map(day -> day.getText().trim()).toList());
    }

    private void type(WebElement input, String text) {
        click(input);
        input.sendKeys(text);
    }

    /**
     * A click as a person makes it: on what is in view, once Tasklist's passing notices have gone from above it.
     * An element Tasklist has since drawn again (a list refreshed by a search) never becomes clickable: that is
     * thrown at once, for the caller to find it again, with a wait of its own (the shared one ignores it).
     */
    private void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(browser, Chromium.PATIENCE).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            if (ExpectedConditions.stalenessOf(element).apply(d)) {
                throw new org.openqa.selenium.StaleElementReferenceException("drawn again since it was found");
            }
            WebElement clickable = ExpectedConditions.elementToBeClickable(element).apply(d);
            if (clickable == null) {
                return false; // not yet shown or enabled (a busy machine): look again
            }
            clickable.click();
            return true;
        });
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** The jobs a running engine would run by now (allocation, attachment, timers already due). */
    private void runJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

}
