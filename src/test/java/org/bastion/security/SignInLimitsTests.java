package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * Sign-in that an attacker cannot turn off nor race: the lock of an account stops its password but not
 * its tokens, failures are limited per client address on both doors, and attempts sent at once are not
 * all checked. Each test signs in from an address of its own (the app trusts X-Forwarded-For from
 * loopback), so that no test uses another's allowance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInLimitsTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final int PER_ADDRESS = 20;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final String address = someAddress();

	/** A documentation address (2001:db8::/32) in a /64 of its own. */
	static String someAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "2001:db8:%x:%x::1".formatted(random.nextInt(0x10000), random.nextInt(0x10000));
	}

	@Test
	void aLockedAccountKeepsItsTokensButSignsInWithItsPasswordNoMore() throws Exception {
		String username = TestAccounts.gridWorker(port).username();
		RestClient client = ApiClient.signedIn(port, username);
		for (int i = 0; i < LoginAttempts.LOCK_AFTER; i++) {
			assertThat(tokenRequest(username, "wrong-password", address).getStatusCode().value()).isEqualTo(401);
		}
		ResponseEntity<Map<String, Object>> locked = tokenRequest(username, ApiClient.PASSWORD, address);
		assertThat(locked.getStatusCode().value()).isEqualTo(401);
		assertThat((String) locked.getBody().get("detail")).contains("锁定");
		var page = PageSession.anonymous(port)
			.post("/login", Map.of("username", username, "password", ApiClient.PASSWORD), "/login");
		assertThat(page.headers().firstValue("Location").orElse("")).as("the page's sign-in").contains("error");

		assertThat(client.get().uri("/api/v1/me").retrieve().toBodilessEntity().getStatusCode().value())
			.as("a token issued before the lock").isEqualTo(200);
	}

	@Test
	void attemptsSentAtOnceForOneAccountHaveNoMorePasswordsCheckedThanTheLockAllows() throws Exception {
		String username = TestAccounts.gridWorker(port).username();
		List<Integer> statuses = atOnce(20, i -> tokenRequest(username, "wrong-" + i, address).getStatusCode().value());

		assertThat(statuses).containsOnly(401);
		assertThat(passwordsChecked(username)).isEqualTo(LoginAttempts.LOCK_AFTER);
		assertThat(tokenRequest(username, ApiClient.PASSWORD, someAddress()).getBody().get("detail").toString())
			.contains("锁定");
	}

	@Test
	void oneAddressHasItsFailuresLimitedAcrossAccountsEvenWhenSentAtOnce() throws Exception {
		String prefix = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		List<ResponseEntity<Map<String, Object>>> answers = atOnce(PER_ADDRESS + 5,
				i -> tokenRequest(prefix + i, "wrong-password", address));

		assertThat(answers).filteredOn(a -> a.getStatusCode().value() == 401).hasSize(PER_ADDRESS);
		List<ResponseEntity<Map<String, Object>>> refused = answers.stream()
			.filter(a -> a.getStatusCode().value() == 429)
			.toList();
		assertThat(refused).hasSize(5).allSatisfy(answer -> {
			assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
			assertThat(Long.parseLong(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
			assertThat(answer.getBody()).containsEntry("status", 429);
			assertThat((String) answer.getBody().get("detail")).contains("分钟后再试");
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND client_ip = ?")
			.param(address)
			.query(Long.class)
			.single()).as("passwords checked from the address").isEqualTo(PER_ADDRESS);

		assertThat(tokenRequest("demo-county", ApiClient.PASSWORD, address).getStatusCode().value())
			.as("the right password from the same address, not even checked").isEqualTo(429);
		assertThat(tokenRequest("demo-county", ApiClient.PASSWORD, someAddress()).getStatusCode().value())
			.as("the same account from elsewhere").isEqualTo(200);
	}

	@Test
	void successfulSignInsUseNoneOfTheAllowance() {
		for (int i = 0; i < PER_ADDRESS + 1; i++) {
			assertThat(tokenRequest("demo-village", ApiClient.PASSWORD, address).getStatusCode().value()).isEqualTo(200);
		}
		assertThat(tokenRequest("demo-village", "wrong-password", address).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void theSignInPageSharesTheAllowanceAndAnswers429WithTheFormAndHowLongToWait() throws Exception {
		String prefix = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		atOnce(PER_ADDRESS, i -> tokenRequest(prefix + i, "wrong-password", address));

		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = browser.send(fromAddress("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		String body = "username=demo-county&password=" + ApiClient.PASSWORD + "&_csrf=" + PageSession.enc(csrf(form));
		HttpResponse<String> refused = browser.send(fromAddress("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headers().firstValue(HttpHeaders.RETRY_AFTER).orElseThrow())).isPositive();
		assertThat(refused.body()).contains("id=\"login-throttled\"").contains("分钟后再试").contains("name=\"_csrf\"");
	}

	private HttpRequest.Builder fromAddress(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", address);
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1);
	}

	/** Passwords of {@code username} compared with its hash: failures other than "locked". */
	private long passwordsChecked(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND username = ? AND detail = ?")
			.params(username, "BadCredentialsException")
			.query(Long.class)
			.single();
	}

	/** Runs {@code count} requests released together, and their answers. */
	private static <T> List<T> atOnce(int count, IntFunction<T> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(threads.submit(() -> {
					start.await();
					return request.apply(n);
				}));
			}
			start.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
	}

	private ResponseEntity<Map<String, Object>> tokenRequest(String username, String password, String from) {
		return ApiClient.anonymous(port)
			.post()
			.uri("/api/v1/auth/token")
			.header("X-Forwarded-For", from)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", password))
			.retrieve()
			.toEntity(JSON);
	}
}
