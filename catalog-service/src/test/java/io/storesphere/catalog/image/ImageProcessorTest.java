package io.storesphere.catalog.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageProcessorTest {

	/** A 4 x 3 red lossless WebP, made with cwebp. */
	static final byte[] TINY_WEBP = Base64.getDecoder().decode("UklGRhwAAABXRUJQVlA4TA8AAAAvA4AAAAcQ/Y/+ByKi/wEA");

	private final ImageProcessor processor = new ImageProcessor(1024 * 1024, 800, 300 * 1024);

	@Test
	void aSmallImageIsKeptByteForByte() throws IOException {
		byte[] png = encode(picture(300, 200, false), "png");

		StoredImage stored = this.processor.process(png);

		assertThat(stored.bytes()).isEqualTo(png);
		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(stored.width()).isEqualTo(300);
		assertThat(stored.height()).isEqualTo(200);
		assertThat(stored.tag()).hasSize(32);
	}

	@Test
	void aLargeImageIsScaledToTheMaximumEdgeKeepingItsShape() throws IOException {
		StoredImage stored = this.processor.process(encode(picture(2000, 1000, false), "jpeg"));

		assertThat(stored.mediaType()).isEqualTo("image/jpeg");
		assertThat(stored.width()).isEqualTo(800);
		assertThat(stored.height()).isEqualTo(400);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
		assertThat(decoded.getWidth()).isEqualTo(800);
		assertThat(stored.bytes().length).isLessThanOrEqualTo(300 * 1024);
	}

	@Test
	void aTransparentImageStaysPngWhenScaled() throws IOException {
		StoredImage stored = this.processor.process(encode(picture(1600, 1600, true), "png"));

		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(stored.width()).isEqualTo(800);
		assertThat(ImageIO.read(new ByteArrayInputStream(stored.bytes())).getColorModel().hasAlpha()).isTrue();
	}

	@Test
	void anImageTooBusyForPngFitsTheStoreAsJpeg() throws IOException {
		BufferedImage noise = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
		Random random = new Random(42);
		for (int y = 0; y < 400; y++) {
			for (int x = 0; x < 400; x++) {
				noise.setRGB(x, y, random.nextInt());
			}
		}
		byte[] png = encode(noise, "png");
		assertThat(png.length).isBetween(300 * 1024, 1024 * 1024);

		StoredImage stored = this.processor.process(png);

		assertThat(stored.mediaType()).isEqualTo("image/jpeg");
		assertThat(stored.bytes().length).isLessThanOrEqualTo(300 * 1024);
	}

	@Test
	void webpAndGifAreRecognisedAndRead() throws IOException {
		StoredImage webp = this.processor.process(TINY_WEBP);
		StoredImage gif = this.processor.process(encode(picture(64, 64, false), "gif"));

		assertThat(webp.mediaType()).isEqualTo("image/webp");
		assertThat(webp.width()).isEqualTo(4);
		assertThat(webp.height()).isEqualTo(3);
		assertThat(gif.mediaType()).isEqualTo("image/gif");
	}

	@Test
	void somethingThatIsNotAnImageIsUnsupportedWhateverItClaims() {
		assertThatExceptionOfType(ImageRejectedException.class)
			.isThrownBy(() -> this.processor
				.process("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> assertThat(ex.tooLarge()).isFalse())
			.withMessageContaining("not a PNG, JPEG, WebP or GIF");
	}

	@Test
	void aDamagedImageIsUnsupported() throws IOException {
		byte[] png = encode(picture(100, 100, false), "png");
		byte[] damaged = Arrays.copyOf(png, 40);

		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> this.processor.process(damaged))
			.satisfies((ex) -> assertThat(ex.tooLarge()).isFalse())
			.withMessageContaining("damaged");
	}

	@Test
	void anUploadOverTheLimitIsTooLargeBeforeItIsRead() {
		byte[] big = new byte[1024 * 1024 + 1];
		big[0] = (byte) 0xff;
		big[1] = (byte) 0xd8;
		big[2] = (byte) 0xff;

		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> this.processor.process(big))
			.satisfies((ex) -> assertThat(ex.tooLarge()).isTrue())
			.withMessageContaining("the most is 1024 KB");
	}

	static BufferedImage picture(int width, int height, boolean transparent) {
		BufferedImage image = new BufferedImage(width, height,
				transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(transparent ? new Color(0, 128, 255, 128) : Color.ORANGE);
		graphics.fillOval(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

}
