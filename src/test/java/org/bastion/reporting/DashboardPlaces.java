package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.OwnTree;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A township of a test's own in the demo county, with two villages, made by HQ through the API, and
 * residents registered in them: the records the dashboard's fixture figures count.
 */
public record DashboardPlaces(int port, String township, String townshipName, String village, String villageName,
		String otherVillage) {

	/** The demo county, which the demo's leader and HQ see whole. */
	public static final String COUNTY = "511528";

	public static DashboardPlaces create(int port) {
		String township = COUNTY + "D" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		DashboardPlaces places = new DashboardPlaces(port, township, "看板镇" + township.substring(7), township + "1",
				"看板一村", township + "2");
		RestClient hq = ApiClient.signedIn(port, "demo-county");
		places.create(hq, township, places.townshipName, COUNTY, "TOWNSHIP");
		places.create(hq, places.village, places.villageName, township, "VILLAGE");
		places.create(hq, places.otherVillage, "看板二村", township, "VILLAGE");
		return places;
	}

	private void create(RestClient hq, String code, String name, String parent, String level) {
		var answer = hq.post()
			.uri("/api/v1/jurisdictions")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", code, "name", name, "parentCode", parent, "level", level))
			.retrieve()
			.toBodilessEntity();
		assertThat(answer.getStatusCode().value()).as("creating %s", code).isEqualTo(201);
	}

	/** Registers {@code count} residents in {@code place} through the people API. */
	public void residents(String place, int count) {
		RestClient hq = ApiClient.signedIn(port, "demo-county");
		for (int i = 0; i < count; i++) {
			var answer = hq.post()
				.uri("/api/v1/people")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("idNumber", OwnTree.uniqueIdNumber(), "name", "看板居民" + i, "jurisdictionCode", place))
				.retrieve()
				.toBodilessEntity();
			assertThat(answer.getStatusCode().value()).as("registering a resident of %s", place).isEqualTo(201);
		}
	}
}
