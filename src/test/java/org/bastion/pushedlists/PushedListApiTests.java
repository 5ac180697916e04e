package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.bastion.people.IdNumber;
import org.bastion.shared.TabularFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/** Uploading lists over HTTP: the samples, matching and dispatch, the error file, and files refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushedListApiTests {

	static final Charset GBK = Charset.forName("GBK");

	@LocalServerPort
	int port;

	private PushedListClient api;

	@BeforeEach
	void client() {
		api = new PushedListClient(port);
	}

	@Test
	void theGbkCsvSampleKeeps494RowsAndReportsTheSixBadOnes() throws IOException {
		JsonNode list = api.uploadAndWait("demo-county", "pushed-list-xingwen-2020-02-03.csv", api.sample("pushed-list-xingwen-2020-02-03.csv"),
				null);
		assertThat(list.path("status").asString()).isEqualTo("DONE");
		assertThat(list.path("rows").asInt()).isEqualTo(500);
		assertThat(list.path("accepted").asInt()).isEqualTo(494);
		assertThat(list.path("rejected").asInt()).isEqualTo(6);
		assertThat(list.path("progress").asInt()).isEqualTo(100);
		assertThat(list.path("dispatched").asInt()).isEqualTo(494);
		assertThat(list.path("outcomes").path("OPEN").asLong()).isEqualTo(494);

		ResponseEntity<byte[]> errors = api.client("demo-county").get()
			.uri("/api/v1/pushed-lists/{id}/errors", list.path("id").asLong())
			.header("Accept-Language", "zh-CN")
			.retrieve()
			.toEntity(byte[].class);
		assertThat(errors.getStatusCode().value()).isEqualTo(200);
		String csv = new String(errors.getBody(), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().skip(1).toList();
		// CSV lines are the data row's 序号 + 1 (the header is line 1).
		assertThat(lines).hasSize(6);
		assertThat(lines).extracting(l -> l.substring(0, l.indexOf(',')))
			.containsExactly("14", "59", "102", "223", "304", "405");
		assertThat(csv).contains("校验位").contains("11 位手机号").contains("姓名为空").contains("出生日期不存在")
			.contains("到达日期不是有效日期").contains("位数不对");
	}

	@Test
	void theXlsxSampleWithATitleAboveItsHeaderGivesTheSameCounts() throws IOException {
		JsonNode list = api.uploadAndWait("demo-county", "pushed-list-xingwen-2020-02-03.xlsx",
				api.sample("pushed-list-xingwen-2020-02-03.xlsx"), null);
		assertThat(list.path("status").asString()).isEqualTo("DONE");
		assertThat(list.path("rows").asInt()).isEqualTo(500);
		assertThat(list.path("accepted").asInt()).isEqualTo(494);
		assertThat(list.path("rejected").asInt()).isEqualTo(6);

		ResponseEntity<byte[]> xlsx = api.client("demo-county").get()
			.uri("/api/v1/pushed-lists/{id}/errors?format=xlsx", list.path("id").asLong())
			.retrieve()
			.toEntity(byte[].class);
		assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
		assertThat(xlsx.getBody()).startsWith('P', 'K');
	}

	/**
	 * The result goes back up in the sender's own cells, whatever the entry keeps in columns of its own:
	 * every kept row of the sample, cell by cell, including dates and numbers written their own way.
	 */
	@Test
	void theResultGivesBackEveryKeptRowAsTheSenderWroteIt() throws IOException {
		byte[] sample = api.sample("pushed-list-xingwen-2020-02-03.csv");
		JsonNode list = api.uploadAndWait("demo-county", "result.csv", sample, null);
		assertThat(list.path("accepted").asInt()).isEqualTo(494);
		List<TabularFile.Line> sent = TabularFile.readAll(new ByteArrayInputStream(sample));
		int width = sent.getFirst().cells().size();
		List<Integer> refused = List.of(14, 59, 102, 223, 304, 405);
		List<List<String>> expected = sent.stream()
			.skip(1)
			.filter(line -> !refused.contains(line.number()))
			.map(line -> padded(line.cells(), width))
			.toList();

		ResponseEntity<byte[]> result = api.client("demo-county").get()
			.uri("/api/v1/pushed-lists/{id}/result.xlsx", list.path("id").asLong())
			.retrieve()
			.toEntity(byte[].class);

		// Under the title block, the sender's header and then one row per kept entry, in the file's order.
		List<List<String>> returned = TabularFile.readAll(new ByteArrayInputStream(result.getBody()))
			.stream()
			.map(line -> padded(line.cells(), width).subList(0, width))
			.toList();
		int header = returned.indexOf(sent.getFirst().cells());
		assertThat(header).isNotNegative();
		List<List<String>> rows = returned.subList(header + 1, returned.size());
		assertThat(rows).hasSize(494);
		for (int i = 0; i < rows.size(); i++) {
			assertThat(rows.get(i)).as("row %d of the result", i + 1).isEqualTo(expected.get(i));
		}
	}

	private static List<String> padded(List<String> cells, int width) {
		List<String> row = new ArrayList<>(cells);
		while (row.size() < width) {
			row.add("");
		}
		return row;
	}

	@Test
	void rowsAreMatchedByIdOrNameAndPhoneAndDispatchedToTheGridOrTheTownship() throws IOException {
		String grid = api.me("demo-grid").path("jurisdictionCode").asString();
		String byId = api.uniqueId();
		String name = "配" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		String phone = api.uniquePhone();
		long personById = api.register(byId, "核" + ThreadLocalRandom.current().nextInt(100_000, 999_999), null, grid);
		long personByPhone = api.register(api.uniqueId(), name, phone, grid);
		String unknown = api.uniqueId();
		String csv = """
				姓名,身份证号,手机号,来源地,到达日期,所属乡镇
				张甲,%s,,湖北省武汉市,2020-01-25,古宋镇
				%s,,%s,湖北省孝感市,2020/1/26,古宋镇
				李乙,%s,,浙江省温州市,2020年1月27日,共乐镇
				王丙,,%s,广东省深圳市,20200128,
				""".formatted(byId, name, phone, unknown, api.uniquePhone());
		JsonNode list = api.uploadAndWait("demo-county", "list.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		assertThat(list.path("accepted").asInt()).isEqualTo(4);
		assertThat(list.path("matched").asInt()).isEqualTo(2);
		assertThat(list.path("dispatched").asInt()).isEqualTo(3);

		JsonNode entries = api.items("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries");
		assertThat(entries.get(0).path("personId").asLong()).isEqualTo(personById);
		assertThat(entries.get(0).path("jurisdictionCode").asString()).isEqualTo(grid);
		assertThat(entries.get(0).path("dispatchedTo").asString()).isEqualTo("PERSON");
		assertThat(entries.get(1).path("personId").asLong()).isEqualTo(personByPhone);
		assertThat(entries.get(1).path("jurisdictionCode").asString()).isEqualTo(grid);
		assertThat(entries.get(2).path("jurisdictionCode").asString()).isEqualTo("511528103");
		assertThat(entries.get(2).path("dispatchedTo").asString()).isEqualTo("TOWNSHIP");
		assertThat(entries.get(3).path("jurisdictionCode").asString()).isEqualTo("511528");
		assertThat(entries.get(3).path("dispatchedTo").asString()).isEqualTo("LIST");
		assertThat(entries.get(0).path("arrivalDate").asString()).isEqualTo("2020-01-25");
		String entriesPath = "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries";
		JsonNode firstPage = api.get("demo-county", entriesPath + "?limit=3");
		assertThat(firstPage.path("items").valueStream().map(e -> e.path("id").asLong()))
			.containsExactly(entries.get(0).path("id").asLong(), entries.get(1).path("id").asLong(),
					entries.get(2).path("id").asLong());
		assertThat(firstPage.path("nextCursor").asString()).isEqualTo(entries.get(2).path("id").asString());
		JsonNode lastPage = api.get("demo-county",
				entriesPath + "?limit=3&cursor=" + firstPage.path("nextCursor").asString());
		assertThat(lastPage.path("items").valueStream().map(e -> e.path("id").asLong()))
			.containsExactly(entries.get(3).path("id").asLong());
		assertThat(lastPage.path("nextCursor").isNull()).isTrue();
		JsonNode badCursor = api.get("demo-county", entriesPath + "?cursor=abc");
		assertThat(badCursor.path("status").asInt()).isEqualTo(400);
		assertThat(badCursor.path("violations").findValuesAsString("field")).containsExactly("cursor");

		JsonNode progress = api.get("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/progress");
		assertThat(progress.path("total").path("entries").asLong()).isEqualTo(4);
		assertThat(progress.path("areas").findValuesAsString("code")).contains("511528", "511528103");

		// The township sees the list, but only its own part of it.
		JsonNode township = api.items("demo-township", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries");
		assertThat(township).hasSize(3);
	}

	@Test
	void pagesAndApiApplyOneRulePerRoleAndShowTheViewersOwnFigures() throws Exception {
		String grid = api.me("demo-grid").path("jurisdictionCode").asString();
		String byId = api.uniqueId();
		api.register(byId, "区" + ThreadLocalRandom.current().nextInt(100_000, 999_999), null, grid);
		String csv = """
				姓名,身份证号,手机号,来源地,到达日期,所属乡镇
				张甲,%s,,湖北省武汉市,2020-01-25,
				李乙,%s,,浙江省温州市,2020-01-27,共乐镇
				王丙,%s,,广东省深圳市,2020-01-28,古宋镇
				赵丁,,,,,
				""".formatted(byId, api.uniqueId(), api.uniqueId());
		JsonNode list = api.uploadAndWait("demo-county", "roles.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		long id = list.path("id").asLong();
		assertThat(list.path("wholeList").asBoolean()).isTrue();
		assertThat(list.path("rows").asInt()).isEqualTo(4);
		assertThat(list.path("rejected").asInt()).isEqualTo(1);
		assertThat(list.path("areaEntries").asLong()).isEqualTo(3);

		// The grid verifies its entries on its own list; the list as a whole is not its to read, by any door.
		for (String path : List.of("", "/progress", "/entries", "/errors", "/result.xlsx")) {
			assertThat(status("demo-grid", "/api/v1/pushed-lists/" + id + path)).as(path).isEqualTo(403);
		}
		assertThat(status("demo-grid", "/api/v1/pushed-lists")).isEqualTo(403);
		JsonNode recent = api.get("demo-county", "/api/v1/pushed-lists?limit=50");
		assertThat(recent.path("items").valueStream().map(item -> item.path("id").asLong())).contains(id);
		assertThat(recent.path("nextCursor").isNull()).isTrue();
		PageSession gridPages = PageSession.signIn(port, "demo-grid");
		for (String path : List.of("", "/status", "/errors.csv", "/result.xlsx")) {
			assertThat(gridPages.get("/pushed-lists/" + id + path).statusCode()).as(path).isEqualTo(403);
		}

		// A township inside the county's list reads its own part: its entries, not the file's counts or refused rows.
		JsonNode township = api.get("demo-township", "/api/v1/pushed-lists/" + id);
		assertThat(township.path("wholeList").asBoolean()).isFalse();
		assertThat(township.path("rows").isNull()).isTrue();
		assertThat(township.path("rejected").isNull()).isTrue();
		assertThat(township.path("matched").isNull()).isTrue();
		assertThat(township.path("areaEntries").asLong()).isEqualTo(2);
		assertThat(township.path("outcomes").path("OPEN").asLong()).isEqualTo(2);
		assertThat(status("demo-township", "/api/v1/pushed-lists/" + id + "/errors")).isEqualTo(403);
		PageSession townshipPages = PageSession.signIn(port, "demo-township");
		String page = townshipPages.get("/pushed-lists/" + id).body();
		assertThat(page).contains("id=\"list-area-entries\"").doesNotContain("id=\"list-rows\"")
			.doesNotContain("errors.csv");
		assertThat(townshipPages.get("/pushed-lists/" + id + "/errors.csv").statusCode()).isEqualTo(403);
	}

	private int status(String user, String path) {
		return api.client(user).get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
	}

	@Test
	void columnsTheHeaderDoesNotNameAreMappedByTheCaller() throws IOException {
		String csv = "甲,乙,丙\n张丁,%s,湖北\n".formatted(api.uniqueId());
		ResponseEntity<JsonNode> refused = api.upload("demo-county", "odd.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().path("violations").findValuesAsString("field")).contains("columns");

		JsonNode list = api.uploadAndWait("demo-county", "odd.csv", csv.getBytes(StandardCharsets.UTF_8),
				"{\"0\": \"NAME\", \"1\": \"ID_NUMBER\", \"2\": \"ORIGIN\"}");
		assertThat(list.path("status").asString()).isEqualTo("DONE");
		assertThat(list.path("accepted").asInt()).isEqualTo(1);
	}

	@Test
	void aListWithEveryRowBadFailsWithItsErrorFile() throws IOException {
		String csv = "姓名,身份证号\n,%s\n张戊,123\n".formatted(api.uniqueId());
		JsonNode list = api.uploadAndWait("demo-county", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		assertThat(list.path("status").asString()).isEqualTo("FAILED");
		assertThat(list.path("failure").asString()).isEqualTo("pushedList.failure.allRowsBad");
		assertThat(list.path("rejected").asInt()).isEqualTo(2);
		assertThat(list.path("accepted").asInt()).isZero();
	}

	@Test
	void choosingNotToKeepGoodRowsImportsNothingWhenARowIsBad() throws IOException {
		String csv = "姓名,身份证号\n张己,%s\n李庚,123\n".formatted(api.uniqueId());
		MultiValueMap<String, Object> parts = api.parts("strict.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		parts.add("keepGoodRows", "false");
		JsonNode list = api.waitFor("demo-county", api.post("demo-county", parts).getBody().path("id").asLong());
		assertThat(list.path("status").asString()).isEqualTo("FAILED");
		assertThat(list.path("failure").asString()).isEqualTo("pushedList.failure.rowsRefused");
		assertThat(api.items("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries")).isEmpty();
	}

	@Test
	void badFilesAreRefusedNamingTheFile() throws IOException {
		assertFileRefused(api.upload("demo-county", "empty.csv", new byte[0], null));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
		assertFileRefused(api.upload("demo-county", "photo.png", png, null));
		ResponseEntity<JsonNode> xls = api.upload("demo-county", "list.xls", api.sample("pushed-list-xingwen-2020-02-03.xls"),
				null);
		assertFileRefused(xls);
		assertThat(xls.getBody().path("violations").get(0).path("message").asString()).contains("xlsx");
		ResponseEntity<JsonNode> headerless = api.upload("demo-county", "headerless.csv",
				"张三,%s,13812345678\n".formatted(api.uniqueId()).getBytes(StandardCharsets.UTF_8), null);
		assertThat(headerless.getStatusCode().value()).isEqualTo(400);
		assertThat(headerless.getBody().path("violations").findValuesAsString("field")).contains("columns");
		ResponseEntity<JsonNode> utf16 = api.upload("demo-county", "utf16.csv", "姓名,身份证号\n".getBytes(StandardCharsets.UTF_16LE),
				null);
		assertFileRefused(utf16);
	}

	@Test
	void gridWorkersAndLeadersCannotUpload() {
		assertThat(api.upload("demo-grid", "list.csv", "姓名,手机号\n张三,13812345678\n".getBytes(StandardCharsets.UTF_8), null)
			.getStatusCode().value()).isEqualTo(403);
		assertThat(api.upload("demo-leader", "list.csv", "姓名,手机号\n张三,13812345678\n".getBytes(StandardCharsets.UTF_8), null)
			.getStatusCode().value()).isEqualTo(403);
	}

	/**
	 * One cell far over the cell limit refuses its row, naming the column and the limit, and so does a
	 * row over the 4,000 characters a row is stored in (which failed the whole list when its refusal was
	 * written); the good rows stay.
	 */
	@Test
	void aCellOverTheLimitRefusesItsRowNotTheList() {
		String wide = ("," + "宽".repeat(900)).repeat(5);
		String csv = "姓名,身份证号,住址\n张辛,%s,共乐镇\n李壬,%s,%s\n王癸,%s,大坝镇\n赵甲,%s,共乐镇%s\n".formatted(
				api.uniqueId(), api.uniqueId(), "长".repeat(5000), api.uniqueId(), api.uniqueId(), wide);
		JsonNode list = api.uploadAndWait("demo-county", "long.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		assertThat(list.path("status").asString()).isEqualTo("DONE");
		assertThat(list.path("accepted").asInt()).isEqualTo(2);
		assertThat(list.path("rejected").asInt()).isEqualTo(2);
		String errors = new String(api.client("demo-county").get()
			.uri("/api/v1/pushed-lists/{id}/errors", list.path("id").asLong())
			.header("Accept-Language", "zh-CN")
			.retrieve()
			.body(byte[].class), StandardCharsets.UTF_8);
		assertThat(errors.lines().skip(1).toList()).satisfiesExactly(
				line -> assertThat(line).startsWith("3,第 3 列的内容超过 1000 个字，整行未导入。,李壬,"),
				line -> assertThat(line).startsWith("5,这一行内容太长（超过 4000 字）。,赵甲,"));
	}

	/** Excel's "Unicode text": UTF-16 little-endian with a byte order mark, cells separated by tabs. */
	@Test
	void excelsUnicodeTextIsAList() {
		String text = "姓名\t身份证号\t联系电话\r\n张子\t%s\t%s\r\n欧阳丑\t%s\t\r\n".formatted(api.uniqueId(),
				api.uniquePhone(), api.uniqueId());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		bytes.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
		JsonNode list = api.uploadAndWait("demo-county", "unicode.txt", bytes.toByteArray(), null);
		assertThat(list.path("status").asString()).isEqualTo("DONE");
		assertThat(list.path("accepted").asInt()).isEqualTo(2);
		assertThat(list.path("headerCells").valueStream().map(JsonNode::asString).toList())
			.containsExactly("姓名", "身份证号", "联系电话");
		JsonNode entries = api.items("demo-county", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries");
		assertThat(entries.findValuesAsString("name")).containsExactlyInAnyOrder("张子", "欧阳丑");
	}

	/**
	 * A zip bomb of 1 MB whose one shared string inflates to 1 GiB, three at once: each is refused with
	 * the ratio it passed, long before the workbook reader could build the string, and the server goes on.
	 */
	@Test
	void threeZipBombsAtOnceAreRefusedAndTheServerGoesOn() throws Exception {
		byte[] bomb = ZipBombs.sharedString(1L << 30);
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		List<java.util.concurrent.CompletableFuture<ResponseEntity<JsonNode>>> uploads = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			uploads.add(java.util.concurrent.CompletableFuture
				.supplyAsync(() -> api.upload("demo-county", "bomb.xlsx", bomb, null)));
		}
		for (var upload : uploads) {
			ResponseEntity<JsonNode> reply = upload.get();
			assertFileRefused(reply);
			assertThat(reply.getBody().path("violations").get(0).path("message").asString()).contains("压缩比超过 100 倍");
		}
		JsonNode list = api.uploadAndWait("demo-county", "after.csv",
				"姓名,身份证号\n张寅,%s\n".formatted(api.uniqueId()).getBytes(StandardCharsets.UTF_8), null);
		assertThat(list.path("status").asString()).isEqualTo("DONE");
	}

	private void assertFileRefused(ResponseEntity<JsonNode> reply) {
		assertThat(reply.getStatusCode().value()).isEqualTo(400);
		assertThat(reply.getBody().path("violations").findValuesAsString("field")).contains("file");
	}

}
