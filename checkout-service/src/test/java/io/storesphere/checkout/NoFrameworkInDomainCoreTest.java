package io.storesphere.checkout;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain core (pricing, tax, Luhn and the payment simulator, idempotency
 * fingerprints, the order and its saga decisions) is plain Java, tested in milliseconds;
 * only the adapters beneath each feature know AWS, HTTP or JSON.
 */
class NoFrameworkInDomainCoreTest {

	private static final String[] FEATURES = { "io.storesphere.checkout.order", "io.storesphere.checkout.placing",
			"io.storesphere.checkout.idempotency", "io.storesphere.checkout.payment", "io.storesphere.checkout.saga" };

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.storesphere.checkout");

	@Test
	void theDomainCoreDependsOnNoFramework() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.and()
			.areNotAnnotatedWith(org.springframework.stereotype.Service.class)
			.and()
			.areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "software.amazon..", "io.awspring..", "tools.jackson..",
					"com.fasterxml..", "jakarta..", "io.github.resilience4j..", "io.micrometer..")
			.check(CLASSES);
	}

	@Test
	void applicationServicesReachStoresAndServicesOnlyThroughPorts() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("software.amazon..", "io.awspring..", "org.springframework.web..",
					"io.github.resilience4j..")
			.check(CLASSES);
	}

	@Test
	void featuresDoNotReachIntoAdapters() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "..persistence..", "..messaging..", "..remote..")
			.check(CLASSES);
	}

}
