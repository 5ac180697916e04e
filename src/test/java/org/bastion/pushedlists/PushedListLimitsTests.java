package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.bastion.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A list past the rows of a file or the refused rows kept stops with a message that says so, keeping
 * the refused rows up to the limit for its error file. The limits are set low here, so that the files
 * stay small; in production they are two million rows and ten thousand refused ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "bastion.pushed-lists.max-rows=60", "bastion.pushed-lists.max-rejected-rows=10" })
class PushedListLimitsTests {

	@LocalServerPort
	int port;

	private PushedListClient api;

	@BeforeEach
	void client() {
		api = new PushedListClient(port);
	}

	@Test
	void pastTheRefusedRowsKeptTheImportStopsAndTheErrorFileHasTheFirstOnes() throws Exception {
		StringBuilder csv = new StringBuilder("姓名,身份证号\n");
		for (int i = 0; i < 5; i++) {
			csv.append("张").append(i).append(',').append(api.uniqueId()).append('\n');
		}
		for (int i = 0; i < 40; i++) {
			csv.append("李").append(i).append(",123\n");
		}
		JsonNode list = api.uploadAndWait("demo-county", "wrong.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(list.path("status").asString()).isEqualTo("FAILED");
		assertThat(list.path("failure").asString()).isEqualTo("pushedList.failure.tooManyRejected");
		assertThat(list.path("failureArgument").asString()).isEqualTo("10");
		assertThat(list.path("rejected").asInt()).isEqualTo(10);
		assertThat(list.path("accepted").asInt()).isZero();
		long id = list.path("id").asLong();
		assertThat(api.items("demo-county", "/api/v1/pushed-lists/" + id + "/entries")).isEmpty();
		String errors = new String(api.client("demo-county").get()
			.uri("/api/v1/pushed-lists/{id}/errors", id)
			.retrieve()
			.body(byte[].class), StandardCharsets.UTF_8);
		// The header, then the first ten refused rows: lines 7 to 16 of the file.
		assertThat(errors.lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))).containsExactly("7", "8",
				"9", "10", "11", "12", "13", "14", "15", "16");

		PageSession page = PageSession.signIn(port, "demo-county");
		assertThat(page.get("/pushed-lists/" + id).body())
			.contains("错误行超过 10 行，已停止，未导入任何人员；请检查文件是否选错或表头是否正确。");
	}

	@Test
	void pastTheRowsOfAFileTheImportStops() {
		StringBuilder csv = new StringBuilder("姓名,身份证号\n");
		for (int i = 0; i < 61; i++) {
			csv.append("王").append(i).append(',').append(api.uniqueId()).append('\n');
		}
		JsonNode list = api.uploadAndWait("demo-county", "long.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(list.path("status").asString()).isEqualTo("FAILED");
		assertThat(list.path("failure").asString()).isEqualTo("pushedList.failure.tooManyRows");
		assertThat(list.path("failureArgument").asString()).isEqualTo("60");
		assertThat(api.items("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries")).isEmpty();
	}

	@Test
	void aListOfExactlyTheRowsAllowedIsImported() {
		StringBuilder csv = new StringBuilder("姓名,身份证号\n");
		for (int i = 0; i < 60; i++) {
			csv.append("赵").append(i).append(',').append(api.uniqueId()).append('\n');
		}
		JsonNode list = api.uploadAndWait("demo-county", "full.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(list.path("status").asString()).isEqualTo("DONE");
		assertThat(list.path("accepted").asInt()).isEqualTo(60);
	}
}
