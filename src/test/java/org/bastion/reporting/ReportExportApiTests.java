package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipFile;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.jurisdiction.NewJurisdiction;
import org.bastion.security.SystemTask;
import org.bastion.shared.ReportFigureSource;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily report exported as the government's xlsx and as a DHIS2 data value set, over HTTP, from a
 * township of the test's own whose records a fixture figure source counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReportExportApiTests.FixtureFigures.class)
class ReportExportApiTests {

	static final String ARRIVALS = "exporttest.arrivals";

	static final String FEVERS = "exporttest.fevers";

	static final String OBSERVED = "exporttest.observed";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * A figure source for the test: fixed counts at the paths of the test's own townships, whatever the
	 * window, so that the export has figures on a branch where no module contributes any yet.
	 */
	@TestConfiguration
	static class FixtureFigures {

		static final Map<String, Map<String, Long>> COUNTS = new ConcurrentHashMap<>();

		@Bean
		ReportFigureSource exportTestFigures() {
			return new ReportFigureSource() {

				@Override
				public List<ReportFigure> figures() {
					return List.of(new ReportFigure(ARRIVALS, "exporttestArrivals", ReportFigure.Kind.FLOW),
							new ReportFigure(FEVERS, "exporttestHealth", ReportFigure.Kind.FLOW),
							new ReportFigure(OBSERVED, "exporttestHealth", ReportFigure.Kind.STOCK));
				}

				@Override
				public List<PlaceCount> counts(ReportWindow window, String scope) {
					String prefix = scope.substring(0, scope.length() - 1);
					List<PlaceCount> counts = new ArrayList<>();
					COUNTS.forEach((path, figures) -> {
						if (path.startsWith(prefix)) {
							figures.forEach((figure, count) -> counts.add(new PlaceCount(path, figure, count)));
						}
					});
					return counts;
				}
			};
		}
	}

	/** A township of the test's own under the demo county, with two villages and a grid. */
	record Township(String code, String name, String east, String west, String westGrid) {

