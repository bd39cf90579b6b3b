package io.storesphere.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The one architecture rule every service runs, modelled on ddd-by-examples/library's
 * {@code NoSpringInDomainLogicTest}: the domain core imports no Spring, AWS or JPA type.
 *
 * <p>
 * The domain core is every class of a service's feature packages outside its adapters.
 * Adapters are the packages named {@link #ADAPTER_PACKAGES} at any depth: they translate
 * between the core and a framework (HTTP, a store, a queue, another service, the wiring
 * of beans). The service's root package holds only its {@code @SpringBootApplication}.
 * There is no exemption by annotation: a class that needs a framework type is an adapter
 * and lives in an adapter package.
 */
public final class DomainCore {

	/** Where frameworks may be imported. */
	public static final String[] ADAPTER_PACKAGES = { "..web..", "..persistence..", "..messaging..", "..remote..",
			"..config.." };

	/** What the domain core may not import. */
	public static final String[] FRAMEWORKS = { "org.springframework..", "software.amazon..", "io.awspring..",
			"jakarta.persistence..", "jakarta.transaction..", "org.hibernate.." };

	private DomainCore() {
	}

	/**
	 * The rule for the service whose root package is {@code rootPackage}, such as
	 * {@code io.storesphere.catalog}.
	 * @param rootPackage the service's root package
	 * @return the rule, to be checked against {@link #classesOf(String)}
	 */
	public static ArchRule importsNoFramework(String rootPackage) {
		return noClasses().that()
			.resideInAPackage(rootPackage + ".(*)..")
			.and()
			.resideOutsideOfPackages(ADAPTER_PACKAGES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FRAMEWORKS)
			.as("the domain core of " + rootPackage + " imports no Spring, AWS or JPA type")
			.because("only adapters (" + String.join(", ", ADAPTER_PACKAGES) + ") translate to a framework");
	}

	/**
	 * A service's production classes.
	 * @param rootPackage the service's root package
	 * @return its classes, tests excluded
	 */
	public static JavaClasses classesOf(String rootPackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
	}

	/**
	 * Checks the rule for a service.
	 * @param rootPackage the service's root package
	 */
	public static void check(String rootPackage) {
		importsNoFramework(rootPackage).check(classesOf(rootPackage));
	}

}
