package io.storesphere.cart;

import com.tngtech.archunit.lang.syntax.elements.ClassesShould;
import io.storesphere.testsupport.architecture.DomainCore;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The cart's rules, pricing and use cases are plain Java, unit-tested in milliseconds;
 * HTTP, DynamoDB, SQS, catalog's client and the bean wiring are adapters beneath them.
 */
class NoFrameworkInDomainTest {

	private static final String ROOT = "io.storesphere.cart";

	@Test
	void theDomainCoreImportsNoSpringAwsOrJpaType() {
		DomainCore.check("io.storesphere.cart");
	}

	/** The core offers ports; adapters implement and call them, never the other way. */
	@Test
	void theDomainCoreDoesNotReachIntoItsAdapters() {
		theDomainCore().dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..web..", ROOT + "..persistence..", ROOT + "..messaging..", ROOT + "..remote..",
					ROOT + "..config..")
			.check(DomainCore.classesOf(ROOT));
	}

	/**
	 * Wire formats (JSON, integration events), validation and resilience are the
	 * adapters' concern: the core sees catalog's answer and an order's purchases as its
	 * own types.
	 */
	@Test
	void theDomainCoreKnowsNoWireFormatValidationOrResilienceLibrary() {
		theDomainCore().dependOnClassesThat()
			.resideInAnyPackage("jakarta..", "tools.jackson..", "com.fasterxml..", "io.github.resilience4j..",
					"io.storesphere.events..")
			.check(DomainCore.classesOf(ROOT));
	}

	/**
	 * The classes {@link DomainCore} calls the domain core: outside every adapter
	 * package.
	 */
	private static ClassesShould theDomainCore() {
		return noClasses().that()
			.resideInAPackage(ROOT + ".(*)..")
			.and()
			.resideOutsideOfPackages(DomainCore.ADAPTER_PACKAGES)
			.should();
	}

}
