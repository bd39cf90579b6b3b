package io.storesphere.systemtests;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static io.storesphere.systemtests.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web UI in headless Chromium against the whole suite: a customer's purchase from
 * sign-up to the receipt and the admin's view of it, and an admin's product from upload
 * to the low-stock alert it causes. A failing test leaves a screenshot in
 * {@code target/screenshots}.
 */
@Order(2)
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

	private static final String PASSWORD = "correct horse battery";

	private static final Path SCREENSHOTS = RunningSuite.HOME.resolve("testing/system-tests/target/screenshots");

	private static final String nonce = UUID.randomUUID().toString().substring(0, 8);

	/**
	 * Wraps the page's fetch: the first POST /api/checkout reaches the server, but its
	 * answer is dropped as if the connection broke. Every checkout's Idempotency-Key is
	 * noted in sessionStorage, which outlives the move to the invoice.
	 */
	private static final String LOSE_FIRST_CHECKOUT_ANSWER = """
			const fetchFromNetwork = window.fetch;
			let lost = false;
			window.fetch = async (input, init) => {
			  const checkout = String(input) === '/api/checkout' && init && init.method === 'POST';
			  if (checkout) {
			    const keys = JSON.parse(window.sessionStorage.getItem('test.checkout-keys') || '[]');
			    keys.push(init.headers['Idempotency-Key'] || null);
			    window.sessionStorage.setItem('test.checkout-keys', JSON.stringify(keys));
			  }
			  const response = await fetchFromNetwork(input, init);
			  if (checkout && !lost) {
			    lost = true;
			    await response.text();
			    throw new TypeError('Failed to fetch');
			  }
			  return response;
			};
			""";

	private static Browser browser;

	@RegisterExtension
	static final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				Path file = SCREENSHOTS.resolve(context.getRequiredTestMethod().getName() + ".png");
				browser.screenshot(file);
				System.err.println("Screenshot of the failure at " + browser.path() + ": " + file);
			}
		}
	};

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	@Order(1)
	void aCustomerBuysAndTheAdminSeesWhatTheySpent() {
		Api admin = Api.admin();
		String lamp = product(admin, "Browser Lamp " + nonce, "10.00", 20, null);
		String vase = product(admin, "Browser Vase " + nonce, "4.50", 20, null);
		String email = "browser-" + nonce + "@example.com";

		// Register, with the form's own checks first.
		browser.open("/login.html");
		browser.type("#register-name", "Grace Browser");
		browser.type("#register-email", email);
		browser.type("#register-password", "short");
		browser.click("#register-submit");
		browser.waitForText("#register-password-error", "Use at least 10 characters.");
		browser.type("#register-password", PASSWORD);
		browser.click("#register-submit");
		browser.waitForPath("/index.html");
		signOut();
		signIn(email, PASSWORD, "/index.html");

		// The shop fits a phone's width.
		browser.size(Browser.PHONE);
		browser.open("/index.html");
		browser.find("#products .product");
		assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 390 px")
			.isTrue();
		browser.size(Browser.DESKTOP);

		// Two products in, +, +, -, one out.
		search(nonce);
		browser.until((d) -> browser.all("#products .product").size() == 2);
		addToCart(lamp);
		addToCart(vase);
		browser.waitForText("#cart-count", "2");
		String lampLine = "#cart-lines li[data-product-id='" + lamp + "']";
		browser.click(lampLine + " .qty-plus");
		browser.waitForText(lampLine + " .qty", "2");
		browser.click(lampLine + " .qty-plus");
		browser.waitForText(lampLine + " .qty", "3");
		browser.click(lampLine + " .qty-minus");
		browser.waitForText(lampLine + " .qty", "2");
		browser.click("#cart-lines li[data-product-id='" + vase + "'] .remove");
		browser.until((d) -> browser.all("#cart-lines li[data-product-id='" + vase + "']").isEmpty());
		waitForAmount("#cart-subtotal", "20.00");

		// Pay: a declined card first, shown as such, then a good one.
		browser.click("#checkout-link");
		browser.waitForPath("/payment.html");
		waitForAmount("#pay-total", "21.60");
		browser.type("#cardholderName", "Grace Browser");
		useTestCard("4000 0000 0000 0002");
		browser.click("#pay");
		assertThat(browser.find("#decline").getText()).contains("Payment declined");
		useTestCard("4242 4242 4242 4242");

		// The answer to the first Pay is lost on its way back, though the checkout
		// happens: the page says so, and the second Pay repeats that checkout with the
		// same Idempotency-Key instead of placing a second order.
		browser.script(LOSE_FIRST_CHECKOUT_ANSWER);
		browser.click("#pay");
		browser.until((d) -> browser.find("#messages").getText().contains("press Pay again"));
		assertThat(browser.path()).startsWith("/payment.html");
		browser.click("#pay");
		browser.waitForPath("/invoice.html");
		waitForAmount("#invoice-total", "21.60");
		waitForAmount("#invoice-subtotal", "20.00");
		waitForAmount("#invoice-tax", "1.60");
		assertThat(browser.find("#invoice-lines tbody").getText()).contains("Browser Lamp " + nonce);
		assertThat(browser.all("#invoice-lines tbody tr")).hasSize(1);
		String orderNumber = browser.find("#order-number").getText();
		assertThat(orderNumber).startsWith("SS-");
		browser.find("#order-status [data-status='CONFIRMED']");
		List<?> keys = (List<?>) browser.script("const keys = window.sessionStorage.getItem('test.checkout-keys');"
				+ " window.sessionStorage.removeItem('test.checkout-keys'); return JSON.parse(keys || '[]');");
		assertThat(keys).as("the Idempotency-Key of both Pays").hasSize(2).doesNotContainNull();
		assertThat(keys.get(1)).isEqualTo(keys.get(0));
		JsonNode orders = Api.signIn(email, PASSWORD).get("/api/orders").expect(200).json().get("items");
		assertThat(orders).as("orders of " + email).hasSize(1);
		assertThat(orders.get(0).get("orderNumber").asString()).isEqualTo(orderNumber);

		// The receipt.
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(SesStore.mailTo(email)).anySatisfy(
					(mail) -> assertThat(mail.get("subject").asString() + mail.get("body").get("html").asString())
						.contains(orderNumber)));

		// My orders lists it, once, with no older orders to show even when asked.
		browser.open("/orders.html");
		assertThat(browser.find("#orders-table tbody").getText()).contains(orderNumber);
		assertThat(browser.all("#more-orders")).singleElement()
			.satisfies((more) -> assertThat(more.isDisplayed()).as("Show older orders").isFalse());
		browser.script("document.getElementById('more-orders').click()");
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> browser.all("#orders-table tbody tr").size() == 1);
		assertThat(browser.pageErrors()).isEmpty();

		// A failed load says so and can be retried.
		browser.blockRequests("*/api/orders?*");
		try {
			browser.open("/orders.html");
			browser.find("#retry-orders");
			assertThat(browser.all("#orders .spinner")).isEmpty();
		}
		finally {
			browser.blockRequests();
		}
		browser.click("#retry-orders");
		assertThat(browser.find("#orders-table tbody").getText()).contains(orderNumber);
		assertThat(browser.all("#orders-failed")).isEmpty();
		signOut();

		// The admin's dashboard shows what this customer bought and spent.
		signIn(RunningSuite.ADMIN_EMAIL, RunningSuite.adminPassword(), "/admin-users.html");
		browser.find("#revenue-svg svg rect.bar");
		browser.type("#users-q", email);
		String row = "#users-table tr[data-email='" + email + "']";
		browser.until((d) -> {
			List<WebElement> rows = browser.all(row + " .items-bought");
			if (!rows.isEmpty() && rows.get(0).getText().equals("2")) {
				return true;
			}
			browser.click("#users-search button");
			return null;
		});
		waitForAmount(row + " .money-spent", "21.60");
		assertThat(browser.pageErrors()).isEmpty();
		signOut();
	}

	@Test
	@Order(2)
	void anAdminAddsAProductThatSellsBelowItsThreshold() throws Exception {
		String name = "Browser Lantern " + nonce;
		String email = "lantern-" + nonce + "@example.com";
		Api.anonymous()
			.post("/api/auth/signup", body("fullName", "Lantern Buyer", "email", email, "password", PASSWORD))
			.expect(201);

		// Add it with a picture, previewed before the upload.
		signIn(RunningSuite.ADMIN_EMAIL, RunningSuite.adminPassword(), "/admin-users.html");
		browser.open("/admin-inventory.html");
		browser.click("#add-submit");
		browser.waitForText("#add-name-error", "Enter a name.");
		browser.type("#add-name", name);
		browser.type("#add-price", "15.00");
		browser.type("#add-stock", "6");
		browser.type("#add-threshold", "5");
		browser.find("#add-image").sendKeys(picture().toString());
		assertThat(browser.find("#preview-image").getAttribute("src")).startsWith("data:image/png");
		browser.click("#add-submit");
		assertThat(browser.find(".message.success").getText()).contains(name);

		// It is in the shop, with its picture.
		browser.open("/index.html");
		search(name);
		WebElement card = browser.find("#products .product[data-name='" + name + "']");
		String id = card.getAttribute("data-product-id");
		WebElement image = browser.within(card, "img");
		assertThat(image.getAttribute("src")).contains("/api/products/" + id + "/image");
		browser.until((
				d) -> (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", image));

		// Restock: 6 + 4.
		browser.open("/admin-inventory.html");
		browser.type("#inventory-q", name);
		browser.click("#inventory-search button");
		String row = "#inventory-table tr[data-product-id='" + id + "']";
		browser.type("#quantity-" + id, "4");
		browser.click(row + " .quantity-form button");
		browser.waitForText(row + " td.stock", "10");

		// Another product: its price is edited (with its version), then it is deleted
		// once
		// confirmed.
		String crate = product(Api.admin(), "Browser Crate " + nonce, "7.00", 3, null);
		browser.type("#inventory-q", "Browser Crate " + nonce);
		browser.click("#inventory-search button");
		String crateRow = "#inventory-table tr[data-product-id='" + crate + "']";
		browser.type("#price-" + crate, "7.25");
		browser.click(crateRow + " .price-form button");
		browser.until((d) -> browser.find(".message.success").getText().contains("now costs $7.25"));
		browser.click(crateRow + " .delete-product");
		assertThat(browser.find("#confirm-delete").getText()).contains("Browser Crate " + nonce);
		browser.click("#confirm-ok");
		browser.until((d) -> browser.all(crateRow).isEmpty());
		assertThat(Api.anonymous().get("/api/products/" + crate).status()).isEqualTo(404);
		signOut();

		// A customer buys 6 of the 10: below the threshold of 5.
		signIn(email, PASSWORD, "/index.html");
		search(name);
		addToCart(id);
		String line = "#cart-lines li[data-product-id='" + id + "']";
		for (int quantity = 2; quantity <= 6; quantity++) {
			browser.click(line + " .qty-plus");
			browser.waitForText(line + " .qty", String.valueOf(quantity));
		}
		waitForAmount("#cart-subtotal", "90.00");
		browser.click("#checkout-link");
		browser.waitForPath("/payment.html");
		browser.type("#cardholderName", "Lantern Buyer");
		useTestCard("5555 5555 5555 4444");
		browser.click("#pay");
		browser.waitForPath("/invoice.html");
		waitForAmount("#invoice-total", "97.20");

		// Customers are refused the admin pages.
		browser.open("/admin-alerts.html");
		assertThat(browser.find("#access-refused").getText()).contains("Administrators only");
		assertThat(browser.all("#alerts-table")).isEmpty();
		signOut();

		// The alert reaches the admins' alerts page.
		signIn(RunningSuite.ADMIN_EMAIL, RunningSuite.adminPassword(), "/admin-users.html");
		browser.open("/admin-alerts.html");
		String subject = "StoreSphere low stock: " + name;
		browser.until((d) -> {
			if (browser.all("#alerts-table .alert-subject")
				.stream()
				.anyMatch((cell) -> cell.getText().equals(subject))) {
				return true;
			}
			browser.click("#refresh-alerts");
			return null;
		});
		// It tells its kind and the stock left, and leads to the product in the
		// inventory.
		String alertRow = "#alerts-table tr.alert-row[data-product-id='" + id + "']";
		assertThat(browser.find(alertRow + " .alert-kind").getText()).isEqualTo("Below threshold");
		assertThat(browser.find(alertRow + " .alert-stock").getText()).isEqualTo("4 left (threshold 5)");
		assertThat(browser.find(alertRow + " .restock-link").getAttribute("href"))
			.endsWith("/admin-inventory.html#product-" + id);
		assertThat(browser.pageErrors()).isEmpty();
		browser.click(alertRow + " .restock-link");
		browser.find("#inventory-table tr.linked[data-product-id='" + id + "']");
		browser.until((d) -> ("quantity-" + id).equals(browser.script("return document.activeElement.id")));
		assertThat(browser.pageErrors()).isEmpty();
		signOut();
	}

	private static String product(Api admin, String name, String price, int stock, Integer threshold) {
		JsonNode product = admin
			.post("/api/admin/products",
					(threshold != null)
							? body("name", name, "price", new BigDecimal(price), "stock", stock, "threshold", threshold)
							: body("name", name, "price", new BigDecimal(price), "stock", stock))
			.expect(201)
			.json();
		return product.get("id").asString();
	}

	/**
	 * The API documentation works in a browser under the site's Content-Security-Policy:
	 * Swagger UI lists one service's operations, and another's once chosen.
	 */
	@Test
	@Order(3)
	void theApiDocumentationListsEveryServicesOperations() {
		browser.open("/swagger-ui.html");
		browser.until((driver) -> paths().contains("/api/admin/products/{id}/restock"));
		new Select(browser.find("select#select")).selectByVisibleText("checkout: payment and orders");
		browser.until((driver) -> paths().contains("/api/checkout"));
		assertThat(browser.pageErrors()).isEmpty();
	}

	/** The operation paths Swagger UI shows. */
	private static List<String> paths() {
		return browser.all(".opblock-summary-path").stream().map(WebElement::getText).toList();
	}

	private static void signIn(String email, String password, String landing) {
		browser.open("/login.html");
		browser.type("#login-email", email);
		browser.type("#login-password", password);
		browser.click("#login-submit");
		browser.waitForPath(landing);
	}

	private static void signOut() {
		browser.click("#logout");
		browser.waitForPath("/login.html");
	}

	private static void search(String text) {
		browser.type("#search", text);
		browser.click("#search-form button");
		browser.find("#products .product");
	}

	private static void addToCart(String productId) {
		browser.click("#products .product[data-product-id='" + productId + "'] .add-to-cart");
		browser.find("#cart-lines li[data-product-id='" + productId + "']");
	}

	private static void useTestCard(String number) {
		if (browser.find("#test-cards-box").getDomAttribute("open") == null) {
			browser.click("#test-cards-box summary");
		}
		browser.click("button.use-card[data-number='" + number + "']");
	}

	private static void waitForAmount(String css, String amount) {
		browser.until((d) -> amount.equals(browser.find(css).getAttribute("data-amount")));
	}

	/** A small PNG to upload. */
	private static Path picture() throws Exception {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x1f5f8b));
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(16, 8, 32, 32);
		graphics.dispose();
		Path file = Files.createTempFile("lantern-", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
