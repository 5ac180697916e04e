package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.PageSession;
import org.bastion.security.AuthorizationMatrix.Line;
import org.bastion.security.MatrixFixtures.Area;
import org.bastion.security.MatrixFixtures.Person;
import org.bastion.security.MatrixHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix of issue 9: every role × every operation of the API and the pages (as
 * {@code security/authorization-matrix.txt} lists them) × a record in the viewer's own grid, in another
 * village and in another township. A role that may not use an operation is refused; an allowed role
 * reads its own area and gets 404 outside it; no write outside the viewer's area or beyond its role
 * changes anything; and no answer carries the name, full ID number or phone of a person outside the
 * viewer's area (nor, for the masked roles, any full ID number or phone). Every failing cell is listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixTests {

	private static final Pattern FACT_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

	/**
	 * A page refuses a form by showing it again, or redirecting back, with the refusal in words: these
	 * are the words of the refusals for a place or record outside the area, and for a role.
	 */
	private static final Pattern REFUSAL = Pattern.compile("不在您的辖区内|找不到|没有权限|只能查看");

	/** A form shown again with an error beside a field, or a notice of what went wrong. */
	private static final Pattern FORM_ERROR = Pattern.compile("class=\"(field-error|alert)\"");

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	/** Who asks: an account of one role in one place; the anonymous caller has neither. */
	record Viewer(String username, String role, String scope, boolean masked, MatrixHttp http) {

		boolean anonymous() {
			return role == null;
		}

		@Override
		public String toString() {
			return anonymous() ? "anonymous" : username + " (" + role + " " + scope + ")";
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	List<Line> matrix;

	List<Area> areas;

	List<Viewer> viewers;

	MatrixFixtures fixtures;

	/** Nanoseconds spent per operation, to name the slow ones in the summary. */
	final Map<String, Long> spent = new java.util.HashMap<>();

	@BeforeAll
	void fixtures() {
		long started = System.nanoTime();
		matrix = AuthorizationMatrix.read();
		MatrixHttp admin = MatrixHttp.signIn(port, "demo-admin");
		fixtures = new MatrixFixtures(admin);
		String ownGrid = MatrixHttp.signIn(port, "demo-grid").api("GET", "/api/v1/me", null).json()
			.path("jurisdictionCode").asString();
		areas = fixtures.build(ownGrid, fixtures.riskArea());
		viewers = new ArrayList<>();
		for (String username : List.of("demo-admin", "demo-county", "demo-township", "demo-village", "demo-grid",
				"demo-leader")) {
			viewers.add(viewer(username));
		}
		// The two roles the demo has no account for, in the township of the demo's own grid.
		viewers.add(viewer(account(admin, Role.CHECKPOINT_STAFF, MatrixFixtures.TOWNSHIP)));
		viewers.add(viewer(account(admin, Role.MEDICAL_STAFF, MatrixFixtures.TOWNSHIP)));
		// A grid worker of the other township: the demo's records are outside, the far grid's are its own.
		viewers.add(viewer(account(admin, Role.GRID_WORKER, areas.getLast().code())));
		viewers.add(new Viewer(null, null, null, false, MatrixHttp.anonymous(port)));
		System.out.printf("authorization matrix: fixtures and %d viewers in %d ms%n", viewers.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	@Test
	@Order(1)
	void theMatrixListsEveryOperationOfTheApplicationAndNoOther() {
		Set<String> running = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					running.add(method + " " + pattern);
				}
			}
		}
		Set<String> listed = new TreeSet<>();
		matrix.forEach(line -> listed.add(line.operation()));
		Set<String> unlisted = new TreeSet<>(running);
		unlisted.removeAll(listed);
		Set<String> gone = new TreeSet<>(listed);
		gone.removeAll(running);
		assertThat(unlisted).as("operations of the application missing from %s: add a line for each",
				AuthorizationMatrix.RESOURCE).isEmpty();
		assertThat(gone).as("lines of %s naming no operation of the application", AuthorizationMatrix.RESOURCE).isEmpty();
		for (String operation : listed) {
			Set<Set<String>> roles = new LinkedHashSet<>();
			matrix.stream().filter(line -> line.operation().equals(operation)).forEach(line -> roles.add(line.roles()));
			assertThat(roles).as("the lines of %s agree on its roles", operation).hasSize(1);
		}
	}

	@Test
	@Order(2)
	void everyRoleReadsWhatItMayInItsOwnAreaAndNothingOfAnOutsider() {
		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (Line line : matrix) {
			if (!line.read() || line.path().equals("/error")) {
				continue;
			}
			for (Viewer viewer : viewers) {
				if (line.has("public") && !viewer.anonymous()) {
					// What the anonymous caller may read, everyone may: asking once is enough.
					continue;
				}
				for (Area area : targets(line, viewer)) {
					String target = target(line, area);
					if (target == null) {
						failures.add(cell(line, viewer, area) + ": no fixture for " + line.kinds());
						continue;
					}
					long started = System.nanoTime();
					Answer answer = line.api() ? viewer.http().api("GET", target, null)
							: echoless(viewer.http().page(target), target);
					spent.merge(line.operation(), System.nanoTime() - started, Long::sum);
					cells++;
					String wrong = readStatus(line, viewer, area, answer);
					if (wrong != null) {
						failures.add(cell(line, viewer, area) + ": " + wrong + body(answer));
					}
					leaks(line, viewer, area, answer).forEach(leak -> failures.add(cell(line, viewer, area) + ": " + leak));
				}
			}
		}
		report("reads", cells, failures);
	}

	@Test
	@Order(3)
	void noRoleWritesBeyondItsRoleOrOutsideItsAreaAndNoAnswerNamesAnOutsider() {
		Map<String, String> before = snapshot();
		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (Line line : matrix) {
			if (line.read()) {
				continue;
			}
			for (Viewer viewer : viewers) {
				for (Area area : writeTargets(line, viewer)) {
					String target = target(line, area);
					if (target == null) {
						failures.add(cell(line, viewer, area) + ": no fixture for " + line.kinds());
						continue;
					}
					Answer answer = write(line, viewer, area, target);
					if (!line.api()) {
						answer = echoless(answer, lastSent);
					}
					cells++;
					String wrong = writeStatus(line, viewer, area, answer);
					if (wrong != null) {
						failures.add(cell(line, viewer, area) + ": " + wrong + body(answer));
					}
					leaks(line, viewer, area, answer).forEach(leak -> failures.add(cell(line, viewer, area) + ": " + leak));
				}
			}
		}
		Map<String, String> after = snapshot();
		before.forEach((path, text) -> {
			String now = after.get(path);
			if (!text.equals(now)) {
				int at = 0;
				while (at < Math.min(text.length(), now.length()) && text.charAt(at) == now.charAt(at)) {
					at++;
				}
				int from = Math.max(0, at - 80);
				failures.add("a refused write changed " + path + ":\n    before …" + abbreviate(text.substring(from))
						+ "\n    after  …" + abbreviate(now.substring(from)));
			}
		});
		report("writes", cells, failures);
	}

	@Test
	@Order(4)
	void aWriteThatNamesAnOutsiderByIdNumberAnswersTheOutsiderViewOnly() {
		Area own = areas.get(0);
		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (Area outside : areas.subList(1, areas.size())) {
			for (Viewer viewer : viewers) {
				if (viewer.anonymous() || outside.insideOf(viewer.scope()) || !own.insideOf(viewer.scope())) {
					continue;
				}
				Person outsider = outside.persons().getFirst();
				for (Map.Entry<String, Answer> probe : outsiderProbes(viewer, own, outside, outsider).entrySet()) {
					cells++;
					Answer answer = probe.getValue();
					String cell = viewer + " " + probe.getKey() + " naming " + outsider.idNumber() + " of " + outside.label();
					if (answer.status() >= 500) {
						failures.add(cell + ": answered " + answer.status() + body(answer));
					}
					leaksOf(viewer, answer.text(), false).forEach(leak -> failures.add(cell + ": " + leak));
				}
			}
		}
		report("writes naming an outsider", cells, failures);
	}

	@Test
	@Order(5)
	void aListOfTheWholeCountyShowsEachViewerTheTotalsOfItsOwnArea() {
		String list = fixtures.pushedList("511528", areas.stream().map(area -> area.persons().getFirst()).toList());
		List<String> failures = new ArrayList<>();
		int cells = 0;
		Line rule = matrix.stream()
			.filter(line -> line.operation().equals("GET /api/v1/pushed-lists/{id}"))
			.findFirst()
			.orElseThrow();
		for (Viewer viewer : viewers) {
			if (viewer.anonymous() || !rule.allows(viewer.role())) {
				continue;
			}
			long inside = areas.stream().filter(area -> area.insideOf(viewer.scope())).count();
			Answer progress = viewer.http().api("GET", "/api/v1/pushed-lists/" + list + "/progress", null);
			Answer view = viewer.http().api("GET", "/api/v1/pushed-lists/" + list, null);
			cells += 2;
			if (progress.status() != 200 || progress.json().path("total").path("entries").asLong() != inside) {
				failures.add(viewer + " GET /api/v1/pushed-lists/{county list}/progress: expected " + inside
						+ " entries, got " + progress.status() + " " + abbreviate(progress.text()));
			}
			long outcomes = 0;
			if (view.status() == 200) {
				for (JsonNode count : view.json().path("outcomes")) {
					outcomes += count.asLong();
				}
			}
			if (outcomes != inside) {
				failures.add(viewer + " GET /api/v1/pushed-lists/{county list}: expected outcomes over " + inside
						+ " entries, got " + view.status() + " " + abbreviate(view.text()));
			}
			leaksOf(viewer, progress.text() + view.text(), false)
				.forEach(leak -> failures.add(viewer + " county list: " + leak));
		}
		report("a county list's totals", cells, failures);
	}

	/** The writes that find a person by ID number, then the reads of what they made. */
	private Map<String, Answer> outsiderProbes(Viewer viewer, Area own, Area outside, Person outsider) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		MatrixHttp http = viewer.http();
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", outsider.idNumber());
		person.put("name", "冒名顶替");
		person.put("phone", MatrixFixtures.uniquePhone());
		person.put("jurisdictionCode", own.code());
		answers.put("POST /api/v1/people", http.api("POST", "/api/v1/people", json(person)));
		Answer arrival = http.api("POST", "/api/v1/arrivals", arrivalBody(person));
		answers.put("POST /api/v1/arrivals", arrival);
		if (arrival.status() / 100 == 2) {
			String id = arrival.json().path("id").asString();
			answers.put("then GET /api/v1/arrivals/" + id, http.api("GET", "/api/v1/arrivals/" + id, null));
			answers.put("then GET /arrivals/" + id, http.page("/arrivals/" + id));
			answers.put("then GET /api/v1/arrivals", http.api("GET", "/api/v1/arrivals", null));
			answers.put("then GET /arrivals/ledger.csv", http.page("/arrivals/ledger.csv"));
			answers.put("then GET /api/v1/arrivals/ledger.xlsx", http.api("GET", "/api/v1/arrivals/ledger.xlsx", null));
		}
		Map<String, Object> contact = new LinkedHashMap<>();
		contact.put("name", "冒名接触");
		contact.put("idNumber", outsider.idNumber());
		contact.put("relation", "邻居");
		Answer contacts = http.api("POST", "/api/v1/cases/" + own.fact("case") + "/contacts",
				json(Map.of("contacts", List.of(contact))));
		answers.put("POST /api/v1/cases/{own}/contacts", contacts);
		if (contacts.status() / 100 == 2) {
			answers.put("then GET /api/v1/cases/{own}/contacts",
					http.api("GET", "/api/v1/cases/" + own.fact("case") + "/contacts", null));
			answers.put("then GET /cases/{own}", http.page("/cases/" + own.fact("case")));
		}
		String typed = "idNumber=" + outsider.idNumber();
		answers.put("POST /arrivals", echoless(http.form("/arrivals", Map.of("idNumber", outsider.idNumber(), "name", "冒名顶替",
				"jurisdictionCode", own.code(), "originCode", "420106", "arrivalDate",
				java.time.LocalDate.now(MatrixFixtures.ZONE).minusDays(1).toString(), "transportMode", "TRAIN",
				"transportNumber", "G1", "temperature", "36.5")), typed));
		answers.put("POST /cases", echoless(http.form("/cases", Map.of("idNumber", outsider.idNumber(), "status",
				"SUSPECTED", "clientId", UUID.randomUUID().toString())), typed));
		answers.put("POST /people", echoless(http.form("/people", Map.of("idNumber", outsider.idNumber(), "name",
				"冒名顶替", "jurisdictionCode", own.code())), typed));
		Answer member = echoless(http.form("/checkins/" + own.fact("unit") + "/members",
				Map.of("name", "冒名顶替", "idNumber", outsider.idNumber(), "phone", MatrixFixtures.uniquePhone())), typed);
		answers.put("POST /checkins/{own}/members", member);
		answers.put("then GET /checkins/{own}", http.page("/checkins/" + own.fact("unit")));
		answers.put("then GET /api/v1/checkin-units/{own}", http.api("GET", "/api/v1/checkin-units/" + own.fact("unit"), null));
		return answers;
	}

	// ---- expectations

	private String readStatus(Line line, Viewer viewer, Area area, Answer answer) {
		int status = answer.status();
		if (status >= 500) {
			return "answered " + status;
		}
		if (line.has("public")) {
			return null;
		}
		if (viewer.anonymous()) {
			return anonymousRefused(line, answer) ? null : "expected a refusal of the anonymous caller, got " + status;
		}
		if (!line.allows(viewer.role())) {
			// 404 refuses as well as 403 and tells no more (a record the role has no view of).
			return status == 403 || status == 404 ? null : "expected 403 (role not allowed), got " + status;
		}
		if (line.has("redirects") && status == 302) {
			return null;
		}
		if (line.has("blind") && viewer.masked() && status == 400) {
			return null;
		}
		boolean inside = line.has("unscoped") || line.kinds().isEmpty() || area.insideOf(viewer.scope());
		if (line.kinds().isEmpty() && line.has("scopedparam") && !area.insideOf(viewer.scope())) {
			return status / 100 == 2 || status == 403 || status == 404 ? null
					: "expected an empty answer or 403/404 outside the area, got " + status;
		}
		if (inside) {
			return status / 100 == 2 || status == 404 && line.has("absent") ? null
					: "expected 2xx (allowed, own area), got " + status;
		}
		return status == 404 ? null : "expected 404 (outside the area), got " + status;
	}

	private String writeStatus(Line line, Viewer viewer, Area area, Answer answer) {
		int status = answer.status();
		if (status >= 500) {
			return "answered " + status;
		}
		if (line.has("public")) {
			return null;
		}
		if (viewer.anonymous()) {
			return anonymousRefused(line, answer) ? null : "expected a refusal of the anonymous caller, got " + status;
		}
		boolean refusedPage = !line.api() && (status == 200 || status == 302) && REFUSAL.matcher(answer.text()).find();
		if (!line.allows(viewer.role())) {
			return status / 100 == 4 || refusedPage || !line.api() && (status == 200 || status == 302)
					&& FORM_ERROR.matcher(answer.text()).find() ? null
							: "expected a refusal (role not allowed), got " + status;
		}
		return status == 403 || status == 404 || refusedPage ? null
				: "expected 403/404 or a page refusing the place (outside the area), got " + status;
	}

	private static boolean anonymousRefused(Line line, Answer answer) {
		if (line.api()) {
			return answer.status() == 401;
		}
		return answer.status() == 403
				|| answer.status() == 302 && answer.location() != null && answer.location().contains("/login");
	}

	/** What the answer shows that the viewer may not see. */
	private List<String> leaks(Line line, Viewer viewer, Area area, Answer answer) {
		List<String> leaks = leaksOf(viewer, answer.text(), line.has("reveal") && !line.read() && answer.status() / 100 == 2);
		if (line.has("blind") && viewer.masked() && area.insideOf(viewer.scope())
				&& answer.text().contains(area.persons().getFirst().name())) {
			leaks.add("a search by hidden digits (" + line.params() + ") finds " + area.persons().getFirst().name()
					+ " for a masked role");
		}
		return leaks;
	}

	private List<String> leaksOf(Viewer viewer, String text, boolean revealed) {
		List<String> leaks = new ArrayList<>();
		for (Area other : areas) {
			boolean outside = !other.insideOf(viewer.scope());
			for (Person person : other.persons()) {
				if (outside && text.contains(person.name())) {
					leaks.add("LEAK name " + person.name() + " of " + other.label());
				}
				for (String identifier : new String[] { person.idNumber(), person.phone() }) {
					if (identifier != null && text.contains(identifier)) {
						if (outside) {
							leaks.add("LEAK " + identifier + " of " + other.label());
						}
						else if (viewer.masked() && !revealed) {
							leaks.add("UNMASKED " + identifier + " of " + other.label() + " for a masked role");
						}
					}
				}
			}
		}
		return leaks;
	}

	// ---- cells

	/**
	 * The areas a read is tried in: all three when the line names a record or a place, else one; and one
	 * for an unmasked viewer of the whole county, for whom every place is inside.
	 */
	private List<Area> targets(Line line, Viewer viewer) {
		boolean everywhere = !viewer.anonymous() && !viewer.masked() && areas.stream().allMatch(a -> a.insideOf(viewer.scope()));
		return everywhere || line.kinds().isEmpty() && !line.params().contains("${") ? areas.subList(0, 1) : areas;
	}

	/**
	 * The writes that are tried: a role that may not write, once in its own area; an allowed role only
	 * outside its area (inside, the write would succeed and change what the other cells read).
	 */
	private List<Area> writeTargets(Line line, Viewer viewer) {
		if (viewer.anonymous() || line.has("public")) {
			return viewer.anonymous() && !line.api() && line.has("public") ? List.of() : areas.subList(0, 1);
		}
		if (!line.allows(viewer.role())) {
			return List.of(areas.stream().filter(a -> a.insideOf(viewer.scope())).findFirst().orElse(areas.getFirst()));
		}
		boolean placed = !line.kinds().isEmpty() || line.params().contains("${area}");
		if (line.has("async") || line.has("unscoped") || !placed) {
			return List.of();
		}
		return areas.stream().filter(a -> !a.insideOf(viewer.scope())).toList();
	}

	/** The fields of the last page write, whose values the page may show back in its form. */
	private String lastSent = "";

	/**
	 * The answer without what the caller sent shown back to it (a search box keeps its query, a form
	 * shown again keeps what was typed): that is no leak, and would hide the ones that are.
	 */
	private static Answer echoless(Answer answer, String sent) {
		String text = answer.text();
		for (String value : sent.split("[?&=]")) {
			String plain = java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
			if (plain.length() >= 5) {
				text = text.replace("value=\"" + plain + "\"", "value=\"(sent)\"").replace("=" + value, "=(sent)");
			}
		}
		return new Answer(answer.status(), answer.contentType(), answer.location(), text);
	}

	private Answer write(Line line, Viewer viewer, Area area, String target) {
		if (line.api()) {
			String body = line.params().isEmpty() ? (line.has("async") ? null : "{}") : fill(line.params(), area, true);
			return viewer.http().api(line.method(), target, body);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		if (!line.params().isEmpty()) {
			for (String pair : line.params().split("&")) {
				String[] kv = pair.split("=", 2);
				fields.put(kv[0], fill(kv.length > 1 ? kv[1] : "", area, false));
			}
		}
		lastSent = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + PageSession.enc(e.getValue()))
			.reduce((a, b) -> a + "&" + b)
			.orElse("");
		return viewer.http().form(target, fields);
	}

	/** The path with its variables replaced by the area's records, and the query filled in; null without a record. */
	private String target(Line line, Area area) {
		Matcher variables = PATH_VARIABLE.matcher(line.path());
		StringBuilder path = new StringBuilder();
		int index = 0;
		while (variables.find()) {
			String value = index < line.kinds().size() ? area.fact(line.kinds().get(index)) : null;
			if (value == null) {
				return null;
			}
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
			index++;
		}
		variables.appendTail(path);
		if (line.read() && !line.params().isEmpty()) {
			StringBuilder query = new StringBuilder();
			for (String pair : line.params().split("&")) {
				String[] kv = pair.split("=", 2);
				query.append(query.isEmpty() ? "?" : "&").append(kv[0]).append('=')
					.append(PageSession.enc(fill(kv.length > 1 ? kv[1] : "", area, false)));
			}
			path.append(query);
		}
		return path.toString();
	}

	private String fill(String template, Area area, boolean json) {
		Matcher references = FACT_REFERENCE.matcher(template);
		StringBuilder text = new StringBuilder();
		while (references.find()) {
			String key = references.group(1);
			String value = switch (key) {
				case "newId" -> MatrixFixtures.uniqueId();
				case "newPhone" -> MatrixFixtures.uniquePhone();
				case "uuid" -> UUID.randomUUID().toString();
				case "uuid8" -> UUID.randomUUID().toString().substring(0, 8);
				case "today" -> java.time.LocalDate.now(MatrixFixtures.ZONE).toString();
				case "yesterday" -> java.time.LocalDate.now(MatrixFixtures.ZONE).minusDays(1).toString();
				case "tomorrow" -> java.time.LocalDate.now(MatrixFixtures.ZONE).plusDays(1).toString();
				case "arrivalBody" -> arrivalBody(Map.of("idNumber", MatrixFixtures.uniqueId(), "name", "矩阵返乡",
						"jurisdictionCode", area.code()));
				default -> area.fact(key);
			};
			if (value == null) {
				throw new IllegalStateException("no value for ${" + key + "} in " + template);
			}
			references.appendReplacement(text, Matcher.quoteReplacement(value));
		}
		references.appendTail(text);
		return text.toString();
	}

	private static String arrivalBody(Map<String, Object> person) {
		Map<String, Object> body = new LinkedHashMap<>();
		java.time.LocalDate day = java.time.LocalDate.now(MatrixFixtures.ZONE).minusDays(1);
		body.put("person", person);
		body.put("originCode", "420106");
		body.put("departureDate", day.minusDays(1).toString());
		body.put("arrivalDate", day.toString());
		body.put("transport", Map.of("mode", "TRAIN", "number", "G1"));
		body.put("temperature", 36.5);
		return json(body);
	}

	private static String json(Object value) {
		return MatrixHttp.JSON.writeValueAsString(value);
	}

	/**
	 * What the county's administrator reads of every record, to tell that a refused write changed nothing.
	 * An order's check slots are left out: their state follows the clock (due, then missed); a new
	 * reading shows in the order's last reading all the same.
	 */
	private Map<String, String> snapshot() {
		MatrixHttp admin = viewers.getFirst().http();
		Map<String, String> texts = new LinkedHashMap<>();
		for (Area area : areas) {
			for (String path : List.of("/api/v1/people/${person}", "/api/v1/people/${person2}",
					"/api/v1/households/${household}", "/api/v1/arrivals/${arrival}", "/api/v1/observations/${observation}",
					"/api/v1/cases/${case}", "/api/v1/cases/${case}/contacts",
					"/api/v1/isolation-sites/${site}", "/api/v1/isolation-sites/stays/${stay}",
					"/api/v1/isolation-sites/${site}/requests", "/api/v1/checkin-units/${unit}",
					"/api/v1/checkin-units/${unit}/alerts", "/api/v1/screening-rounds/${round}", "/api/v1/visits/${visit}",
					"/api/v1/list-entries/${entry}", "/api/v1/jurisdictions/${area}", "/api/v1/jurisdictions/${area}/children",
					"/api/v1/risk-areas/${riskarea}")) {
				String filled = fill(path, area, false);
				Answer answer = admin.api("GET", filled, null);
				texts.put(area.label() + " " + filled, answer.status() + " " + answer.text());
			}
		}
		return texts;
	}

	private static String cell(Line line, Viewer viewer, Area area) {
		return line + " as " + viewer + " on " + area.label();
	}

	/** What the answer said: a problem's text, or the error a page shows. */
	private static String body(Answer answer) {
		Matcher error = Pattern.compile("class=\"(field-error|alert|notice)\"[^>]*>([^<]*)").matcher(answer.text());
		if (answer.contentType().contains("html")) {
			return error.find() ? " showing \"" + error.group(2).strip() + "\"" : " showing no error";
		}
		return answer.status() / 100 == 2 ? "" : " " + abbreviate(answer.text());
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "null";
		}
		String flat = text.replaceAll("\\s+", " ");
		return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
	}

	private void report(String what, int cells, List<String> failures) {
		System.out.printf("authorization matrix, %s: %d cells, %d failing%n", what, cells, failures.size());
		spent.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(8)
			.forEach(e -> System.out.printf("    slowest: %s %d ms%n", e.getKey(), e.getValue() / 1_000_000));
		spent.clear();
		failures.forEach(failure -> System.out.println("  " + failure));
		assertThat(failures).as("failing cells of the %s (%d of %d)", what, failures.size(), cells).isEmpty();
	}

	private Viewer viewer(String username) {
		MatrixHttp http = MatrixHttp.signIn(port, username);
		JsonNode me = http.api("GET", "/api/v1/me", null).json();
		return new Viewer(username, me.path("role").asString(), me.path("jurisdictionCode").asString(),
				me.path("masked").asBoolean(), http);
	}

	private static String account(MatrixHttp admin, Role role, String area) {
		String username = "mx-" + UUID.randomUUID().toString().substring(0, 12);
		Answer created = admin.api("POST", "/api/v1/users", json(Map.of("username", username, "displayName", "矩阵" + role,
				"password", org.bastion.ApiClient.PASSWORD, "role", role.name(), "jurisdictionCode", area)));
		assertThat(created.status()).as("%s", created.text()).isEqualTo(201);
		return username;
	}
}
