package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.isolation.IsolationSiteApiTests;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A person's health timeline over HTTP: every event of an observation at a site, newest first. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthTimelineApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void anObservationAtASiteReadsNewestFirst() throws Exception {
		LocalDate today = HealthFixtures.today();
		long personId = fx.person(HealthFixtures.TOWNSHIP);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", personId);
		body.put("kind", "SITE");
		body.put("reason", "CLOSE_CONTACT");
		body.put("startDate", today.minusDays(3).toString());
		Reply created = fx.post("demo-county", "/api/v1/observations", body);
		assertThat(created.status()).isEqualTo(201);
		long order = created.json().path("id").asLong();

		Reply site = fx.post("demo-county", "/api/v1/isolation-sites", IsolationSiteApiTests.siteBody(HealthFixtures.TOWNSHIP));
		long siteId = site.json().path("id").asLong();
		long room = fx.post("demo-county", "/api/v1/isolation-sites/" + siteId + "/rooms", Map.of("number", "8", "beds", 1))
			.json()
			.path("id")
			.asLong();
		assertThat(fx.post("demo-county", "/api/v1/isolation-sites/" + siteId + "/stays",
				Map.of("observationId", order, "roomId", room)).status()).isEqualTo(201);

		assertThat(fx.check("demo-county", order, today.minusDays(2), "36.5").status()).isEqualTo(201);
		Reply fever = fx.check("demo-county", order, today.minusDays(1), "38.2", "COUGH");
		long alert = fever.json().path("alertId").asLong();
		assertThat(fx.post("demo-county", "/api/v1/alerts/" + alert + "/close",
				Map.of("action", "RECHECKED_NORMAL", "note", "复测36.6")).status()).isEqualTo(200);
		assertThat(fx.check("demo-county", order, today, "36.4").status()).isEqualTo(201);
		assertThat(fx.post("demo-county", "/api/v1/observations/" + order + "/release",
				Map.of("date", today.toString(), "reason", "转为居家观察")).status()).isEqualTo(200);
		// The stay is checked out by isolation's listener to the release, after the release commits.
		JsonNode timeline = await("the stay's check-out on the timeline").atMost(Duration.ofSeconds(30))
			.until(() -> fx.get("demo-county", "/api/v1/people/" + personId + "/health-timeline").json(),
					t -> ProposalApiTests.types(t).contains("STAY_OUT"));

		assertThat(timeline.path("personId").asLong()).isEqualTo(personId);
		List<String> types = ProposalApiTests.types(timeline);
		assertThat(types).containsExactlyInAnyOrder("ORDER_RELEASED", "STAY_OUT", "READING", "ALERT_CLOSED", "STAY_IN",
				"ALERT_OPENED", "READING", "READING", "ORDER_STARTED");
		assertThat(types.get(0)).isEqualTo("ORDER_RELEASED");
		assertThat(types.get(1)).isEqualTo("STAY_OUT");
		assertThat(types.get(types.size() - 1)).isEqualTo("ORDER_STARTED");
		assertThat(types.indexOf("STAY_IN")).isLessThan(types.indexOf("ALERT_OPENED"));
		assertThat(types.indexOf("ALERT_CLOSED")).isLessThan(types.indexOf("ALERT_OPENED"));
		List<LocalDate> dates = new ArrayList<>();
		for (JsonNode entry : timeline.path("entries")) {
			dates.add(LocalDate.parse(entry.path("date").asString()));
		}
		assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		JsonNode feverEntry = null;
		for (JsonNode entry : timeline.path("entries")) {
			if (entry.path("type").asString().equals("READING") && entry.path("date").asString().equals(today.minusDays(1).toString())) {
				feverEntry = entry;
			}
		}
		assertThat(feverEntry.path("tone").asString()).isEqualTo("RED");
		assertThat(feverEntry.path("link").asString()).isEqualTo("/observations/" + order);
		assertThat(feverEntry.path("messageKey").asString()).isEqualTo("timeline.readingWithSymptoms");
	}

	@Test
	void anotherTownshipsPersonIsNotFound() {
		long elsewhere = fx.person(HealthFixtures.OTHER_TOWNSHIP);
		fx.order("demo-county", elsewhere, 1, null, null);
		assertThat(fx.get("demo-township", "/api/v1/people/" + elsewhere + "/health-timeline").status()).isEqualTo(404);
		Reply county = fx.get("demo-county", "/api/v1/people/" + elsewhere + "/health-timeline");
		assertThat(county.status()).isEqualTo(200);
		assertThat(ProposalApiTests.types(county.json())).containsExactly("ORDER_STARTED");
		assertThat(fx.get("demo-county", "/api/v1/people/987654321/health-timeline").status()).isEqualTo(404);
	}
}
