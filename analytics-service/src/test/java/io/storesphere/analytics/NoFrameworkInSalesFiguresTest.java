package io.storesphere.analytics;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The sales arithmetic stays plain Java, tested in milliseconds. */
class NoFrameworkInSalesFiguresTest {

	@Test
	void salesFiguresDependOnNoFramework() {
		noClasses().that()
			.haveSimpleNameStartingWith("OrderFigures")
			.or()
			.haveSimpleNameStartingWith("SalesSummary")
			.and()
			.doNotHaveSimpleName("SalesSummaryQuery")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "software.amazon..", "io.awspring..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("io.storesphere.analytics.sales"));
	}

}
