package io.storesphere.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the check images cannot show, as they sit on an empty base: the production images'
 * base and platforms, and which modules are images at all (root pom).
 */
class ImageConfigurationTest {

	private static final String JIB = "//pluginManagement/plugins/plugin[artifactId='jib-maven-plugin']/configuration";

	private final Document rootPom = parse(Images.ROOT.resolve("pom.xml"));

	@Test
	void productionImagesRunOnAPinnedJreOfTheCompilersJavaForX86AndGraviton() throws Exception {
		XPath xpath = XPathFactory.newInstance().newXPath();
		assertThat(xpath.evaluate(JIB + "/from/image", this.rootPom)).isEqualTo("${image.base}");
		String base = xpath.evaluate("/project/properties/image.base", this.rootPom);
		Matcher jre = Pattern.compile("eclipse-temurin:(\\d+)\\.\\d+\\.\\d+_\\d+-jre-\\w+").matcher(base);
		assertThat(jre.matches()).as(base + " is a JRE pinned to its patch release").isTrue();
		assertThat(jre.group(1)).isEqualTo(xpath.evaluate("/project/properties/maven.compiler.release", this.rootPom));
		NodeList platforms = (NodeList) xpath.evaluate(JIB + "/from/platforms/platform", this.rootPom,
				XPathConstants.NODESET);
		List<String> configured = new ArrayList<>();
		for (int i = 0; i < platforms.getLength(); i++) {
			configured
				.add(xpath.evaluate("os", platforms.item(i)) + "/" + xpath.evaluate("architecture", platforms.item(i)));
		}
		assertThat(configured).containsExactlyInAnyOrderElementsOf(Images.PLATFORMS);
	}

	@Test
	void imagesAreNamedAsDockerComposeAndEcrExpect() throws Exception {
		XPath xpath = XPathFactory.newInstance().newXPath();
		assertThat(xpath.evaluate(JIB + "/to/image", this.rootPom))
			.isEqualTo("${image.registry}/${image.namePrefix}${project.artifactId}:${image.tag}");
		assertThat(xpath.evaluate("/project/properties/image.registry", this.rootPom)).isEqualTo("storesphere");
		assertThat(xpath.evaluate("/project/properties/image.namePrefix", this.rootPom)).isEmpty();
		assertThat(xpath.evaluate("/project/properties/image.tag", this.rootPom)).isEqualTo("${project.version}");
	}

	@Test
	void exactlyTheSevenServicesAreImages() throws Exception {
		XPath xpath = XPathFactory.newInstance().newXPath();
		assertThat(xpath.evaluate("/project/properties/jib.skip", this.rootPom)).isEqualTo("true");
		Set<String> images = new TreeSet<>();
		try (Stream<Path> poms = Files.walk(Images.ROOT, 3)) {
			for (Path pom : poms.filter((path) -> path.getFileName().toString().equals("pom.xml"))
				.filter((path) -> !path.toString().contains("/target/") && !path.toString().contains("/node_modules/"))
				.toList()) {
				if ("false".equals(xpath.evaluate("/project/properties/jib.skip", parse(pom)))) {
					images.add(Images.ROOT.relativize(pom.getParent()).toString());
				}
			}
		}
		assertThat(images).isEqualTo(new TreeSet<>(Images.SERVICES));
	}

	private static Document parse(Path pom) {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
		}
		catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException ex) {
			throw new IllegalStateException("Cannot read " + pom, ex);
		}
	}

}
