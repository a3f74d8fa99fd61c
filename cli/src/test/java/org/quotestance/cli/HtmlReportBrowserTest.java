package org.quotestance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Opens the {@code --html} report in headless Chromium (Debian's chromium and chromium-driver) and checks what a
 * reader sees. Skipped when the browser is not installed, unless {@code QUOTESTANCE_BROWSER_TESTS=required}
 * (as {@code .ci/run} sets it), where its absence fails.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final String ARTICLE = """
            Harbour deal splits the council

            By Lena Brandt

            KIELHAVEN, March 4 - Mayor Sofia Lindqvist said on Tuesday that the new ferry terminal would open in May. "The terminal will bring jobs to every street in this town," Lindqvist said.

            Her rival, councillor Piet Vos, rejected the plan. "We are spending money we do not have," Vos told reporters. The old ferry, the "Blue Whale", still runs on Sundays.

            "The terminal is legal and it is necessary," Lindqvist said.
            """;

    private static final String TOPICS = """
            {"topics": [{"id": "terminal", "label": "Ferry terminal", "target": "The ferry terminal should be built",
              "aliases": ["ferry terminal"], "references": ["the terminal", "the plan"]}]}
            """;

    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static Path report;

    @BeforeAll
    static void writeReportAndOpenIt() throws Exception {
        boolean required = "required".equals(System.getenv("QUOTESTANCE_BROWSER_TESTS"));
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (required) {
            assertThat(present).as("QUOTESTANCE_BROWSER_TESTS=required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing").isTrue();
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (apt-get install chromium chromium-driver)");

        Path article = Files.writeString(dir.resolve("harbour.txt"), ARTICLE);
        Path bad = Files.write(dir.resolve("broken.txt"), new byte[] {'a', 0, 0, 0, (byte) 0xff, 0, 1, 2});
        Path topics = Files.writeString(dir.resolve("topics.json"), TOPICS);
        report = dir.resolve("report.html");
        CliTest cli = new CliTest() { };
        int code = cli.run("analyze", "--topics", topics.toString(), "--html", report.toString(), "--format", "jsonl",
                article.toString(), bad.toString());
        assertThat(code).as(cli.err.toString()).isEqualTo(QuoteStanceCli.SOME_FAILED);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        browser.get(report.toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsEveryQuoteHighlightedInItsSpeakersColour() {
        List<WebElement> marks = browser.findElements(By.cssSelector("mark.qs-q"));
        assertThat(marks).extracting(WebElement::getText).contains(
                "\"The terminal will bring jobs to every street in this town,\"", "\"Blue Whale\"");
        assertThat(marks).allSatisfy(m -> assertThat(m.isDisplayed()).isTrue());
        WebElement lindqvist = speaker("Sofia Lindqvist");
        String colour = lindqvist.findElement(By.cssSelector(".qs-swatch")).getCssValue("background-color");
        List<WebElement> hers = marks.stream().filter(m -> m.getText().contains("bring jobs") || m.getText().contains("necessary")).toList();
        assertThat(hers).hasSize(2).allSatisfy(m -> assertThat(m.getCssValue("background-color")).isEqualTo(colour));
        WebElement vos = marks.stream().filter(m -> m.getText().contains("money we do not have")).findFirst().orElseThrow();
        assertThat(vos.getCssValue("background-color")).isNotEqualTo(colour);
        // The scare quote has no speaker and no speaker colour.
        WebElement scare = marks.stream().filter(m -> m.getText().contains("Blue Whale")).findFirst().orElseThrow();
        assertThat(scare.getAttribute("class")).contains("qs-none");
    }

    @Test
    void aQuoteNamesItsSpeakerAndCueAndLinksToTheSpeaker() {
        WebElement quote = browser.findElements(By.cssSelector("mark.qs-q")).stream()
                .filter(m -> m.getText().contains("money we do not have")).findFirst().orElseThrow();
        assertThat(quote.getAttribute("title")).startsWith("Piet Vos").contains("cue “told”");
        WebElement cue = browser.findElement(By.id(quote.getAttribute("aria-describedby")));
        assertThat(cue.getText()).isEqualTo("told");
        assertThat(cue.isDisplayed()).isTrue();
        WebElement tag = quote.findElement(By.xpath("following-sibling::sup[1]/a"));
        assertThat(tag.getText()).isEqualTo("Piet Vos");
        tag.click();
        String target = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.findElement(By.id(target)).getText()).contains("Piet Vos").contains(" 1 quote");
    }

    @Test
    void listsSpeakersWithAliasesAndQuoteCounts() {
        assertThat(speaker("Sofia Lindqvist").getText()).contains("(Lindqvist)").contains("2 quotes");
        assertThat(speaker("Piet Vos").getText()).contains("(Vos)").contains(" 1 quote");
    }

    @Test
    void theStanceMatrixShowsEvidenceOnHoverAndOnClick() {
        WebElement cell = browser.findElements(By.cssSelector("table.qs-matrix tr")).stream()
                .filter(r -> r.getText().startsWith("Sofia Lindqvist")).findFirst().orElseThrow()
                .findElement(By.cssSelector("td"));
        assertThat(cell.getText()).startsWith("FAVOR");
        assertThat(cell.getAttribute("title")).contains("The terminal is legal and it is necessary");
        new Actions(browser).moveToElement(cell).perform();
        WebElement evidence = cell.findElement(By.cssSelector("ol li"));
        assertThat(evidence.isDisplayed()).as("evidence before the click").isFalse();
        cell.findElement(By.tagName("summary")).click();
        assertThat(evidence.isDisplayed()).as("evidence after the click").isTrue();
        assertThat(cell.getText()).contains("The terminal is legal and it is necessary");
    }

    @Test
    void namesTheDocumentThatCouldNotBeAnalysed() {
        assertThat(browser.findElement(By.cssSelector(".qs-failures")).getText()).contains("broken.txt");
        assertThat(browser.findElement(By.cssSelector(".qs-summary")).getText()).contains("1 could not be analysed");
    }

    @Test
    void loadsNothingFromTheNetwork() throws Exception {
        Object resources = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').length");
        assertThat(resources).isEqualTo(0L);
        String html = Files.readString(report);
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
    }

    private static WebElement speaker(String name) {
        return browser.findElements(By.cssSelector(".qs-speakers li")).stream()
                .filter(li -> li.getText().contains(name)).findFirst().orElseThrow();
    }
}
