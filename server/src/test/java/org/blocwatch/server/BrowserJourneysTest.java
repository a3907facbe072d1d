package org.blocwatch.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbench's journeys in headless Chromium (Debian's chromium and chromium-driver). Skipped
 * only where chromedriver is not installed and not on CI, which installs it; each page is saved
 * as a screenshot in target/screenshots for a person to look at.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysTest {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver"), CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "screenshots");

    static TestServer t;
    static WebDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
        if (System.getenv("CI") == null) assumeTrue(installed, "chromium-driver is not installed (.ci/install-tools installs it)");
        t = TestServer.get();
        profile = Files.createTempDirectory("web-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    private static void open(String path) {
        browser.get(t.base.resolve(path).toString());
    }

    private static void shot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The whole page down to its last section (charts included), in a window as tall as it. */
    private static void tallShot(String name) throws Exception {
        var size = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 3400));
        shot(name);
        browser.manage().window().setSize(size);
    }

    /** Waits for a condition; an element read while the page is replaced by the next one is read again. */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test @Order(1)
    void findKazakhstanByItsGermanName() throws Exception {
        open("search");
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("Kasachstan");
        box.submit();
        waiting().until(d -> !d.findElements(By.cssSelector("#names a")).isEmpty());
        shot("search");
        browser.findElement(By.cssSelector("#names a[href='/entity/KAZ']")).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Kazakhstan"));
        assertThat(browser.findElement(By.cssSelector("#gantt svg")).isDisplayed()).isTrue();
        tallShot("entity");
    }

    @Test @Order(2)
    void uzbekistanReturnsToTheCstoBetween2005And2010() throws Exception {
        open("org/CSTO");
        WebElement at = browser.findElement(By.id("at"));
        at.clear();
        at.sendKeys("2005");
        browser.findElement(By.id("asof-go")).click();
        waiting().until(d -> d.findElement(By.cssSelector("#members h2")).getText().contains("2005"));
        assertThat(browser.findElements(By.cssSelector("#members tr[data-member='UZB']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#members tr[data-member='KAZ']"))).hasSize(1);
        at = browser.findElement(By.id("at"));
        at.clear();
        at.sendKeys("2010");
        browser.findElement(By.id("asof-go")).click();
        waiting().until(d -> d.findElement(By.cssSelector("#members h2")).getText().contains("2010"));
        assertThat(browser.findElements(By.cssSelector("#members tr[data-member='UZB']"))).hasSize(1);
        tallShot("organisation");
    }

    @Test @Order(3)
    void openAClaimsQuoteInItsDocument() throws Exception {
        open("docs");
        browser.findElement(By.cssSelector("a[href='/doc/" + t.payloadDoc + "']")).click();
        WebElement quote = waiting().until(d -> d.findElement(By.cssSelector("#doc-claims a.quote")));
        String expected = quote.getText().replaceAll("^\u201c|\u201d$", "");
        String target = quote.getAttribute("href").substring(quote.getAttribute("href").indexOf('#') + 1);
        quote.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("#" + target));
        WebElement highlight = browser.findElement(By.id(target));
        assertThat(highlight.getTagName()).isEqualTo("a");
        assertThat(expected).startsWith(highlight.getText());
        shot("document");
        highlight.click();
        waiting().until(d -> d.getCurrentUrl().contains("/claim/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Claim ");
        shot("claim");
    }

    @Test @Order(4)
    void anonymousVisitorsAreRefusedTheReviewQueue() throws Exception {
        open("review");
        assertThat(browser.findElement(By.id("error")).getText()).contains("sign in");
        shot("review-refused");
    }

    @Test @Order(5)
    void aReviewerAcceptsAProposedClaimWithTheKeyboard() throws Exception {
        open("login?next=/review");
        browser.findElement(By.id("name")).sendKeys(TestServer.REVIEWER);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        // the fixture's Kazakhstan claim (the API tests decide the others): j moves down to it, a accepts it
        waiting().until(d -> !d.findElements(By.cssSelector("#queue .proposal")).isEmpty());
        List<WebElement> queue = browser.findElements(By.cssSelector("#queue .proposal"));
        int index = 0;
        while (!queue.get(index).findElement(By.cssSelector("a.claim-link")).getText().contains("subject: KAZ")) index++;
        WebElement kaz = queue.get(index);
        String claim = kaz.getAttribute("data-claim");
        assertThat(kaz.findElement(By.cssSelector("blockquote.context mark")).getText()).startsWith("Kazakhstan has been a member");
        shot("review");
        Actions keys = new Actions(browser);
        for (int i = 0; i < index; i++) keys.sendKeys("j");
        keys.sendKeys("a").perform();
        waiting().until(d -> d.getCurrentUrl().contains("decided="));
        assertThat(browser.findElements(By.cssSelector("#queue .proposal[data-claim='" + claim + "']"))).isEmpty();
        open("claim/" + claim);
        assertThat(browser.findElement(By.id("review-state")).getText()).isEqualTo("accepted");
        List<WebElement> reviewers = browser.findElements(By.cssSelector("#history td.reviewer"));
        assertThat(reviewers.get(reviewers.size() - 1).getText()).isEqualTo(TestServer.REVIEWER);
        shot("claim-accepted");
    }

    @Test @Order(6)
    void aBadUploadGetsItsOneLineError() throws Exception {
        Path dir = Files.createTempDirectory("web-upload-");
        Path bad = Files.writeString(dir.resolve("minutes.exe"), "MZ not a document", StandardCharsets.UTF_8);
        open("upload");
        if (browser.findElements(By.id("files")).isEmpty()) throw new AssertionError("no upload form");
        browser.findElement(By.id("files")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.id("upload-go")).click();
        WebElement line = waiting().until(d -> d.findElement(By.cssSelector("#upload-results li.error")));
        assertThat(line.getText()).isEqualTo("minutes.exe: type 'exe' is not accepted (docx, htm, html, md, odt, pdf, rtf, txt)");
        shot("upload");
    }

    @Test @Order(7)
    void comparePageAndApiDocs() throws Exception {
        open("compare?org=CSTO+NATO+SCO");
        assertThat(browser.findElements(By.cssSelector("#comparison th a"))).hasSize(3);
        shot("compare");
        open("api/docs");
        waiting().until(d -> !d.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
        shot("api-docs");
    }
}
