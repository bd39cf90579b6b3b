package io.storesphere.starter.problem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletRegistration;
import org.apache.catalina.valves.ErrorReportValve;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real Tomcat refuses before Spring MVC sees the request answers a problem, not
 * Tomcat's HTML page, and so does a multipart body that names no boundary.
 */
class TomcatProblemReportsTest {

	private static WebServer server;

	private static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		// What Boot does when stack traces are hidden: the valve that must be replaced.
		factory.addContextCustomizers((context) -> context.getParent().getPipeline().addValve(new ErrorReportValve()));
		new ProblemHandlingAutoConfiguration.TomcatProblems().tomcatProblemReports().customize(factory);
		AnnotationConfigWebApplicationContext mvc = new AnnotationConfigWebApplicationContext();
		mvc.register(Mvc.class);
		server = factory.getWebServer((servletContext) -> {
			ServletRegistration.Dynamic dispatcher = servletContext.addServlet("dispatcher",
					new DispatcherServlet(mvc));
			dispatcher.addMapping("/");
			dispatcher.setMultipartConfig(new MultipartConfigElement(""));
			dispatcher.setLoadOnStartup(1);
		});
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@Test
	void aUrlThatIsNotUtf8IsAMalformedRequestProblem() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/items/%ff%fe")).GET());

		assertProblem(response, 400, "malformed-request");
	}

	@Test
	void anEncodedNulIsAMalformedRequestProblem() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/items/a%00b")).GET());

		assertProblem(response, 400, "malformed-request");
	}

	@Test
	void aVeryLongUrlIsAProblemWithoutTheUrl() throws Exception {
		String id = "x".repeat(20_000);
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/items/" + id)).GET());

		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((
				type) -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.isTrue());
		assertThat(response.body()).contains("\"type\":\"" + Problems.TYPES).doesNotContain("xxxx");
	}

	@Test
	void aMultipartBodyWithoutABoundaryIsAnUnreadableRequestProblem() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/items"))
			.header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));

		assertProblem(response, 400, "unreadable-request");
	}

	@Test
	void aWellFormedRequestStillReachesTheEndpoint() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/items"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"kettle\"}")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("kettle");
	}

	private static URI url(String path) {
		return URI.create("http://localhost:" + server.getPort() + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((value) -> assertThat(
				MediaType.parseMediaType(value).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue());
		assertThat(response.body()).contains("\"type\":\"" + Problems.TYPES + type + "\"")
			.contains("\"status\":" + status)
			.doesNotContain("<html");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class Mvc {

		@Bean
		StandardServletMultipartResolver multipartResolver() {
			return new StandardServletMultipartResolver();
		}

		@Bean
		Endpoints endpoints() {
			return new Endpoints();
		}

		@Bean
		DefaultProblemHandling problemHandling() {
			return new DefaultProblemHandling();
		}

	}

	@RestController
	static class Endpoints {

		@PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
		String create(@RequestBody Item item) {
			return item.name();
		}

	}

	record Item(String name) {

	}

}
