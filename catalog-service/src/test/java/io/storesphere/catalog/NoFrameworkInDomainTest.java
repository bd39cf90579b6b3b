package io.storesphere.catalog;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Products, thresholds, images and stock decisions are plain Java, unit-tested without
 * Spring or AWS; only the use-case services beside them carry a stereotype.
 */
class NoFrameworkInDomainTest {

	@Test
	void theDomainCoreDependsOnNoFramework() {
		noClasses().that()
			.resideInAnyPackage("io.storesphere.catalog.product", "io.storesphere.catalog.image",
					"io.storesphere.catalog.stock")
			.and()
			.areNotAnnotatedWith(Service.class)
			.and()
			.areNotAnnotatedWith(Component.class)
			.and()
			.areNotAnnotatedWith(Configuration.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "software.amazon..", "io.awspring..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("io.storesphere.catalog"));
	}

}
