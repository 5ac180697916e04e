package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.arrivals.ArrivalTestSupport.OTHER_TOWNSHIP;
import static org.bastion.arrivals.ArrivalTestSupport.arrival;
import static org.bastion.arrivals.ArrivalTestSupport.quietDay;
import static org.bastion.arrivals.ArrivalTestSupport.train;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueId;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueName;
import static org.bastion.arrivals.ArrivalTestSupport.uniquePhone;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.bastion.PageSession;
import org.bastion.arrivals.ArrivalTestSupport.Reply;
import org.bastion.shared.Masking;
import org.bastion.shared.TabularFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Knowing a person's ID number must not tell who they are: a grid worker who registers an arrival with the
 * number of someone living in another township reads, on every path of that arrival, only what they typed
 * and the masked outsider view, never the name, phone, address or full number the system holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutsiderViewTests {

	@LocalServerPort
	int port;

	ArrivalTestSupport api;

	String idNumber;

	String storedName;

	String storedPhone;

	String storedAddress;

	@BeforeEach
	void anOutsider() {
		api = new ArrivalTestSupport(port);
		idNumber = uniqueId();
		storedName = uniqueName("藏");
		storedPhone = uniquePhone();
		storedAddress = "古宋镇机密路" + storedPhone.substring(7) + "号";
		Reply person = api.post("demo-county", "/api/v1/people", Map.of("idNumber", idNumber, "name", storedName,
				"phone", storedPhone, "address", storedAddress, "jurisdictionCode", OTHER_TOWNSHIP));
		assertThat(person.status()).isEqualTo(201);
	}

	@Test
	void anArrivalOfAnOutsiderShowsWhatTheRegistrarTypedOnEveryPath() throws Exception {
		String grid = ArrivalTestSupport.areaOf(api, "demo-grid");
		LocalDate day = quietDay();
		Map<String, Object> body = arrival(idNumber, "自报" + storedName.substring(1), grid, "510100", day, train("G7"));
		String typedPhone = uniquePhone();
		@SuppressWarnings("unchecked")
		Map<String, Object> person = new LinkedHashMap<>((Map<String, Object>) body.get("person"));
		person.put("phone", typedPhone);
		body.put("person", person);

		Reply registered = api.post("demo-grid", "/api/v1/arrivals", body);
		assertThat(registered.status()).isEqualTo(201);
		assertHidden(registered.body());
		assertThat(registered.json().path("person").path("name").asString()).isEqualTo("自报" + storedName.substring(1));
		assertThat(registered.json().path("person").path("phone").asString()).isEqualTo(typedPhone);
		assertThat(registered.json().path("person").path("idNumber").asString()).isEqualTo(Masking.idNumber(idNumber));

		long id = registered.json().path("id").asLong();
		assertHidden(api.get("demo-grid", "/api/v1/arrivals/" + id).body());
		assertHidden(api.get("demo-grid", "/api/v1/arrivals?from=" + day + "&to=" + day).body());
		Reply csv = api.get("demo-grid", "/api/v1/arrivals/ledger.csv?from=" + day + "&to=" + day);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("自报" + storedName.substring(1));
		assertHidden(csv.body());
		Reply xlsx = api.get("demo-grid", "/api/v1/arrivals/ledger.xlsx?from=" + day + "&to=" + day);
		assertThat(xlsx.status()).isEqualTo(200);
		String cells = TabularFile.readAll(new ByteArrayInputStream(xlsx.body())).stream()
			.map(line -> String.join("|", line.cells()))
			.collect(Collectors.joining("\n"));
		assertThat(cells).contains("自报" + storedName.substring(1));
		assertHidden(cells.getBytes(StandardCharsets.UTF_8));

		PageSession page = PageSession.signIn(port, "demo-grid");
		var shown = page.get("/arrivals/" + id);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("arrival-outsider").doesNotContain("/people/" + registered.json().path("personId").asLong());
		assertHidden(shown.body().getBytes(StandardCharsets.UTF_8));

		// Where the person lives, their own area sees them in full.
		Reply county = api.get("demo-county", "/api/v1/arrivals/" + id);
		assertThat(county.json().path("person").path("name").asString()).isEqualTo(storedName);
	}

	@Test
	void registeringThePersonAgainAnswersTheOutsiderView() {
		String grid = ArrivalTestSupport.areaOf(api, "demo-grid");
		Reply again = api.post("demo-grid", "/api/v1/people",
				Map.of("idNumber", idNumber, "name", "别人", "jurisdictionCode", grid));
		assertThat(again.status()).isEqualTo(409);
		assertHidden(again.body());
	}

	private void assertHidden(byte[] answer) {
		String text = new String(answer, StandardCharsets.UTF_8);
		assertThat(text).doesNotContain(storedName).doesNotContain(storedPhone).doesNotContain(idNumber)
			.doesNotContain(storedAddress);
	}
}