		String path() {
			return "/511528/" + code + "/";
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, RestClient> clients = new LinkedHashMap<>();

	private Township township;

	private LocalDate yesterday;

	@BeforeEach
	void township() {
		String code = "X" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
		township = new Township(code, "导出测试镇" + code.substring(5), code + "E", code + "W", code + "WG");
		SystemTask.run(() -> {
			jurisdictions.create(new NewJurisdiction(township.code(), township.name(), "511528", JurisdictionLevel.TOWNSHIP));
			jurisdictions.create(new NewJurisdiction(township.east(), "东村", township.code(), JurisdictionLevel.VILLAGE));
			jurisdictions.create(new NewJurisdiction(township.west(), "西村", township.code(), JurisdictionLevel.VILLAGE));
			jurisdictions.create(new NewJurisdiction(township.westGrid(), "西村一组", township.west(), JurisdictionLevel.GRID));
		});
		FixtureFigures.COUNTS.put(township.path() + township.east() + "/", Map.of(ARRIVALS, 3L, OBSERVED, 2L));
		FixtureFigures.COUNTS.put(township.path() + township.west() + "/" + township.westGrid() + "/",
				Map.of(ARRIVALS, 1L));
		FixtureFigures.COUNTS.put(township.path(), Map.of(ARRIVALS, 2L));
		yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
	}

	@Test
	void theXlsxHasTheGovernmentLayoutWithATotalRowEqualToTheRollup() throws Exception {
		String label = "导出测试手填项" + township.code();
		Reply field = post("demo-county", "/api/v1/reports/manual-fields", Map.of("label", label));
		assertThat(field.status()).as(field.json().toString()).isEqualTo(201);
		long fieldId = field.json().path("id").asLong();
		try {
			theLayoutWithManualTotal(label);
		}
		finally {
			assertThat(client("demo-county").delete().uri("/api/v1/reports/manual-fields/" + fieldId).retrieve()
				.toBodilessEntity().getStatusCode().value()).isEqualTo(204);
		}
	}

	private void theLayoutWithManualTotal(String manualLabel) throws Exception {
		ResponseEntity<byte[]> file = xlsx("demo-county", "/api/v1/reports/export?format=xlsx&jurisdiction="
				+ township.code() + "&date=" + yesterday);
		assertThat(file.getStatusCode().value()).isEqualTo(200);
		assertThat(file.getHeaders().getContentType().toString()).isEqualTo(ReportExportWorkbook.CONTENT_TYPE);
		assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo(township.name() + "疫情防控日报表_"
				+ yesterday + ".xlsx");
		Map<Integer, List<String>> rows = rows(file.getBody());

		assertThat(rows.get(1).getFirst()).isEqualTo(township.name() + "疫情防控日报表");
		assertThat(rows.get(2).getFirst()).contains("填报单位：" + township.name()).contains(yesterday.toString())
			.contains("统计时段：" + yesterday.minusDays(1) + " 16:00 – " + yesterday + " 16:00");
		int arrivals = rows.get(4).indexOf(ARRIVALS);
		int fevers = rows.get(4).indexOf(FEVERS);
		int observed = rows.get(4).indexOf(OBSERVED);
		assertThat(rows.get(4).subList(0, 2)).containsExactly("名称", "代码");
		assertThat(rows.get(3).get(0)).isEqualTo("地区");
		assertThat(rows.get(3).get(arrivals)).isEqualTo("exporttestArrivals");
		assertThat(rows.get(3).get(fevers)).isEqualTo("exporttestHealth");
		assertThat(mergedCells(file.getBody())).contains(cell(3, fevers) + ":" + cell(3, observed));

		List<String> east = row(rows, "东村");
		List<String> west = row(rows, "西村");
		List<String> own = row(rows, township.name() + "（本级）");
		List<String> total = row(rows, "合计");
		assertThat(east.get(1)).isEqualTo(township.east());
		assertThat(List.of(east.get(arrivals), west.get(arrivals), own.get(arrivals))).containsExactly("3", "1", "2");
		JsonNode rollup = json(client("demo-county").get().uri("/api/v1/reports/rollup?jurisdiction=" + township.code()
				+ "&date=" + yesterday).retrieve().toEntity(String.class));
		for (int column : List.of(arrivals, fevers, observed)) {
			long sum = Long.parseLong(east.get(column)) + Long.parseLong(west.get(column)) + Long.parseLong(own.get(column));
			assertThat(Long.parseLong(total.get(column))).as(rows.get(4).get(column)).isEqualTo(sum)
				.isEqualTo(rollup.path("totals").path(rows.get(4).get(column)).asLong(0));
		}
		assertThat(total.get(arrivals)).isEqualTo("6");
		assertThat(total.get(fevers)).isEqualTo("0");

		assertThat(row(rows, "手填项")).hasSize(1);
		assertThat(row(rows, manualLabel).get(1)).as("no village has reported it").isEqualTo("0");
		String bottom = String.join("\n", rows.values().stream().map(r -> String.join(" ", r)).toList());
		assertThat(bottom).contains("负责人：").contains("填报人：").contains("联系电话：").contains("审核人：")
			.contains("导出时间：").contains("县指挥部 李明");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT' AND target = ?")
			.params("report:" + township.code() + ":" + yesterday)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDhis2DataValueSetKeepsZerosAndHoldsOnlyMappedDataElements() {
		Map<String, Object> mapping = Map.of("dataSet", "BastionDS01", "dataElements",
				Map.of(ARRIVALS, "ArrivalsD01", FEVERS, "FeversDE001"), "orgUnits", Map.of(township.east(), "CN-EAST"));
		Reply saved = put("demo-county", "/api/v1/reports/dhis2-mapping", mapping);
		assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
		assertThat(saved.json().path("unmappedFigures").valueStream().map(JsonNode::asString)).contains(OBSERVED)
			.doesNotContain(ARRIVALS, FEVERS);

		ResponseEntity<String> answer = client("demo-county").get()
			.uri("/api/v1/reports/export?format=dhis2&jurisdiction=" + township.code() + "&date=" + yesterday)
			.retrieve()
			.toEntity(String.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		assertThat(answer.getHeaders().getFirst(ReportExportController.UNMAPPED_HEADER)).contains(OBSERVED)
			.doesNotContain(ARRIVALS);
		JsonNode set = json(answer);
		String period = yesterday.format(DateTimeFormatter.BASIC_ISO_DATE);
		assertThat(set.path("dataSet").asString()).isEqualTo("BastionDS01");
		assertThat(set.path("period").asString()).isEqualTo(period).matches("\\d{8}");
		assertThat(set.path("orgUnit").asString()).isEqualTo(township.code());
		List<JsonNode> values = set.path("dataValues").valueStream().toList();
		assertThat(values).hasSize(6);
		assertThat(values).allSatisfy(v -> {
			assertThat(v.path("period").asString()).isEqualTo(period);
			assertThat(v.path("dataElement").asString()).isIn("ArrivalsD01", "FeversDE001");
			assertThat(v.path("value").isString()).isTrue();
		});
		assertThat(value(values, "ArrivalsD01", "CN-EAST")).isEqualTo("3");
		assertThat(value(values, "FeversDE001", "CN-EAST")).isEqualTo("0");
		assertThat(value(values, "ArrivalsD01", township.west())).isEqualTo("1");
		assertThat(value(values, "ArrivalsD01", township.code())).isEqualTo("2");
		assertThat(values.stream().filter(v -> v.path("value").asString().equals("0")).count()).isEqualTo(3);
	}

	@Test
	void theMappingRefusesWhatDhis2WouldNotTakeNamingTheFieldAndOnlyHqEditsIt() {
		Reply bad = put("demo-county", "/api/v1/reports/dhis2-mapping", Map.of("dataSet", "1astionDS01",
				"dataElements", Map.of(ARRIVALS, "Arrivals-01", "nobody.counts", "ArrivalsD01"),
				"orgUnits", Map.of("NOSUCHAREA", "X")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("violations").valueStream()
			.map(v -> v.path("field").asString() + " " + v.path("rule").asString()))
			.containsExactlyInAnyOrder("dataSet uid", "dataElements." + ARRIVALS + " uid",
					"dataElements.nobody.counts figure", "orgUnits.NOSUCHAREA area");
		assertThat(bad.json().path("violations").get(0).path("message").asString()).contains("11");
		assertThat(put("demo-township", "/api/v1/reports/dhis2-mapping", Map.of("dataElements", Map.of())).status())
			.isEqualTo(403);
		assertThat(client("demo-township").get().uri("/api/v1/reports/dhis2-mapping").retrieve().toEntity(String.class)
			.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void badInputIsAnsweredClearly() {
		Reply format = get("demo-county", "/api/v1/reports/export?format=pdf&jurisdiction=" + township.code());
		assertThat(format.status()).isEqualTo(400);
		assertThat(format.json().path("violations").get(0).path("field").asString()).isEqualTo("format");
		assertThat(format.json().path("violations").get(0).path("message").asString()).contains("xlsx").contains("dhis2");
		Reply future = get("demo-county", "/api/v1/reports/export?format=dhis2&jurisdiction=" + township.code()
				+ "&date=" + yesterday.plusDays(4));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().path("violations").get(0).path("field").asString()).isEqualTo("date");
		assertThat(get("demo-county", "/api/v1/reports/export?format=dhis2&jurisdiction=NOSUCHPLACE").status())
			.isEqualTo(404);
	}

	@Test
	void aTownshipCannotExportAnotherTownship() {
		assertThat(get("demo-township", "/api/v1/reports/export?format=dhis2&jurisdiction=" + township.code()).status())
			.isEqualTo(404);
		assertThat(get("demo-township", "/api/v1/reports/export?format=dhis2&jurisdiction=511528100").status())
			.isEqualTo(404);
		assertThat(xlsx("demo-township", "/api/v1/reports/export?jurisdiction=511528100").getStatusCode().value())
			.isEqualTo(404);
		assertThat(get("demo-township", "/api/v1/reports/export?format=dhis2&jurisdiction=511528103").status())
			.isEqualTo(200);
	}

	@Test
	void theExportPageOffersThePlacesByNameAndItsButtonDownloadsTheFile() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		HttpResponse<String> page = county.get("/reports/export");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"" + township.code() + "\"").contains(township.name())
			.contains("id=\"export-download\"").contains("/reports/dhis2-mapping");
		HttpResponse<byte[]> download = county.getBytes("/reports/export/download?jurisdiction=" + township.code()
				+ "&date=" + yesterday + "&format=xlsx");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(rows(download.body()).get(1).getFirst()).isEqualTo(township.name() + "疫情防控日报表");

		PageSession other = PageSession.signIn(port, "demo-township");
		assertThat(other.get("/reports/export").body()).doesNotContain(township.code());
		assertThat(other.get("/reports/dhis2-mapping").statusCode()).isEqualTo(403);
	}

	@Test
	void hqEditsTheMappingOnItsPageAndSeesTheRuleBesideABadField() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		HttpResponse<String> page = county.get("/reports/dhis2-mapping");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"element." + ARRIVALS + "\"");
		HttpResponse<String> refused = county.post("/reports/dhis2-mapping", Map.of("dataSet", "",
				"element." + ARRIVALS, "short", "orgUnits", ""), "/reports/dhis2-mapping");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"dhis2-exporttest-arrivals-error\"").contains("11");
		HttpResponse<String> saved = county.post("/reports/dhis2-mapping", Map.of("dataSet", "",
				"element." + ARRIVALS, "ArrivalsD01", "orgUnits", township.east() + "=CN-EAST"), "/reports/dhis2-mapping");
		assertThat(saved.statusCode()).isEqualTo(302);
		JsonNode mapping = get("demo-county", "/api/v1/reports/dhis2-mapping").json();
		assertThat(mapping.path("dataElements").path(ARRIVALS).asString()).isEqualTo("ArrivalsD01");
		assertThat(mapping.path("orgUnits").path(township.east()).asString()).isEqualTo("CN-EAST");
		assertThat(mapping.path("dataSet").isNull()).isTrue();
	}

