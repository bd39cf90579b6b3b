package io.storesphere.infra.cdk;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.storesphere.infra.cdk.Synthesized.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both stacks synthesise offline, with the deploy-time values as parameters, and the main
 * stack stays well inside CloudFormation's 500-resource limit.
 */
class StackSynthesisTest {

	@Test
	void bothStacksSynthesiseWithTheirParameters() {
		Synthesized stacks = Synthesized.stacks();
		System.out.println("Synthesised both stacks in " + stacks.millis + " ms");
		assertThat(map(stacks.main.get("Parameters"))).containsKeys("ImageTag", "CertificateArn", "AdminEmail",
				"AdminAlertEmail", "OpsAlarmEmail", "MailDomain");
		Map<String, Object> resources = map(stacks.main.get("Resources"));
		assertThat(resources.size()).isBetween(150, 400);
		assertThat(map(stacks.main.get("Outputs"))).containsKeys("LoadBalancerDns", "DkimRecord1", "DkimRecord2",
				"DkimRecord3");
	}

}
