package org.strengtheningfamilies.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist in Debian's chromium and chromedriver, headless ({@link Chromium}: skipped with a message
 * where they are missing, a failure where SF_BROWSER_TESTS=required). Logs in and fills the Family
 * case start form.
 */
public final class TasklistBrowser {

    private TasklistBrowser() {
    }

    public static WebDriver start() throws Exception {
        return Chromium.start("en-GB");
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
        Chromium.screenshot(browser, name);
    }
}
