package io.storesphere.starter.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The generic errors every service answers the same way, without starting a server. */
class ApiProblemHandlingTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints())
		.setControllerAdvice(new Handling())
		.build();

	@Test
	void aWronglyTypedNumberNamesTheParameterAndWhatItMustBe() throws Exception {
		this.mvc.perform(get("/items").param("limit", "ten"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(Problems.TYPES + "invalid-request"))
			.andExpect(jsonPath("$.detail").value("limit must be a whole number"))
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	@Test
	void anUnreadableBodyIsAProblemWithTheServicesOwnWording() throws Exception {
		this.mvc.perform(post("/items").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(Problems.TYPES + "unreadable-request"))
			.andExpect(jsonPath("$.detail").value("Send {\"name\": \"...\"}."));
	}

	@Test
	void anUnsupportedMediaTypeGetsAStableTypeInsteadOfAboutBlank() throws Exception {
		this.mvc.perform(post("/items").contentType(MediaType.TEXT_PLAIN).content("name"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.type").value(Problems.TYPES + "unsupported-media-type"));
	}

	@Test
	void aMethodNotAllowedGetsAStableType() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/items"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.type").value(Problems.TYPES + "method-not-allowed"));
	}

	@Test
	void anUnexpectedFailureIsA500ProblemWithoutItsMessage() throws Exception {
		this.mvc.perform(get("/broken"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.type").value(Problems.TYPES + "internal-error"))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
	}

	/**
	 * With a constraint on a path variable, Spring MVC validates the whole method: the
	 * blank id is named, and so is the body's field, not the body.
	 */
	@Test
	void aBlankPathIdAndABodysFieldAreNamedUnderMethodValidation() throws Exception {
		this.mvc
			.perform(put("/items/{id}", " ").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"kettle\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(Problems.TYPES + "invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		this.mvc.perform(put("/items/{id}", "k1").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(Problems.TYPES + "invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@RestController
	static class Endpoints {

		@PutMapping(path = "/items/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
		String replace(@PathVariable @NotBlank String id, @Valid @RequestBody Named item) {
			return id;
		}

		@GetMapping("/items")
		String list(@RequestParam int limit) {
			return "[]";
		}

		@PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
		String create(@RequestBody Item item) {
			return item.name();
		}

		@GetMapping("/broken")
		String broken() {
			throw new IllegalStateException("secret internals");
		}

	}

	record Item(String name) {
	}

	record Named(@NotBlank String name) {
	}

	@RestControllerAdvice
	static class Handling extends ApiProblemHandling {

		@Override
		protected String unreadableBodyDetail() {
			return "Send {\"name\": \"...\"}.";
		}

	}

}
