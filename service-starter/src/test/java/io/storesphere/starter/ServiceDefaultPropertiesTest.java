package io.storesphere.starter;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared settings apply unless a service or its environment says otherwise. */
class ServiceDefaultPropertiesTest {

	private final ServiceDefaultProperties defaults = new ServiceDefaultProperties();

	@Test
	void tomcatKeepsThirtyTwoThreadsUnlessTheServiceSetsItsOwn() {
		StandardEnvironment plain = new StandardEnvironment();
		this.defaults.postProcessEnvironment(plain, new SpringApplication());
		assertThat(plain.getProperty("server.tomcat.threads.max")).isEqualTo("32");

		StandardEnvironment own = new StandardEnvironment();
		own.getPropertySources()
			.addFirst(new MapPropertySource("application.yml", Map.of("server.tomcat.threads.max", "64")));
		this.defaults.postProcessEnvironment(own, new SpringApplication());
		assertThat(own.getProperty("server.tomcat.threads.max")).isEqualTo("64");
	}

	@Test
	void applyingTwiceAddsOneSource() {
		StandardEnvironment environment = new StandardEnvironment();
		this.defaults.postProcessEnvironment(environment, new SpringApplication());
		this.defaults.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources()
			.stream()
			.filter((source) -> source.getName().equals(ServiceDefaultProperties.NAME))).hasSize(1);
	}

}
