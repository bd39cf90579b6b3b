package io.storesphere.catalog.seed;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.product.ProductCatalog.NewProduct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run's shop window: fourteen products with pictures, varied prices and stock,
 * a few just above their thresholds so one purchase triggers an alert. Ids are derived
 * from names, so a restart adds nothing twice and never undoes a sale or an edit.
 */
public class DemoCatalog {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private static final List<Demo> PRODUCTS = List.of(
			new Demo("Stoneware Mug", "A hand-glazed 350 ml mug that keeps coffee warm.", "12.50", 42, 0x8d6e63),
			new Demo("Desk Lamp", "Warm LED desk lamp with a weighted base and a dimmer.", "39.90", 16, 0xffb300),
			new Demo("Linen Notebook", "A5, 192 dotted pages, lies flat.", "9.75", 21, 0x558b2f),
			new Demo("Fountain Pen", "Steel nib, converter included.", "64.00", 8, 0x283593),
			new Demo("Wireless Headphones", "Over-ear, 30 hours of battery, noise cancelling.", "189.00", 12, 0x37474f),
			new Demo("Mechanical Keyboard", "Tenkeyless, hot-swappable switches, PBT keycaps.", "129.00", 25, 0x6a1b9a),
			new Demo("4K Monitor", "27 inch IPS panel, USB-C with 65 W charging.", "349.00", 11, 0x00838f),
			new Demo("Ultrabook 14", "14 inch laptop, 16 GB memory, 1 TB SSD.", "1299.00", 6, 0x455a64),
			new Demo("Espresso Machine", "15 bar pump, steam wand, 1.2 l tank.", "249.00", 4, 0xbf360c),
			new Demo("Yoga Mat", "6 mm, non-slip, with a carrying strap.", "24.99", 60, 0x2e7d32),
			new Demo("Water Bottle", "Insulated steel, 750 ml, cold for 24 hours.", "19.90", 0, 0x0277bd),
			new Demo("Backpack", "22 l, water-resistant, padded laptop sleeve.", "79.00", 30, 0x4e342e),
			new Demo("Scented Candle", "Cedar and bergamot, 40 hours.", "14.00", 22, 0xad1457),
			new Demo("Chef's Knife", "20 cm, forged stainless steel.", "89.50", 17, 0x616161));

	private final ProductCatalog catalog;

	public DemoCatalog(ProductCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Adds each demo product that is missing, and stores again a demo picture the store
	 * lost.
	 */
	public void seed() {
		for (Demo demo : PRODUCTS) {
			String id = UUID.nameUUIDFromBytes(("storesphere-demo:" + demo.name()).getBytes(StandardCharsets.UTF_8))
				.toString();
			this.catalog.createIfAbsent(id,
					new NewProduct(demo.name(), demo.description(), new BigDecimal(demo.price()), demo.stock(), null),
					picture(demo));
		}
		log.info("Demo catalogue ready: {} products", PRODUCTS.size());
	}

	/** A simple picture: the product's colour, a soft light, and its initials. */
	private static byte[] picture(Demo demo) {
		int size = 480;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			Color colour = new Color(demo.colour());
			graphics.setPaint(new GradientPaint(0, 0, colour.brighter(), size, size, colour.darker()));
			graphics.fillRect(0, 0, size, size);
			graphics.setColor(new Color(255, 255, 255, 60));
			graphics.fillOval(size / 6, size / 6, size * 2 / 3, size * 2 / 3);
			graphics.setColor(Color.WHITE);
			graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
			String initials = initials(demo.name());
			int width = graphics.getFontMetrics().stringWidth(initials);
			graphics.drawString(initials, (size - width) / 2, size / 2 + 42);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.split(" ")) {
			if (!word.isEmpty() && initials.length() < 2) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.toString();
	}

	private record Demo(String name, String description, String price, int stock, int colour) {

	}

}
