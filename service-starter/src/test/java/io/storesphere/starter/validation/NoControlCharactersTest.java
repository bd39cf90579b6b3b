package io.storesphere.starter.validation;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoControlCharactersTest {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private final Validator validator = FACTORY.getValidator();

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ada\u0000Lovelace", "\u0000", "Ada\nLovelace", "tab\there", "esc\u001b[31m", "del\u007f",
			"c1\u0085" })
	void refusesTextWithAControlCharacterNamingTheField(String name) {
		Set<ConstraintViolation<Named>> violations = this.validator.validate(new Named(name));

		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.getPropertyPath()).hasToString("name");
			assertThat(violation.getMessage()).isEqualTo("must not contain control characters");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ada Lovelace", "Zoë O'Brien-Łukasiewicz", "山田 太郎", "ada+shop@example.com", "" })
	void acceptsPrintableTextInAnyScript(String name) {
		assertThat(this.validator.validate(new Named(name))).isEmpty();
	}

	@Test
	void leavesAMissingValueToNotBlank() {
		assertThat(this.validator.validate(new Named(null))).isEmpty();
	}

	record Named(@NoControlCharacters String name) {

	}

}