	record Reply(int status, JsonNode json) {
	}

	private RestClient client(String username) {
		return clients.computeIfAbsent(username, name -> ApiClient.signedIn(port, name));
	}

	private Reply get(String username, String path) {
		ResponseEntity<String> entity = client(username).get().uri(path).retrieve().toEntity(String.class);
		return new Reply(entity.getStatusCode().value(), json(entity));
	}

	private Reply post(String username, String path, Object body) {
		ResponseEntity<String> entity = client(username).post().uri(path).contentType(MediaType.APPLICATION_JSON)
			.body(body).retrieve().toEntity(String.class);
		return new Reply(entity.getStatusCode().value(), json(entity));
	}

	private Reply put(String username, String path, Object body) {
		ResponseEntity<String> entity = client(username).put().uri(path).contentType(MediaType.APPLICATION_JSON)
			.body(body).retrieve().toEntity(String.class);
		return new Reply(entity.getStatusCode().value(), json(entity));
	}

	private ResponseEntity<byte[]> xlsx(String username, String path) {
		return client(username).get().uri(path).accept(MediaType.ALL).retrieve().toEntity(byte[].class);
	}

	private static JsonNode json(ResponseEntity<String> entity) {
		String body = entity.getBody();
		return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
	}

	private static String value(List<JsonNode> values, String dataElement, String orgUnit) {
		return values.stream()
			.filter(v -> v.path("dataElement").asString().equals(dataElement) && v.path("orgUnit").asString().equals(orgUnit))
			.map(v -> v.path("value").asString())
			.reduce((a, b) -> a + "," + b)
			.orElse(null);
	}

	/** The sheet's rows by their number in Excel (1 for the title), each cell as its text. */
	private static Map<Integer, List<String>> rows(byte[] xlsx) throws IOException {
		Map<Integer, List<String>> rows = new LinkedHashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCellText(c));
				}
				rows.put(row.getRowNum(), cells);
			}
		}
		return rows;
	}

	private static List<String> row(Map<Integer, List<String>> rows, String first) {
		Optional<List<String>> row = rows.values().stream().filter(r -> !r.isEmpty() && r.getFirst().equals(first)).findFirst();
		assertThat(row).as("a row of %s", first).isPresent();
		return row.orElseThrow();
	}

	/** The sheet's XML, where its merged ranges stand as Excel writes them ({@code C3:E3}). */
	private static String mergedCells(byte[] xlsx) throws IOException {
		Path file = Files.createTempFile("report-export", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
						StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(file);
		}
	}

	/** A cell's name: row from 1, column from 0. */
	/** The cell's reference: A for the first column, Z, then AA, AB … as the sheet names them. */
	private static String cell(int row, int column) {
		String letters = "";
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			letters = (char) ('A' + (c - 1) % 26) + letters;
		}
		return letters + row;
	}
}
