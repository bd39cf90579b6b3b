package io.storesphere.identity;

import io.storesphere.testsupport.architecture.DomainCore;
import org.junit.jupiter.api.Test;

class NoFrameworkInDomainTest {

	@Test
	void theDomainCoreImportsNoSpringAwsOrJpaType() {
		DomainCore.check("io.storesphere.identity");
	}

}
