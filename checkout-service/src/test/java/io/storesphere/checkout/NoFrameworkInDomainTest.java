package io.storesphere.checkout;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import io.storesphere.testsupport.architecture.DomainCore;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain core (pricing, tax, Luhn and the payment simulator, idempotency
 * fingerprints, the order and its saga decisions) is plain Java, tested in milliseconds;
 * only the adapters beneath each feature know Spring, AWS, HTTP or JSON.
 */
class NoFrameworkInDomainTest {

	private static final String ROOT = "io.storesphere.checkout";

	@Test
	void theDomainCoreImportsNoSpringAwsOrJpaType() {
		DomainCore.check(ROOT);
	}

	@Test
	void theDomainCoreReachesOtherServicesOnlyThroughPorts() {
		domainCore().should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.net.http..", "io.github.resilience4j..", "tools.jackson..",
					"com.fasterxml.jackson..")
			.because("HTTP clients, circuit breakers and JSON belong to the remote and web adapters")
			.check(classes());
	}

	@Test
	void theDomainCoreDoesNotReachIntoItsAdapters() {
		domainCore().should()
			.dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideInAnyPackage(DomainCore.ADAPTER_PACKAGES)))
			.because("adapters depend on the core's ports, never the other way round")
			.check(classes());
	}

	/**
	 * The classes {@link DomainCore} counts as the core: feature packages outside
	 * adapters.
	 */
	private static GivenClassesConjunction domainCore() {
		return noClasses().that()
			.resideInAPackage(ROOT + ".(*)..")
			.and()
			.resideOutsideOfPackages(DomainCore.ADAPTER_PACKAGES);
	}

	private static JavaClasses classes() {
		return DomainCore.classesOf(ROOT);
	}

}
