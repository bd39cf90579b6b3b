package io.storesphere.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.storesphere.localaws.StoreSphereHome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI's files, read as the browser would get them, against the rules the gateway's
 * Content-Security-Policy enforces and the UI's own: no inline script, style or event
 * handler, no markup built from strings, and every module import resolves to a file. A
 * breach would only show up as a silently broken page otherwise.
 */
class WebUiFilesTest {

	private static final Path STATIC = StoreSphereHome.find().resolve("gateway-service/src/main/resources/static");

	private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern IMPORT = Pattern.compile("from '(\\./[^']+)'");

	@Test
	void everyPageLoadsItsScriptsAndStylesFromFiles() throws IOException {
		List<Path> pages = files(".html");
		assertThat(pages).extracting((page) -> page.getFileName().toString())
			.contains("index.html", "login.html", "payment.html", "invoice.html", "orders.html", "admin-users.html",
					"admin-inventory.html", "admin-alerts.html");
		for (Path page : pages) {
			String html = Files.readString(page);
			Matcher scripts = SCRIPT.matcher(html);
			while (scripts.find()) {
				assertThat(scripts.group(1)).as("%s: every script is a file (script-src 'self')", page)
					.contains("src=\"/js/")
					.contains("type=\"module\"");
			}
			assertThat(html).as("%s: no inline style (style-src 'self')", page)
				.doesNotContainPattern("(?i)\\sstyle\\s*=")
				.doesNotContainPattern("(?i)<style");
			assertThat(html).as("%s: no inline event handler", page).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
			assertThat(html).as("%s: the style sheet", page).contains("href=\"/css/app.css\"");
			assertThat(html).as("%s: a live region for messages, or a page-level one", page)
				.containsPattern("aria-live=\"(polite|assertive)\"");
		}
	}

	@Test
	void scriptsNeverTurnStringsIntoMarkup() throws IOException {
		for (Path script : files(".js")) {
			String code = Files.readString(script).replaceAll("(?m)^\\s*//.*$", "");
			assertThat(code).as("%s builds the page with DOM APIs", script)
				.doesNotContain(".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval(",
						"new Function(")
				.doesNotContain("setAttribute('style'")
				.doesNotContain("localStorage");
			if (!script.endsWith("payment-attempt.js")) {
				assertThat(code).as("%s keeps nothing in the browser's storage", script)
					.doesNotContain("sessionStorage");
			}
		}
	}

	/**
	 * The payment page keeps its Idempotency-Key until a definitive answer, across a
	 * reload, and nothing else.
	 */
	@Test
	void onlyThePaymentAttemptsKeyIsKeptInTheTab() throws IOException {
		String attempt = Files.readString(STATIC.resolve("js/payment-attempt.js"));
		assertThat(attempt).containsOnlyOnce("sessionStorage.setItem(STORAGE_KEY, key)");
		String payment = Files.readString(STATIC.resolve("js/payment.js"));
		assertThat(payment).as("payment.js takes the attempt's key, never a fresh one per click")
			.contains("'Idempotency-Key': key")
			.contains("const key = attemptKey();")
			.doesNotContain("newIdempotencyKey");
	}

	/**
	 * Author rules such as {@code button { display: inline-block }} beat the browser's
	 * own {@code [hidden]} rule, so the style sheet must restore it.
	 */
	@Test
	void theHiddenAttributeHidesWhateverTheStyleSheetSays() throws IOException {
		String css = Files.readString(STATIC.resolve("css/app.css")).replaceAll("\\s+", " ");
		assertThat(css).contains("[hidden] { display: none !important; }");
	}

	@Test
	void everyModuleImportResolves() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Path script : files(".js")) {
			Matcher imports = IMPORT.matcher(Files.readString(script));
			while (imports.find()) {
				if (!Files.isRegularFile(script.resolveSibling(imports.group(1)))) {
					missing.add(script.getFileName() + " -> " + imports.group(1));
				}
			}
		}
		for (Path page : files(".html")) {
			Matcher scripts = Pattern.compile("src=\"/(js/[^\"]+)\"").matcher(Files.readString(page));
			while (scripts.find()) {
				if (!Files.isRegularFile(STATIC.resolve(scripts.group(1)))) {
					missing.add(page.getFileName() + " -> " + scripts.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> files(String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(STATIC)) {
			return files.filter((file) -> file.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
