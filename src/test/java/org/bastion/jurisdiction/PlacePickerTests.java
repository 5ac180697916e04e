package org.bastion.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The place picker's choices: found by name within the viewer's area, the tree walked down, and the forms using it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlacePickerTests {

	private static final String VILLAGE = "511528103201";

	private static final String OTHER_TOWNSHIP = "511528100";

	@LocalServerPort
	int port;

	@Test
	void aNameTypedOffersThePlacesOfTheViewersAreaWithTheirParent() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String found = township.fragment("/jurisdictions/choices?q=" + PageSession.enc("冷水桠")).body();
		assertThat(found).contains("data-code=\"" + VILLAGE + "\"").contains("data-label=\"冷水桠社区村民委员会 · 共乐镇\"");

		String elsewhere = township.fragment("/jurisdictions/choices?q=" + OTHER_TOWNSHIP).body();
		assertThat(elsewhere).doesNotContain("data-code=").contains("没有找到");

		PageSession county = PageSession.signIn(port, "demo-county");
		assertThat(county.fragment("/jurisdictions/choices?q=" + OTHER_TOWNSHIP).body())
			.contains("data-code=\"" + OTHER_TOWNSHIP + "\"");
	}

	@Test
	void theTreeIsWalkedDownFromTheViewersOwnArea() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String start = township.fragment("/jurisdictions/choices").body();
		assertThat(start).contains("data-code=\"" + JurisdictionApiTests.GONGLE + "\"")
			.contains("data-parent=\"" + JurisdictionApiTests.GONGLE + "\"");

		String below = township.fragment("/jurisdictions/choices?parent=" + JurisdictionApiTests.GONGLE).body();
		assertThat(below).contains("整个共乐镇").contains("data-code=\"" + VILLAGE + "\"");

		assertThat(township.fragment("/jurisdictions/choices?parent=" + OTHER_TOWNSHIP).statusCode()).isEqualTo(404);
	}

	@Test
	void aFormShowsThePlaceItHoldsByName() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String form = township.get("/arrivals/new").body();
		assertThat(form).contains("type=\"hidden\" id=\"jurisdictionCode\" name=\"jurisdictionCode\" value=\"" + JurisdictionApiTests.GONGLE + "\"")
			.contains("id=\"jurisdictionCode-search\"")
			.contains("value=\"共乐镇 · 兴文县\"")
			.doesNotContain("inputmode=\"numeric\" maxlength=\"24\" required");

		String filtered = township.get("/arrivals?jurisdiction=" + VILLAGE).body();
		assertThat(filtered).contains("name=\"jurisdiction\" value=\"" + VILLAGE + "\"").contains("value=\"冷水桠社区村民委员会 · 共乐镇\"");
	}

	@Test
	void aDestinationIsAnyPlaceOfTheTreeBeyondTheViewersArea() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		assertThat(township.fragment("/jurisdictions/destinations?q=" + OTHER_TOWNSHIP).body())
			.contains("data-code=\"" + OTHER_TOWNSHIP + "\"");
		String tops = township.fragment("/jurisdictions/destinations").body();
		assertThat(tops).contains("data-parent=").doesNotContain("没有找到");
		assertThat(township.fragment("/jurisdictions/destinations?parent=" + OTHER_TOWNSHIP).body())
			.contains("整个").contains("data-code=\"" + OTHER_TOWNSHIP);
		assertThat(township.fragment("/jurisdictions/destinations?parent=999999999").statusCode()).isEqualTo(404);
	}

	@Test
	void anOriginIsPickedFromTheNationalCatalogueByName() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String found = township.fragment("/divisions/choices?q=" + PageSession.enc("荆州")).body();
		assertThat(found).contains("data-code=\"421000\"").contains("data-label=\"湖北省荆州市\"")
			.contains("data-parent=\"421000\"");
		String below = township.fragment("/divisions/choices?parent=421000").body();
		assertThat(below).contains("整个湖北省荆州市").contains("data-code=\"421002\"");
		assertThat(township.fragment("/divisions/choices").body()).contains("输入地名的一部分");
	}
}
