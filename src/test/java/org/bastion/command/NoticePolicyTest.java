package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.bastion.command.NoticePolicy.Directive;
import org.bastion.command.NoticePolicy.Place;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.JurisdictionPath;
import org.junit.jupiter.api.Test;

class NoticePolicyTest {

	static final Place COUNTY = place(JurisdictionLevel.COUNTY, "c");

	static final Place TOWNSHIP = place(JurisdictionLevel.TOWNSHIP, "c", "t");

	static final Place VILLAGE_A = place(JurisdictionLevel.VILLAGE, "c", "t", "va");

	static final Place VILLAGE_B = place(JurisdictionLevel.VILLAGE, "c", "t", "vb");

	static final Place GRID = place(JurisdictionLevel.GRID, "c", "t", "va", "g");

	static final Place OTHER_TOWNSHIP = place(JurisdictionLevel.TOWNSHIP, "c", "u");

	static final Place OTHER_VILLAGE = place(JurisdictionLevel.VILLAGE, "c", "u", "vc");

	static final List<Place> TOWNSHIP_BELOW = List.of(TOWNSHIP, VILLAGE_A, GRID, VILLAGE_B);

	@Test
	void aTownshipSendingToItsOwnAreaReachesItsVillagesNotItsOwnOffice() {
		assertThat(NoticePolicy.units(List.of(TOWNSHIP), Map.of("t", TOWNSHIP_BELOW), TOWNSHIP.path()))
			.containsExactly(VILLAGE_A, VILLAGE_B);
	}

	@Test
	void theCountySendingToATownshipReachesTheTownshipsOfficeAndItsVillages() {
		assertThat(NoticePolicy.units(List.of(TOWNSHIP), Map.of("t", TOWNSHIP_BELOW), COUNTY.path()))
			.containsExactly(TOWNSHIP, VILLAGE_A, VILLAGE_B);
		assertThat(NoticePolicy.units(List.of(COUNTY), Map.of("c", List.of(COUNTY, TOWNSHIP, VILLAGE_A, GRID, VILLAGE_B,
				OTHER_TOWNSHIP, OTHER_VILLAGE)), COUNTY.path()))
			.as("the whole county: every township and village, not the county's own office, no grid")
			.containsExactly(TOWNSHIP, VILLAGE_A, VILLAGE_B, OTHER_TOWNSHIP, OTHER_VILLAGE);
	}

	@Test
	void aVillageOrAGridChosenReadsItselfAndPlacesChosenTwiceCountOnce() {
		assertThat(NoticePolicy.units(List.of(GRID, VILLAGE_B, TOWNSHIP), Map.of("t", TOWNSHIP_BELOW), TOWNSHIP.path()))
			.containsExactly(VILLAGE_A, GRID, VILLAGE_B);
		assertThat(NoticePolicy.units(List.of(VILLAGE_A), Map.of(), TOWNSHIP.path())).containsExactly(VILLAGE_A);
	}

	@Test
	void anAccountReadsForTheDeepestPlaceHoldingItsArea() {
		List<Place> units = List.of(TOWNSHIP, VILLAGE_A, VILLAGE_B);
		assertThat(NoticePolicy.unitOf(GRID.path(), units)).contains(VILLAGE_A);
		assertThat(NoticePolicy.unitOf(VILLAGE_B.path(), units)).contains(VILLAGE_B);
		assertThat(NoticePolicy.unitOf(TOWNSHIP.path(), units)).contains(TOWNSHIP);
		assertThat(NoticePolicy.unitOf(COUNTY.path(), units)).as("the county oversees, it does not read").isEmpty();
		assertThat(NoticePolicy.unitOf(OTHER_VILLAGE.path(), units)).isEmpty();
	}

	@Test
	void onlyTheCountyPassesDirectivesDownAndAGuidelineFollowsADirectiveOnly() {
		assertThat(rules(NoticePolicy.kindProblems(NoticeKind.NOTICE, false, null, null))).isEmpty();
		assertThat(rules(NoticePolicy.kindProblems(NoticeKind.DIRECTIVE, true, null, null))).isEmpty();
		assertThat(rules(NoticePolicy.kindProblems(NoticeKind.DIRECTIVE, false, null, null))).containsExactly("kind:countyOnly");
		assertThat(rules(NoticePolicy.kindProblems(NoticeKind.NOTICE, true, 5L, new Directive(5, NoticeKind.DIRECTIVE))))
			.containsExactly("directiveId:guidelineOnly");
		assertThat(rules(NoticePolicy.kindProblems(NoticeKind.GUIDELINE, false, 5L, new Directive(5, NoticeKind.DIRECTIVE))))
			.isEmpty();
		assertThat(rules(NoticePolicy.kindProblems(NoticeKind.GUIDELINE, false, null, null))).containsExactly("directiveId:required");
		assertThat(rules(NoticePolicy.kindProblems(NoticeKind.GUIDELINE, false, 5L, null))).containsExactly("directiveId:known");
		assertThat(rules(NoticePolicy.kindProblems(NoticeKind.GUIDELINE, false, 5L, new Directive(5, NoticeKind.NOTICE))))
			.containsExactly("directiveId:directive");
		assertThat(rules(NoticePolicy.kindProblems(NoticeKind.GUIDELINE, false, 5L, new Directive(5, NoticeKind.GUIDELINE))))
			.containsExactly("directiveId:directive");
	}

	@Test
	void theTypeOfAnAttachmentIsReadFromItsBytesNotItsName() {
		assertThat(NoticePolicy.contentType(ascii("%PDF-1.7"), "x.jpg")).contains("application/pdf");
		assertThat(NoticePolicy.contentType(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, "a"))
			.contains("image/png");
		assertThat(NoticePolicy.contentType(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }, "p.png"))
			.contains("image/jpeg");
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 6, 0 };
		assertThat(NoticePolicy.contentType(zip, "方案.DOCX")).contains(
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(NoticePolicy.contentType(zip, "表.xlsx")).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(NoticePolicy.contentType(zip, "archive.zip")).as("an archive is no document").isEmpty();
		byte[] ole = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1 };
		assertThat(NoticePolicy.contentType(ole, "旧.doc")).contains("application/msword");
		assertThat(NoticePolicy.contentType(ole, "setup.msi")).isEmpty();
		assertThat(NoticePolicy.contentType(ascii("MZ\u0090\u0000"), "通知.pdf")).as("a program named .pdf").isEmpty();
		assertThat(NoticePolicy.contentType(ascii("<html><script>"), "a.pdf")).isEmpty();
		assertThat(NoticePolicy.contentType(ascii("%PD"), "short.pdf")).as("fewer bytes than the mark").isEmpty();
		assertThat(NoticePolicy.contentType(new byte[0], "empty.pdf")).isEmpty();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static List<String> rules(List<FieldViolation> problems) {
		return problems.stream().map(v -> v.field() + ":" + v.rule()).toList();
	}

	private static Place place(JurisdictionLevel level, String... codes) {
		return new Place(codes[codes.length - 1], JurisdictionPath.of(codes), level);
	}
}
