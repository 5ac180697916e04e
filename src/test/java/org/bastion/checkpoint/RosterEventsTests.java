package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.bastion.observation.HealthFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What the rosters tell the other modules: a generated shift left short, and one a change makes short,
 * each publish {@link ShiftGapOpened} once with the place and what is missing; a full shift publishes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class RosterEventsTests {

	@LocalServerPort
	int port;

	@Autowired
	Rosters rosters;

	@Autowired
	ApplicationEvents events;

	@Test
	@WithUserDetails("demo-township")
	void aShortShiftOpensAGapAndAChangeThatEmptiesOneOpensItAgain() {
		HealthFixtures fx = new HealthFixtures(port);
		long checkpoint = checkpoint(fx);
		long person = staff(fx);
		LocalDate day = HealthFixtures.today().plusDays(70);
		List<ShiftView> shifts = rosters.generate(checkpoint,
				new RosterRequest(day, day, "TWO_TWELVES", List.of(person), List.of(), 1, List.of()));
		assertThat(shifts).hasSize(2);
		ShiftView full = shifts.get(0);
		ShiftView empty = shifts.get(1);
		assertThat(full.gap()).isFalse();
		assertThat(empty.gap()).isTrue();
		List<ShiftGapOpened> opened = events.stream(ShiftGapOpened.class).toList();
		assertThat(opened).hasSize(1);
		ShiftGapOpened gap = opened.getFirst();
		assertThat(gap.shiftId()).isEqualTo(empty.id());
		assertThat(gap.checkpointId()).isEqualTo(checkpoint);
		assertThat(gap.jurisdictionCode()).isEqualTo(HealthFixtures.TOWNSHIP);
		assertThat(gap.jurisdictionPath()).endsWith("/" + HealthFixtures.TOWNSHIP + "/");
		assertThat(gap.missingPeople()).isEqualTo(1);
		assertThat(gap.leaderMissing()).isTrue();
		assertThat(gap.startsAt()).isEqualTo(empty.startsAt());

		// Taking the only person off the full shift makes it short: one more event, for that shift.
		rosters.unassign(full.id(), person);
		assertThat(events.stream(ShiftGapOpened.class).map(ShiftGapOpened::shiftId)).containsExactly(empty.id(), full.id());
		// Putting them back closes it and says nothing.
		rosters.assign(full.id(), new ShiftAssignment(person, true));
		assertThat(events.stream(ShiftGapOpened.class)).hasSize(2);
	}

	private static long checkpoint(HealthFixtures fx) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "事件卡点" + UUID.randomUUID().toString().substring(0, 8));
		body.put("level", "VILLAGE_ROAD");
		body.put("jurisdictionCode", HealthFixtures.TOWNSHIP);
		body.put("agencies", List.of("VOLUNTEERS"));
		body.put("openedOn", HealthFixtures.today().toString());
		return fx.post("demo-township", "/api/v1/checkpoints", body).json().path("id").asLong();
	}

	private static long staff(HealthFixtures fx) {
		String username = "e-" + UUID.randomUUID().toString().substring(0, 12);
		var created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName", "事件值守",
				"password", ApiClient.PASSWORD, "role", "CHECKPOINT_STAFF", "jurisdictionCode", HealthFixtures.TOWNSHIP));
		assertThat(created.status()).isEqualTo(201);
		return created.json().path("id").asLong();
	}
}
