package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.bastion.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site order picker's choices: the open orders at a site of the viewer's area by the person's name, not
 * the orders at home, nothing of another township, and not for a role that checks nobody in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteOrderPickerTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void aNameTypedOffersTheOpenOrdersAtASiteOfTheAreaAndNothingElse() throws Exception {
		String family = "隔选" + UUID.randomUUID().toString().substring(0, 4);
		long atSite = order(fx.person(HealthFixtures.TOWNSHIP, family + "甲"), "SITE");
		long atHome = order(fx.person(HealthFixtures.TOWNSHIP, family + "乙"), "HOME");
		long elsewhere = order(fx.person(HealthFixtures.OTHER_TOWNSHIP, family + "丁"), "SITE");

		PageSession township = PageSession.signIn(port, "demo-township");
		String found = township.fragment("/observations/site-choices?q=" + PageSession.enc(family)).body();
		assertThat(found).doesNotContain("<html").contains("data-code=\"" + atSite + "\"").contains(family + "甲 · ")
			.doesNotContain("data-code=\"" + atHome + "\"")
			.doesNotContain("data-code=\"" + elsewhere + "\"").doesNotContain(family + "丁");
		assertThat(township.fragment("/observations/site-choices?q=" + PageSession.enc(family + "乙")).body())
			.doesNotContain("data-code=").contains("没有这个姓名");
		// A name with LIKE's wildcard in it finds that name only.
		assertThat(township.fragment("/observations/site-choices?q=" + PageSession.enc("%" + family)).body())
			.doesNotContain("data-code=");

		PageSession county = PageSession.signIn(port, "demo-county");
		assertThat(county.fragment("/observations/site-choices?q=" + PageSession.enc(family)).body())
			.contains("data-code=\"" + atSite + "\"").contains("data-code=\"" + elsewhere + "\"");
		assertThat(PageSession.signIn(port, "demo-leader").fragment("/observations/site-choices?q=" + PageSession.enc(family))
			.statusCode()).isEqualTo(403);
	}

	private long order(long personId, String kind) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", personId);
		body.put("kind", kind);
		body.put("reason", "CLOSE_CONTACT");
		body.put("startDate", HealthFixtures.today().toString());
		HealthFixtures.Reply reply = fx.post("demo-county", "/api/v1/observations", body);
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
		return reply.json().path("id").asLong();
	}
}
