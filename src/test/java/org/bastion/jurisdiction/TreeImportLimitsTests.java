package org.bastion.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * A tree file past the rows a tree file may have, or with more refused rows than are kept, is refused
 * whole with a message that says so, and nothing of it is imported. The limits are set low here so that
 * the files stay small; in production they are 200,000 rows and 10,000 refused ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "bastion.jurisdictions.import.max-rows=20",
		"bastion.jurisdictions.import.max-rejected-rows=5" })
class TreeImportLimitsTests {

	private static final String VILLAGE = "511528103201";

	@LocalServerPort
	int port;

	@Test
	void pastTheRowsOfATreeFileNothingIsImported() {
		StringBuilder csv = new StringBuilder("区划代码,名称,上级代码\n");
		String first = JurisdictionApiTests.newCode();
		csv.append(first).append(",第一组,").append(VILLAGE).append('\n');
		for (int i = 0; i < 20; i++) {
			csv.append(JurisdictionApiTests.newCode()).append(",某组,").append(VILLAGE).append('\n');
		}
		var answer = JurisdictionApiTests.importFile(ApiClient.signedIn(port, "demo-county"), "big.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));
		assertRefused(answer.getStatusCode(), answer.getBody(),
				"区划树文件超过 20 行，未导入：一个县的区划树只有几千行，请确认选对了文件。");
		assertThat(ApiClient.signedIn(port, "demo-county").get().uri("/api/v1/jurisdictions/" + first).retrieve()
			.toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void pastTheRefusedRowsKeptNothingIsImported() {
		StringBuilder csv = new StringBuilder("区划代码,名称,上级代码\n");
		String good = JurisdictionApiTests.newCode();
		csv.append(good).append(",好组,").append(VILLAGE).append('\n');
		for (int i = 0; i < 6; i++) {
			csv.append(JurisdictionApiTests.newCode()).append(",孤儿组,999999999999999\n");
		}
		var answer = JurisdictionApiTests.importFile(ApiClient.signedIn(port, "demo-county"), "wrong.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));
		assertRefused(answer.getStatusCode(), answer.getBody(),
				"错误行超过 5 行，已停止，未导入任何区划；请检查文件是否选错或表头是否正确。");
		// The good row was written before the refused ones were counted; it went with the rest.
		assertThat(ApiClient.signedIn(port, "demo-county").get().uri("/api/v1/jurisdictions/" + good).retrieve()
			.toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@SuppressWarnings("unchecked")
	private static void assertRefused(org.springframework.http.HttpStatusCode status, Map<String, Object> body,
			String message) {
		assertThat(status.value()).isEqualTo(400);
		List<Map<String, Object>> violations = (List<Map<String, Object>>) body.get("violations");
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v).containsEntry("field", "file");
			assertThat(v).containsEntry("message", message);
		});
	}
}
