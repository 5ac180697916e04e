package org.bastion.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The jurisdiction API over HTTP against the demo county (兴文县 511528), as each demo account sees it.
 * The database is shared with other tests: every node made here has a fresh random code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JurisdictionApiTests {

	static final String COUNTY = "511528";

	static final String GONGLE = "511528103";

	/** 古宋镇: a township outside demo-township's 共乐镇. */
	static final String GUSONG = "511528100";

	static final String VILLAGE = "511528103201";

	static final String OTHER_VILLAGE = "511528103202";

	@LocalServerPort
	int port;

	@Test
	void aNodeHasItsCodeNameLevelPathAndParent() {
		var county = get(client("demo-county"), "/api/v1/jurisdictions/" + COUNTY);
		assertThat(county.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(county.getBody()).containsEntry("code", COUNTY)
			.containsEntry("name", "兴文县")
			.containsEntry("level", "COUNTY")
			.containsEntry("path", "/511528/")
			.containsEntry("parentCode", null);

		var township = get(client("demo-county"), "/api/v1/jurisdictions/" + GONGLE);
		assertThat(township.getBody()).containsEntry("name", "共乐镇")
			.containsEntry("level", "TOWNSHIP")
			.containsEntry("path", "/511528/511528103/")
			.containsEntry("parentCode", COUNTY);
	}

	@Test
	void childrenCarryCodeNameLevelAndPath() {
		List<Map<String, Object>> townships = items(get(client("demo-county"), "/api/v1/jurisdictions/" + COUNTY + "/children"));
		// The demo's twelve, and those other tests of the run add beside them (tests share the database).
		assertThat(townships).hasSizeGreaterThanOrEqualTo(12).anyMatch(t -> GONGLE.equals(t.get("code"))).allSatisfy(t -> {
			assertThat(t.get("level")).isEqualTo("TOWNSHIP");
			assertThat((String) t.get("path")).isEqualTo("/511528/" + t.get("code") + "/");
		});
		assertThat(townships).extracting(t -> t.get("name")).contains("共乐镇", "古宋镇");

		List<Map<String, Object>> villages = items(get(client("demo-county"), "/api/v1/jurisdictions/" + GONGLE + "/children"));
		// The sample tree hangs two grids right under the township, beside its villages.
		assertThat(villages).isNotEmpty().allSatisfy(v -> {
			assertThat(v.get("level")).isIn("VILLAGE", "GRID");
			assertThat((String) v.get("path")).isEqualTo("/511528/511528103/" + v.get("code") + "/");
			assertThat(v.get("parentCode")).isEqualTo(GONGLE);
		});
		assertThat(villages).filteredOn(v -> v.get("code").equals(VILLAGE)).singleElement()
			.satisfies(v -> assertThat(v).containsEntry("level", "VILLAGE").containsEntry("name", "冷水桠社区村民委员会"));
	}

	@Test
	void theTopsAreTheViewersArea() {
		assertThat(items(get(client("demo-county"), "/api/v1/jurisdictions"))).extracting(t -> t.get("code"))
			.containsExactly(COUNTY);
		assertThat(items(get(client("demo-township"), "/api/v1/jurisdictions"))).extracting(t -> t.get("code"))
			.containsExactly(GONGLE);
	}

	@Test
	void searchFindsByNameOrCodeInsideTheArea() {
		assertThat(items(get(client("demo-county"), "/api/v1/jurisdictions/search?q=共乐"))).extracting(t -> t.get("code"))
			.contains(GONGLE);
		assertThat(items(get(client("demo-county"), "/api/v1/jurisdictions/search?q=5115281032&limit=5"))).hasSize(5)
			.allSatisfy(t -> assertThat((String) t.get("code")).startsWith("5115281032"));
		// 古宋镇 lies outside 共乐镇: a township account does not find it.
		assertThat(items(get(client("demo-township"), "/api/v1/jurisdictions/search?q=古宋"))).isEmpty();
		assertThat(items(get(client("demo-county"), "/api/v1/jurisdictions/search?q=%25"))).isEmpty();
		assertThat(items(get(client("demo-county"), "/api/v1/jurisdictions/search?q="))).isEmpty();

		var tooLong = get(client("demo-county"), "/api/v1/jurisdictions/search?q=" + "共".repeat(101));
		assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(violations(tooLong)).extracting(v -> v.get("field")).containsExactly("q");
		assertThat(get(client("demo-county"), "/api/v1/jurisdictions/search?q=1&limit=x").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void withoutATokenTheAnswerIs401() {
		var answer = ApiClient.anonymous(port).get().uri("/api/v1/jurisdictions/" + COUNTY).retrieve().toEntity(Map.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
	}

	@Test
	void aTownshipAccountSeesNothingOfAnotherTownshipAndCannotAddToIt() {
		RestClient township = client("demo-township");
		assertThat(get(township, "/api/v1/jurisdictions/" + GONGLE).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get(township, "/api/v1/jurisdictions/" + GUSONG).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(township, "/api/v1/jurisdictions/" + GUSONG + "/children").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(township, "/api/v1/jurisdictions/" + COUNTY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(township, "/api/v1/jurisdictions/nosuchcode").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		String code = newCode();
		var added = post(township, "/api/v1/jurisdictions", Map.of("code", code, "name", "外镇新组", "parentCode", GUSONG));
		assertThat(added.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(added.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(get(client("demo-county"), "/api/v1/jurisdictions/" + code).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aHqAccountCannotAddOutsideItsCountyNorATopNode() {
		// 江安县 is in the catalogue but not in the tree; a top node is for a deployment-wide admin only.
		var top = post(client("demo-county"), "/api/v1/jurisdictions", Map.of("code", newCode(), "name", "新县"));
		assertThat(top.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aLeaderReadsButCannotChange() {
		RestClient leader = client("demo-leader");
		assertThat(get(leader, "/api/v1/jurisdictions/" + VILLAGE).getStatusCode()).isEqualTo(HttpStatus.OK);
		String code = newCode();
		assertThat(post(leader, "/api/v1/jurisdictions", Map.of("code", code, "name", "新组", "parentCode", VILLAGE))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(patch(leader, "/api/v1/jurisdictions/" + VILLAGE, Map.of("name", "改名")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(importFile(leader, "tree.csv", "区划代码,名称,上级代码\n%s,新组,%s\n".formatted(code, VILLAGE)
			.getBytes(StandardCharsets.UTF_8)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get(leader, "/api/v1/jurisdictions/" + code).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void hqAddsRenamesAndMovesANodeWithItsSubtree() {
		RestClient county = client("demo-county");
		String group = newCode();
		String building = newCode();

		var added = post(county, "/api/v1/jurisdictions", Map.of("code", group, "name", "测试组", "parentCode", VILLAGE));
		assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(added.getHeaders().getLocation()).hasPath("/api/v1/jurisdictions/" + group);
		assertThat(added.getBody()).containsEntry("level", "GRID")
			.containsEntry("path", "/511528/511528103/511528103201/" + group + "/")
			.containsEntry("parentCode", VILLAGE);
		assertThat(post(county, "/api/v1/jurisdictions",
				Map.of("code", building, "name", "1栋", "parentCode", group, "level", "BUILDING"))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		var renamed = patch(county, "/api/v1/jurisdictions/" + group, Map.of("name", "  测试二组 "));
		assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(renamed.getBody()).containsEntry("name", "测试二组");

		var moved = post(county, "/api/v1/jurisdictions/" + group + "/move", Map.of("parentCode", OTHER_VILLAGE));
		assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(moved.getBody()).containsEntry("parentCode", OTHER_VILLAGE)
			.containsEntry("path", "/511528/511528103/511528103202/" + group + "/");
		assertThat(get(county, "/api/v1/jurisdictions/" + building).getBody())
			.containsEntry("path", "/511528/511528103/511528103202/" + group + "/" + building + "/")
			.containsEntry("parentCode", group);
		assertThat(items(get(county, "/api/v1/jurisdictions/" + OTHER_VILLAGE + "/children")))
			.extracting(c -> c.get("code"))
			.contains(group);
		assertThat(items(get(county, "/api/v1/jurisdictions/" + VILLAGE + "/children"))).extracting(c -> c.get("code"))
			.doesNotContain(group);
		assertThat(items(get(county, "/api/v1/jurisdictions/" + building + "/lineage"))).extracting(c -> c.get("code"))
			.containsExactly(COUNTY, GONGLE, OTHER_VILLAGE, group, building);
	}

	@Test
	void aNodeCannotMoveIntoItsOwnSubtree() {
		RestClient county = client("demo-county");
		String group = newCode();
		String building = newCode();
		post(county, "/api/v1/jurisdictions", Map.of("code", group, "name", "组", "parentCode", VILLAGE));
		post(county, "/api/v1/jurisdictions", Map.of("code", building, "name", "栋", "parentCode", group));

		var intoChild = post(county, "/api/v1/jurisdictions/" + group + "/move", Map.of("parentCode", building));
		assertThat(intoChild.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(violations(intoChild)).singleElement().satisfies(v -> {
			assertThat(v.get("field")).isEqualTo("parentCode");
			assertThat(v.get("rule")).isEqualTo("notBelowItself");
			assertThat((String) v.get("message")).contains("下级");
		});
		assertThat(post(county, "/api/v1/jurisdictions/" + group + "/move", Map.of("parentCode", group)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		var unknownParent = post(county, "/api/v1/jurisdictions/" + group + "/move", Map.of("parentCode", newCode()));
		assertThat(unknownParent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(violations(unknownParent)).extracting(v -> v.get("field")).containsExactly("parentCode");
		assertThat(post(county, "/api/v1/jurisdictions/" + group + "/move", Map.of("parentCode", "../x")).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get(county, "/api/v1/jurisdictions/" + group).getBody()).containsEntry("parentCode", VILLAGE);
	}

	@Test
	void badInputIsAnsweredFieldByFieldInTheCallersLanguage() {
		RestClient county = client("demo-county");
		var badCode = post(county, "/api/v1/jurisdictions", Map.of("code", "12-34' OR 1=1", "name", "", "parentCode", VILLAGE));
		assertThat(badCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badCode.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(violations(badCode)).extracting(v -> v.get("field")).contains("code", "name");
		assertThat(violations(badCode)).filteredOn(v -> v.get("field").equals("code"))
			.extracting(v -> v.get("message"))
			.contains("代码须为1至24位数字或字母。");

		var english = answer(county.post()
			.uri("/api/v1/jurisdictions")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", newCode(), "name", "长".repeat(101), "parentCode", VILLAGE))
			.retrieve());
		assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(violations(english)).singleElement()
			.satisfies(v -> assertThat(v).containsEntry("field", "name")
				.containsEntry("message", "A name must be given and be at most 100 characters."));

		var badLevel = post(county, "/api/v1/jurisdictions", Map.of("code", newCode(), "name", "组", "parentCode", VILLAGE, "level", "PROVINCE"));
		assertThat(badLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(violations(badLevel)).extracting(v -> v.get("field")).containsExactly("level");

		var unknownParent = post(county, "/api/v1/jurisdictions", Map.of("code", newCode(), "name", "组", "parentCode", "999999999999"));
		assertThat(unknownParent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(violations(unknownParent)).extracting(v -> v.get("message")).containsExactly("找不到上级区划 999999999999。");

		String code = newCode();
		post(county, "/api/v1/jurisdictions", Map.of("code", code, "name", "组", "parentCode", VILLAGE));
		var taken = post(county, "/api/v1/jurisdictions", Map.of("code", code, "name", "又一组", "parentCode", VILLAGE));
		assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) taken.getBody().get("detail")).contains(code);

		var emptyName = patch(county, "/api/v1/jurisdictions/" + code, Map.of("name", "   "));
		assertThat(emptyName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(violations(emptyName)).extracting(v -> v.get("field")).containsExactly("name");

		var notJson = answer(county.post()
			.uri("/api/v1/jurisdictions")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"code\": [1,2], ")
			.retrieve());
		assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void scriptAndSqlInANameAreStoredAsTyped() {
		RestClient county = client("demo-county");
		String code = newCode();
		String name = "<script>alert('x')</script>'; DROP TABLE jurisdiction; --";
		assertThat(post(county, "/api/v1/jurisdictions", Map.of("code", code, "name", name, "parentCode", VILLAGE))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(get(county, "/api/v1/jurisdictions/" + code).getBody()).containsEntry("name", name);
		assertThat(get(county, "/api/v1/jurisdictions/" + COUNTY).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void importKeepsGoodRowsAndReportsEveryBadOneWithItsLine() throws IOException {
		byte[] sample = resource("/samples/jurisdiction-tree-xingwen.csv");
		long sampleLines = new String(sample, StandardCharsets.UTF_8).lines().count();
		String grid = newCode();
		String building = newCode();
		String noName = newCode();
		String orphan = newCode();
		String badLevel = newCode();
		// The building comes before its grid: rows may come in any order.
		String extra = String.join("\n", building + ",1号楼," + grid + ",楼栋", grid + ",导入测试组," + VILLAGE + ",组",
				noName + ",," + VILLAGE + ",组", orphan + ",孤儿组,999999999999999,组", badLevel + ",某组," + VILLAGE + ",省",
				grid + ",重复的组," + VILLAGE + ",组", "") + "\n";
		byte[] file = concat(sample, extra.getBytes(StandardCharsets.UTF_8));

		var answer = importFile(client("demo-county"), "xingwen.csv", file);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> result = answer.getBody();
		assertThat(result.get("rows")).isEqualTo((int) sampleLines - 1 + 6);
		Map<Integer, String> reasons = rejected(result).stream()
			.collect(Collectors.toMap(r -> (Integer) r.get("line"), r -> (String) r.get("reason")));
		int first = (int) sampleLines + 1;
		assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(first + 2, "tree.import.nameMissing", first + 3,
				"tree.import.unknownParent", first + 4, "tree.import.level", first + 5, "tree.import.duplicate"));
		assertThat(rejected(result)).filteredOn(r -> r.get("line").equals(first + 3)).singleElement().satisfies(r -> {
			assertThat(r.get("code")).isEqualTo(orphan);
			assertThat((String) r.get("message")).contains("999999999999999");
		});
		assertThat((int) result.get("created")).isGreaterThanOrEqualTo(2);
		assertThat((int) result.get("created") + (int) result.get("renamed") + (int) result.get("unchanged"))
			.isEqualTo((int) sampleLines - 1 + 2);

		RestClient county = client("demo-county");
		assertThat(get(county, "/api/v1/jurisdictions/" + grid).getBody()).containsEntry("name", "导入测试组")
			.containsEntry("level", "GRID");
		assertThat(get(county, "/api/v1/jurisdictions/" + building).getBody())
			.containsEntry("path", "/511528/511528103/511528103201/" + grid + "/" + building + "/")
			.containsEntry("level", "BUILDING");
		assertThat(get(county, "/api/v1/jurisdictions/" + noName).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(county, "/api/v1/jurisdictions/51152810301").getBody()).containsEntry("name", "共乐镇第一网格");
	}

	@Test
	void importReadsAGbkCsv() {
		String grid = newCode();
		String building = newCode();
		String csv = "区划代码,名称,上级代码,层级\r\n%s,共乐镇测试网格,%s,网格\r\n%s,网格内楼栋,%s,楼栋\r\n".formatted(grid, VILLAGE,
				building, grid);
		var answer = importFile(client("demo-county"), "gbk.csv", csv.getBytes(Charset.forName("GBK")));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody()).containsEntry("created", 2).containsEntry("rows", 2);
		assertThat(rejected(answer.getBody())).isEmpty();
		assertThat(get(client("demo-county"), "/api/v1/jurisdictions/" + grid).getBody()).containsEntry("name", "共乐镇测试网格");
	}

	@Test
	void importReadsTheXlsxSample() throws IOException {
		var answer = importFile(client("demo-county"), "xingwen.xlsx", resource("/samples/jurisdiction-tree-xingwen.xlsx"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rejected(answer.getBody())).isEmpty();
		assertThat(answer.getBody()).containsEntry("rows", 193);
		assertThat(get(client("demo-county"), "/api/v1/jurisdictions/51152810302").getBody())
			.containsEntry("parentCode", GONGLE)
			.containsEntry("level", "GRID");
	}

	@Test
	void aTownshipImportKeepsRowsOutsideItsAreaOut() {
		// A township account is no HQ administrator: the whole import is refused.
		var answer = importFile(client("demo-township"), "t.csv",
				"区划代码,名称,上级代码\n%s,组,%s\n".formatted(newCode(), GUSONG).getBytes(StandardCharsets.UTF_8));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aFileThatIsNoTableIsA400ProblemNotA500() {
		RestClient county = client("demo-county");
		assertFileRefused(importFile(county, "empty.csv", new byte[0]), "文件是空的。");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
		assertFileRefused(importFile(county, "tree.csv", png), "无法把该文件读成表格，请上传 .xlsx 或 CSV 文件。");
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertFileRefused(importFile(county, "tree.xls", xls), "不支持旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再上传。");
		byte[] brokenZip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3 };
		assertFileRefused(importFile(county, "tree.xlsx", brokenZip), "无法把该文件读成表格，请上传 .xlsx 或 CSV 文件。");
		assertFileRefused(importFile(county, "letter.txt", "Dear HQ,\nplease find attached\n".getBytes(StandardCharsets.UTF_8)),
				"前10行中找不到表头：至少需要“区划代码”和“名称”两列，可另加“上级代码”和“层级”。");
		assertFileRefused(importFile(county, "q.csv", "code,name\n1,\"unclosed\n".getBytes(StandardCharsets.UTF_8)),
				"CSV 文件格式有误（例如引号不成对），请检查后重试。");

		var noFile = county.post()
			.uri("/api/v1/jurisdictions/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(new LinkedMultiValueMap<>(Map.of("other", List.of("x"))))
			.retrieve()
			.toEntity(Map.class);
		assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aTreeFileOverItsLimitIsRefusedBeforeItIsRead() {
		String code = newCode();
		byte[] tooLarge = treeOver20Megabytes(code);
		var answer = importFile(client("demo-county"), "tree.csv", tooLarge);
		assertFileRefused(answer, "文件太大：区划树文件最大 20 MB（一个县的区划树只有几千行），请确认选对了文件。");
		assertThat(violations(answer)).singleElement().satisfies(v -> assertThat(v).containsEntry("rule", "size"));
		// The good row at its top was not imported: the file was refused before it was read.
		assertThat(get(client("demo-county"), "/api/v1/jurisdictions/" + code).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	/** A tree with one good row, padded with blank lines to one byte over 20 MB. */
	static byte[] treeOver20Megabytes(String code) {
		byte[] rows = "区划代码,名称,上级代码\n%s,组,%s\n".formatted(code, GUSONG).getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(file, (byte) '\n');
		System.arraycopy(rows, 0, file, 0, rows.length);
		return file;
	}

	@Test
	void divisionsNameAnOriginAnywhereInChina() {
		RestClient county = client("demo-county");
		List<Map<String, Object>> wuhan = items(get(county, "/api/v1/divisions?q=武汉&limit=20"));
		assertThat(wuhan.getFirst()).containsEntry("code", "420100")
			.containsEntry("fullName", "湖北省武汉市")
			.containsEntry("level", "CITY");
		assertThat(wuhan).extracting(d -> d.get("fullName")).contains("湖北省武汉市洪山区");

		var city = get(county, "/api/v1/divisions/420100");
		assertThat(city.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(city.getBody()).containsEntry("name", "武汉市").containsEntry("parentCode", "420000").containsEntry("level", "CITY");
		assertThat(get(county, "/api/v1/divisions/420000").getBody()).containsEntry("name", "湖北省");
		// A municipality's filler level (北京市 › 市辖区) is no origin a person would pick.
		assertThat(items(get(county, "/api/v1/divisions?q=北京"))).extracting(d -> d.get("name")).doesNotContain("市辖区")
			.first().isEqualTo("北京市");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> districts = (List<Map<String, Object>>) city.getBody().get("children");
		assertThat(districts).extracting(d -> d.get("name")).contains("江岸区", "洪山区");

		assertThat(items(get(county, "/api/v1/divisions?q=4201"))).allSatisfy(d -> assertThat((String) d.get("code")).startsWith("4201"));
		assertThat(get(county, "/api/v1/divisions/000000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(items(get(county, "/api/v1/divisions?q=_"))).isEmpty();
	}

	private static void assertFileRefused(ResponseEntity<Map<String, Object>> answer, String message) {
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(violations(answer)).singleElement()
			.satisfies(v -> assertThat(v).containsEntry("field", "file").containsEntry("message", message));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static ResponseEntity<Map<String, Object>> answer(RestClient.ResponseSpec response) {
		return (ResponseEntity) response.toEntity(Map.class);
	}

	private RestClient client(String username) {
		return ApiClient.signedIn(port, username);
	}

	static String newCode() {
		return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 1_000_000_000_000_000L));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static ResponseEntity<Map<String, Object>> get(RestClient client, String uri) {
		return (ResponseEntity) client.get().uri(uri).retrieve().toEntity(Map.class);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static ResponseEntity<Map<String, Object>> post(RestClient client, String uri, Object body) {
		return (ResponseEntity) client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static ResponseEntity<Map<String, Object>> patch(RestClient client, String uri, Object body) {
		return (ResponseEntity) client.patch().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
	}

	/**
	 * A tree file of thousands of bad rows, each with a long cell: the answer lists the first hundred
	 * with their codes and arguments cut, and counts the rest. It used to echo every row's whole cell
	 * three times, 482 MB for a 2 MB file.
	 */
	@Test
	void theAnswerToAFileOfBadRowsHasTheCountsAndTheFirstHundred() throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
		var sheet = workbook.newWorksheet("tree");
		sheet.value(0, 0, "区划代码");
		sheet.value(0, 1, "名称");
		sheet.value(0, 2, "上级代码");
		for (int row = 1; row <= 5000; row++) {
			sheet.value(row, 0, row % 2 == 0 ? "X".repeat(900) : "Y".repeat(3000));
			sheet.value(row, 1, "某组");
			sheet.value(row, 2, VILLAGE);
		}
		workbook.finish();

		var answer = client("demo-county").post()
			.uri("/api/v1/jurisdictions/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(multipart("bad.xlsx", out.toByteArray()))
			.retrieve()
			.toEntity(String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody().length()).isLessThan(64 * 1024);
		Map<String, Object> result = tools.jackson.databind.json.JsonMapper.shared().readValue(answer.getBody(), Map.class);
		assertThat(result).containsEntry("rows", 5000).containsEntry("rejectedCount", 5000).containsEntry("moreRejected", 4900);
		List<Map<String, Object>> rejected = rejected(result);
		assertThat(rejected).hasSize(100);
		assertThat(rejected.get(0)).containsEntry("line", 2).containsEntry("reason", "tree.import.cellLong")
			.containsEntry("message", "第 1 列的内容超过 1000 个字，整行未导入。");
		assertThat(rejected.get(1)).containsEntry("line", 3).containsEntry("reason", "tree.import.codeShape");
		assertThat((String) rejected.get(1).get("code")).isEqualTo("X".repeat(30) + "…");
	}

	@Test
	void aLongCellRefusesItsRowAndTheGoodRowsAreImported() {
		String grid = newCode();
		String other = newCode();
		String csv = "区划代码,名称,上级代码\n%s,长名组,%s\n%s,%s,%s\n".formatted(grid, VILLAGE, other, "长".repeat(5000), VILLAGE);
		var answer = importFile(client("demo-county"), "long.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rejected(answer.getBody())).singleElement().satisfies(r -> {
			assertThat(r).containsEntry("line", 3).containsEntry("code", other);
			assertThat((String) r.get("message")).isEqualTo("第 2 列的内容超过 1000 个字，整行未导入。");
		});
		assertThat(get(client("demo-county"), "/api/v1/jurisdictions/" + grid).getBody()).containsEntry("name", "长名组");
		assertThat(get(client("demo-county"), "/api/v1/jurisdictions/" + other).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	/** Excel's "Unicode text": UTF-16 with a byte order mark, tab-separated. */
	@Test
	void importReadsExcelsUnicodeText() {
		String grid = newCode();
		String text = "区划代码\t名称\t上级代码\t层级\r\n%s\t统一码组\t%s\t组\r\n".formatted(grid, VILLAGE);
		byte[] bom = { (byte) 0xFF, (byte) 0xFE };
		var answer = importFile(client("demo-county"), "tree.txt", concat(bom, text.getBytes(StandardCharsets.UTF_16LE)));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody()).containsEntry("created", 1).containsEntry("rejectedCount", 0);
		assertThat(get(client("demo-county"), "/api/v1/jurisdictions/" + grid).getBody()).containsEntry("name", "统一码组")
			.containsEntry("level", "GRID");
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static ResponseEntity<Map<String, Object>> importFile(RestClient client, String fileName, byte[] content) {
		return (ResponseEntity) client.post()
			.uri("/api/v1/jurisdictions/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(multipart(fileName, content))
			.retrieve()
			.toEntity(Map.class);
	}

	static LinkedMultiValueMap<String, Object> multipart(String fileName, byte[] content) {
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return parts;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> answer) {
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return (List<Map<String, Object>>) answer.getBody().get("items");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> violations(ResponseEntity<Map<String, Object>> answer) {
		return (List<Map<String, Object>>) answer.getBody().get("violations");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rejected(Map<String, Object> result) {
		return (List<Map<String, Object>>) result.get("rejected");
	}

	static byte[] resource(String path) throws IOException {
		try (InputStream in = JurisdictionApiTests.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return in.readAllBytes();
		}
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
