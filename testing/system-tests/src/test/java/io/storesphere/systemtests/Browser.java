package io.storesphere.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: no browser is
 * downloaded (Selenium Manager is never asked). Missing packages fail the tests with the
 * command that installs them; CI installs them.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	static final Dimension DESKTOP = new Dimension(1280, 1000);

	static final Dimension PHONE = new Dimension(390, 844);

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		// Pages redraw what changed; an element found a moment ago may have been
		// replaced.
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	static Browser start() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new AssertionError("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and "
					+ CHROMEDRIVER + ": apt-get install chromium chromium-driver (.ci/run installs them), or set"
					+ " CHROMIUM_BIN and CHROMEDRIVER_BIN.");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,1000", "--lang=en-US", "--disable-extensions", "--no-first-run",
				"--password-store=basic");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return new Browser(driver);
	}

	void open(String path) {
		this.driver.get(RunningSuite.GATEWAY + path);
	}

	String path() {
		String url = this.driver.getCurrentUrl();
		return url.substring(RunningSuite.GATEWAY.length());
	}

	WebElement find(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	WebElement within(WebElement parent, String css) {
		return parent.findElement(By.cssSelector(css));
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	void click(String css) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
	}

	void click(WebElement element) {
		this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	/** Waits until the element shows exactly this text. */
	void waitForText(String css, String text) {
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector(css), text));
	}

	void waitForPath(String prefix) {
		this.wait.until((d) -> path().startsWith(prefix));
	}

	<T> T until(Function<WebDriver, T> condition) {
		return this.wait.until(condition);
	}

	void size(Dimension size) {
		this.driver.manage().window().setSize(size);
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * Console errors that mean a broken page: a Content-Security-Policy refusal or an
	 * uncaught error.
	 */
	List<String> pageErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy") || message.contains("Uncaught"))
			.toList();
	}

	/**
	 * Makes requests to matching URLs fail as if the network were down (Chrome's
	 * {@code Network.setBlockedURLs}, patterns with {@code *}); none lifts the block.
	 */
	void blockRequests(String... urlPatterns) {
		this.driver.executeCdpCommand("Network.enable", Map.of());
		this.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(urlPatterns)));
	}

	void screenshot(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
