package org.bastion.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tree's pages as a browser uses them: a form sign-in with a session cookie, CSRF tokens taken
 * from the page, forms posted back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JurisdictionPageTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void theNodePageShowsLineageChildrenAndCounts() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		var page = county.get("/jurisdictions/" + JurisdictionApiTests.GONGLE);
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("id=\"jurisdiction-name\">共乐镇<")
			.contains("href=\"/jurisdictions/511528\">兴文县</a>")
			.contains("href=\"/jurisdictions/511528103201\">冷水桠社区村民委员会</a>")
			.contains("乡镇/街道")
			.contains("/511528/511528103/")
			.contains("id=\"jurisdiction-add\"")
			.contains("id=\"jurisdiction-move\"");
		assertThat(between(html, "id=\"figure-children\">", "<")).isNotEqualTo("0");

		var index = county.get("/jurisdictions?q=" + URLEncoder.encode("共乐", StandardCharsets.UTF_8));
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.body()).contains("id=\"jurisdiction-results\"").contains(">共乐镇</a>");
	}

	@Test
	void aLeaderSeesTheTreeWithoutTheFormsAndCannotImport() throws Exception {
		PageSession leader = PageSession.signIn(port, "demo-leader");
		var page = leader.get("/jurisdictions/" + JurisdictionApiTests.GONGLE);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("共乐镇").doesNotContain("id=\"jurisdiction-add\"");
		assertThat(leader.get("/jurisdictions/import").statusCode()).isEqualTo(403);
	}

	@Test
	void aTownshipAccountGets404ForAnotherTownship() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		assertThat(township.get("/jurisdictions/" + JurisdictionApiTests.GUSONG).statusCode()).isEqualTo(404);
		assertThat(township.get("/jurisdictions/" + JurisdictionApiTests.GONGLE).statusCode()).isEqualTo(200);
	}

	@Test
	void addingAChildWithBadInputShowsTheMessagesBesideTheFields() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		String village = "/jurisdictions/" + JurisdictionApiTests.VILLAGE;
		var refused = county.post(village + "/children",
				Map.of("code", "12 34", "name", "长".repeat(101), "level", "PROVINCE"), village);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"child-code-error\"")
			.contains("代码须为1至24位数字或字母。")
			.contains("id=\"child-name-error\"");

		String code = JurisdictionApiTests.newCode();
		String name = "<script>alert(1)</script>";
		var added = county.post(village + "/children", Map.of("code", code, "name", name, "level", "GRID"), village);
		assertThat(added.statusCode()).isEqualTo(302);
		var after = county.get(village);
		assertThat(after.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(name);

		var again = county.post(village + "/children", Map.of("code", code, "name", "组", "level", ""), village);
		assertThat(again.body()).contains("id=\"child-code-error\"").contains("代码 " + code + " 已被使用。");

		var intoItself = county.post("/jurisdictions/" + code + "/move", Map.of("parentCode", code), "/jurisdictions/" + code);
		assertThat(intoItself.statusCode()).isEqualTo(200);
		assertThat(intoItself.body()).contains("id=\"parentCode-error\"").contains("不能移到它自己或它的下级之下。");

		// The new parent is picked by name, never typed as a code; nothing picked is said once, in words.
		String node = county.get("/jurisdictions/" + code).body();
		assertThat(node).contains("id=\"parentCode-search\"").contains("data-choices=\"/jurisdictions/choices\"")
			.doesNotContain("id=\"move-parent\"");
		var unpicked = county.post("/jurisdictions/" + code + "/move", Map.of("parentCode", ""), node);
		assertThat(unpicked.statusCode()).isEqualTo(200);
		assertThat(unpicked.body()).contains("id=\"parentCode-error\"").contains("从列表中选择新的上级。")
			.doesNotContain("代码须为1至24位数字或字母。");
		var moved = county.post("/jurisdictions/" + code + "/move", Map.of("parentCode", JurisdictionApiTests.OTHER_VILLAGE), node);
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(county.get("/jurisdictions/" + code).body())
			.contains("href=\"/jurisdictions/" + JurisdictionApiTests.OTHER_VILLAGE + "\"")
			.doesNotContain("href=\"/jurisdictions/" + JurisdictionApiTests.VILLAGE + "\"");

		var renamed = county.post("/jurisdictions/" + code + "/rename", Map.of("name", "新名字"), "/jurisdictions/" + code);
		assertThat(renamed.statusCode()).isEqualTo(302);
		assertThat(county.get("/jurisdictions/" + code).body()).contains("id=\"jurisdiction-name\">新名字<")
			.contains("id=\"jurisdiction-notice\"");
	}

	@Test
	void theImportPageListsRejectedRowsAndOffersThemAsCsv() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		String good = JurisdictionApiTests.newCode();
		String orphan = JurisdictionApiTests.newCode();
		String csv = "区划代码,名称,上级代码,层级\n%s,页面导入组,%s,组\n%s,孤儿组,999999999999999,组\n=1+2,坏代码,%s,组\n".formatted(good,
				JurisdictionApiTests.VILLAGE, orphan, JurisdictionApiTests.VILLAGE);
		var result = county.upload("/jurisdictions/import", "tree.csv", csv.getBytes(Charset.forName("GBK")));
		assertThat(result.statusCode()).isEqualTo(200);
		String html = result.body();
		assertThat(html).contains("id=\"import-rejected-rows\"")
			.contains("上级代码 999999999999999 既不在文件中，也不在系统中。")
			.contains(orphan)
			.contains("id=\"import-created\">1<")
			.contains("id=\"import-rejected\">2<")
			.contains("href=\"/jurisdictions/import/rejected.csv\"");
		assertThat(cellAfter(html, orphan)).isEqualTo("3");

		var download = county.getBytes("/jurisdictions/import/rejected.csv");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		byte[] bytes = download.body();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("行号,代码,原因")
			.contains("3," + orphan + ",上级代码 999999999999999 既不在文件中，也不在系统中。")
			.contains("4,'=1+2,");

		// The last result stays until the next import.
		assertThat(county.get("/jurisdictions/import").body()).contains(orphan);
		assertThat(county.get("/jurisdictions/" + good).statusCode()).isEqualTo(200);
	}

	/** The page lists the first hundred refused rows and says how many more there are; its CSV has them all. */
	@Test
	void theImportPageListsTheFirstHundredRefusedRowsAndTheCsvAll() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		StringBuilder csv = new StringBuilder("区划代码,名称,上级代码\n");
		for (int i = 0; i < 150; i++) {
			csv.append(JurisdictionApiTests.newCode()).append(",孤儿组,999999999999999\n");
		}
		String html = county.upload("/jurisdictions/import", "orphans.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
			.body();
		assertThat(html).contains("id=\"import-rejected\">150<")
			.contains("另有 50 行未导入的行没有列出，请下载 CSV 查看全部。");
		assertThat(html.split("上级代码 999999999999999 既不在文件中", -1)).hasSize(101);
		String text = new String(county.getBytes("/jurisdictions/import/rejected.csv").body(), StandardCharsets.UTF_8);
		assertThat(text.lines().skip(1)).hasSize(150);
	}

	@Test
	void anUploadThatIsNoTableIsAMessageOnThePage() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		var empty = county.upload("/jurisdictions/import", "empty.csv", new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("id=\"tree-file-error\"").contains("文件是空的。");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThat(county.upload("/jurisdictions/import", "x.png", png).body()).contains("无法把该文件读成表格");
	}

	@Test
	void aTreeFileOverItsLimitIsAMessageBesideTheField() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		assertThat(county.get("/jurisdictions/import").body()).contains("id=\"tree-file-limit\">文件最大 20 MB。<");
		String code = JurisdictionApiTests.newCode();
		var refused = county.upload("/jurisdictions/import", "tree.csv", JurisdictionApiTests.treeOver20Megabytes(code));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"tree-file-error\"")
			.contains("文件太大：区划树文件最大 20 MB（一个县的区划树只有几千行），请确认选对了文件。")
			.doesNotContain("id=\"tree-import-result\"");
		assertThat(county.get("/jurisdictions/" + code).statusCode()).isEqualTo(404);
	}

	@Test
	void divisionsAreSearchedOnAPageAndAsAFragment() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		String q = URLEncoder.encode("武汉", StandardCharsets.UTF_8);
		var page = county.get("/divisions?q=" + q);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html").contains("湖北省武汉市").contains("data-code=\"420100\"");
		var fragment = county.get("/divisions/search?q=" + q);
		assertThat(fragment.body()).doesNotContain("<html").contains("id=\"division-results\"").contains("湖北省武汉市洪山区");
	}

	private static String between(String html, String start, String end) {
		int from = html.indexOf(start) + start.length();
		return html.substring(from, html.indexOf(end, from));
	}

	/** The text of the table cell just before the one holding {@code code}: its line number. */
	private static String cellAfter(String html, String code) {
		Matcher m = Pattern.compile(">(\\d+)</td>\\s*<td[^>]*>" + Pattern.quote(code) + "</td>").matcher(html);
		return m.find() ? m.group(1) : null;
	}

}
