package io.storesphere.systemtests;

import java.util.ArrayList;
import java.util.List;

import io.storesphere.testsupport.http.HttpProbe;
import tools.jackson.databind.JsonNode;

/** The SES emulator's store of every e-mail the local run sent ({@code GET /store}). */
final class SesStore {

	private SesStore() {
	}

	static List<JsonNode> mailTo(String address) {
		JsonNode store = Api.JSON.readTree(HttpProbe.get(RunningSuite.SES + "/store").body());
		List<JsonNode> mails = new ArrayList<>();
		for (JsonNode mail : store.get("emails")) {
			for (JsonNode to : mail.get("destination").get("to")) {
				if (to.asString().equalsIgnoreCase(address)) {
					mails.add(mail);
				}
			}
		}
		return mails;
	}

}
