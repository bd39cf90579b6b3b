package io.storesphere.checkout.payment;

import java.util.List;
import java.util.stream.Collectors;

/** The card details cannot be right; nothing was charged. */
public class InvalidCard extends RuntimeException {

	private final List<Problem> problems;

	InvalidCard(List<Problem> problems) {
		super(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** A field of the card details and what is wrong with it. */
	public record Problem(String field, String message) {

	}

}
