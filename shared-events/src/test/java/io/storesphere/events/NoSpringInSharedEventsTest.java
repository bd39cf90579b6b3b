package io.storesphere.events;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * shared-events is the one jar every service shares; it must not drag a framework along.
 */
class NoSpringInSharedEventsTest {

	@Test
	void eventsDependOnNeitherSpringNorAws() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "software.amazon..", "io.awspring..", "jakarta.persistence..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("io.storesphere.events"));
	}

}
