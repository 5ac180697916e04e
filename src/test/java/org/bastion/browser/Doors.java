package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fresh households in the demo grid worker's grid and a round over the grid opened by HQ, for browser
 * tests at the doors; and a returnee typed into the arrival form.
 *
 * @param visits each household's address and its visit in the round, in the order given
 */
record Doors(String grid, long round, Map<String, Long> visits) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Households with fresh addresses (a prefix each) and a round over the grid. */
	static Doors open(int port, String... prefixes) {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		RestClient worker = ApiClient.signedIn(port, "demo-grid");
		String grid = JSON.readTree(worker.get().uri("/api/v1/jurisdictions").retrieve().body(String.class))
			.path("items").get(0).path("code").asString();
		Map<String, Long> visits = new LinkedHashMap<>();
		for (String prefix : prefixes) {
			String address = prefix + UUID.randomUUID().toString().substring(0, 6) + "号";
			county.post().uri("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("jurisdictionCode", grid, "address", address)).retrieve().toBodilessEntity();
			visits.put(address, 0L);
		}
		long round = JSON.readTree(county.post().uri("/api/v1/screening-rounds").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "deadline", LocalDate.now().plusDays(3).toString()))
			.retrieve().body(String.class)).path("id").asLong();
		for (JsonNode v : JSON.readTree(worker.get().uri("/api/v1/screening-rounds/" + round + "/visits?limit=200")
			.retrieve().body(String.class)).path("items")) {
			visits.computeIfPresent(v.path("address").asString(), (address, none) -> v.path("id").asLong());
		}
		assertThat(visits.values()).allMatch(id -> id > 0);
		return new Doors(grid, round, visits);
	}

	/** Fills the arrival form in with a new person of a fresh name and ID number, from Chengdu by car. */
	static void typeReturnee(Browser browser, String namePrefix) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		browser.type("#name", namePrefix + random.nextInt(1000, 9999));
		browser.type("#idNumber", IdNumber.of("110105", LocalDate.of(1960, 1, 1).plusDays(random.nextInt(20_000)),
				random.nextInt(1000)).value());
		browser.type("#originCode", "510100");
		browser.type("#plate", "川A" + "%05d".formatted(random.nextInt(100_000)));
	}
}
