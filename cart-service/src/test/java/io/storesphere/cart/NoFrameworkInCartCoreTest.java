package io.storesphere.cart;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The cart's core (rules, pricing, use cases and their ports) stays plain Java, tested in
 * milliseconds; web, persistence, messaging and the catalog client sit beneath it as
 * adapters.
 */
class NoFrameworkInCartCoreTest {

	@Test
	void theCartCoreDependsOnNoFramework() {
		noClasses().that()
			.resideInAPackage("io.storesphere.cart.cart")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "software.amazon..", "io.awspring..",
					"tools.jackson..", "com.fasterxml..", "io.github.resilience4j..", "io.storesphere.cart.cart.*..",
					"io.storesphere.events..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("io.storesphere.cart"));
	}

}
