package io.storesphere.starter;

import java.math.BigDecimal;

import io.storesphere.starter.problem.ApiProblemHandling;
import io.storesphere.starter.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON rules of every service's request bodies: a value keeps its JSON type, and a
 * value of the wrong type is a 400 naming its field.
 */
class JsonValueTypesTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints())
		.setControllerAdvice(new Handling())
		.setMessageConverters(new StringHttpMessageConverter(), new JacksonJsonHttpMessageConverter(mapper()))
		.build();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{"name": "kettle", "quantity": "1", "price": 12.5}          | quantity         | must be a whole number
					{"name": "kettle", "quantity": "１２", "price": 12.5}        | quantity         | must be a whole number
					{"name": "kettle", "quantity": 1.5, "price": 12.5}          | quantity         | must be a whole number
					{"name": "kettle", "quantity": true, "price": 12.5}         | quantity         | must be a whole number
					{"name": "kettle", "quantity": 1, "price": "12.50"}         | price            | must be a number
					{"name": 12, "quantity": 1, "price": 12.5}                  | name             | must be text (a JSON string)
					{"name": 1e308, "quantity": 1, "price": 12.5}               | name             | must be text (a JSON string)
					{"name": false, "quantity": 1, "price": 12.5}               | name             | must be text (a JSON string)
					{"name": "k", "quantity": 1, "price": 1, "card": {"number": -9223372036854775809}} | card.number | must be text (a JSON string)
					{"name": "k", "quantity": 1, "price": 1, "tags": ["a", 2]}  | tags[1]          | must be text (a JSON string)
					""")
	void aValueOfTheWrongJsonTypeIsRefusedNamingItsField(String body, String field, String message) throws Exception {
		this.mvc.perform(post("/items").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(Problems.TYPES + "unreadable-request"))
			.andExpect(jsonPath("$.detail").value(field + " " + message))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(message));
	}

	@Test
	void valuesOfTheirOwnTypeAreReadAndAWholePriceIsADecimal() throws Exception {
		this.mvc.perform(post("/items").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"kettle\", \"quantity\": 12, \"price\": 12, \"card\": {\"number\": \"4111 1111\"},"
					+ " \"tags\": [\"a\"]}"))
			.andExpect(status().isOk())
			.andExpect(content().string("kettle 12 12 4111 1111"));
	}

	@Test
	void aSyntaxErrorKeepsTheServicesWording() throws Exception {
		this.mvc.perform(post("/items").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(Problems.TYPES + "unreadable-request"))
			.andExpect(jsonPath("$.detail").value("Send an item."))
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	private static JsonMapper mapper() {
		return ServiceDefaultsAutoConfiguration
			.keepJsonTypes(JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class))
			.build();
	}

	@RestController
	static class Endpoints {

		@PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
		String create(@RequestBody Item item) {
			return item.name() + " " + item.quantity() + " " + item.price().toPlainString() + " "
					+ ((item.card() != null) ? item.card().number() : "");
		}

	}

	record Item(String name, int quantity, BigDecimal price, Card card, java.util.List<String> tags) {
	}

	record Card(String number) {
	}

	@RestControllerAdvice
	static class Handling extends ApiProblemHandling {

		@Override
		protected String unreadableBodyDetail() {
			return "Send an item.";
		}

	}

}
