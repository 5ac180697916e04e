package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.bastion.security.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * API tokens listed and revoked by their owner and by an administrator, signing out of the pages
 * with the tokens, and the audit of it: over HTTP against the running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokensApiTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	@Test
	void anOwnerListsTheirTokensWithoutSecretsAndRevokesTheOneInUse() {
		Account account = TestAccounts.gridWorker(port);
		RestClient first = client(ApiClient.token(port, account.username()));
		RestClient second = client(ApiClient.token(port, account.username()));

		List<Map<String, Object>> tokens = items(first.get().uri("/api/v1/auth/tokens").retrieve().toEntity(JSON));
		assertThat(tokens).hasSize(2).allSatisfy(token -> assertThat(token).containsOnlyKeys("id", "createdAt",
				"expiresAt", "current"));
		assertThat(tokens).filteredOn(token -> Boolean.TRUE.equals(token.get("current"))).hasSize(1);
		assertThat(first.get().uri("/api/v1/auth/tokens").retrieve().toEntity(String.class).getBody())
			.doesNotContain("hash");

		assertThat(first.delete().uri("/api/v1/auth/token").retrieve().toBodilessEntity().getStatusCode().value())
			.isEqualTo(204);
		assertThat(meStatus(first)).as("the revoked token").isEqualTo(401);
		assertThat(meStatus(second)).as("the other token").isEqualTo(200);
		assertThat(items(second.get().uri("/api/v1/auth/tokens").retrieve().toEntity(JSON))).hasSize(1);
		assertThat(audit(account.username(), "TOKEN_REVOKED")).hasSize(1);
	}

	@Test
	void aTokenOfSomeoneElseIsNotFoundButTheirAdministratorRevokesIt() {
		Account owner = TestAccounts.gridWorker(port);
		RestClient ownerClient = client(ApiClient.token(port, owner.username()));
		long id = ((Number) items(ownerClient.get().uri("/api/v1/auth/tokens").retrieve().toEntity(JSON)).getFirst()
			.get("id")).longValue();

		RestClient other = ApiClient.signedIn(port, "demo-county");
		assertThat(other.delete().uri("/api/v1/auth/tokens/{id}", id).retrieve().toEntity(JSON).getStatusCode().value())
			.isEqualTo(404);
		assertThat(other.get().uri("/api/v1/users/{id}/tokens", owner.id()).retrieve().toBodilessEntity()
			.getStatusCode().value()).as("an account's tokens are for administrators").isEqualTo(403);
		assertThat(meStatus(ownerClient)).isEqualTo(200);

		RestClient admin = ApiClient.signedIn(port, "demo-admin");
		List<Map<String, Object>> listed = items(
				admin.get().uri("/api/v1/users/{id}/tokens", owner.id()).retrieve().toEntity(JSON));
		assertThat(listed).extracting(token -> ((Number) token.get("id")).longValue()).containsExactly(id);
		assertThat(admin.delete().uri("/api/v1/auth/tokens/{id}", id).retrieve().toBodilessEntity().getStatusCode()
			.value()).isEqualTo(204);
		assertThat(meStatus(ownerClient)).isEqualTo(401);
		assertThat(admin.delete().uri("/api/v1/auth/tokens/{id}", id).retrieve().toBodilessEntity().getStatusCode()
			.value()).as("already revoked").isEqualTo(404);
	}

	@Test
	void anAdministratorRevokesEveryTokenOfAnAccountInTheirArea() {
		Account owner = TestAccounts.gridWorker(port);
		RestClient a = client(ApiClient.token(port, owner.username()));
		RestClient b = client(ApiClient.token(port, owner.username()));
		RestClient admin = ApiClient.signedIn(port, "demo-admin");

		assertThat(admin.delete().uri("/api/v1/users/{id}/tokens", owner.id()).retrieve().toBodilessEntity()
			.getStatusCode().value()).isEqualTo(204);
		assertThat(meStatus(a)).isEqualTo(401);
		assertThat(meStatus(b)).isEqualTo(401);
		assertThat(items(admin.get().uri("/api/v1/users/{id}/tokens", owner.id()).retrieve().toEntity(JSON))).isEmpty();
		assertThat(admin.get().uri("/api/v1/users/{id}/tokens", Long.MAX_VALUE).retrieve().toBodilessEntity()
			.getStatusCode().value()).isEqualTo(404);
		assertThat(audit(owner.username(), "TOKEN_REVOKED")).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("username", "demo-admin"));
	}

	@Test
	void signingOutOfThePagesRevokesTheTokensOnlyWhenAsked() throws Exception {
		Account account = TestAccounts.gridWorker(port);
		RestClient kept = client(ApiClient.token(port, account.username()));
		PageSession page = PageSession.signIn(port, account.username());
		String home = page.get("/").body();
		assertThat(home).contains("name=\"revokeTokens\"").contains("同时注销我的所有 API 令牌");
		assertThat(page.post("/logout", Map.of(), home).statusCode()).isEqualTo(302);
		assertThat(meStatus(kept)).as("signed out without ticking the box").isEqualTo(200);

		PageSession again = PageSession.signIn(port, account.username());
		var signedOut = again.post("/logout", Map.of("revokeTokens", "true"), again.get("/").body());
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location").orElse("")).contains("/login?logout");
		assertThat(meStatus(kept)).as("signed out with the box ticked").isEqualTo(401);
		assertThat(again.get("/").statusCode()).as("the session is gone too").isEqualTo(302);
		assertThat(audit(account.username(), "TOKEN_REVOKED")).singleElement()
			.satisfies(entry -> assertThat((String) entry.get("detail")).contains("signing out"));
	}

	@Test
	void theTokenApiNeedsATokenAndAPageSessionHasNoCurrentToken() {
		assertThat(ApiClient.anonymous(port).get().uri("/api/v1/auth/tokens").retrieve().toBodilessEntity()
			.getStatusCode().value()).isEqualTo(401);
		assertThat(ApiClient.anonymous(port).delete().uri("/api/v1/auth/token").retrieve().toBodilessEntity()
			.getStatusCode().value()).isEqualTo(401);
	}

	private RestClient client(String token) {
		return ApiClient.anonymous(port).mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	private static int meStatus(RestClient client) {
		return client.get().uri("/api/v1/me").retrieve().toBodilessEntity().getStatusCode().value();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> answer) {
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		assertThat(answer.getBody()).containsKey("nextCursor");
		return (List<Map<String, Object>>) answer.getBody().get("items");
	}

	/** The newest audit entries of an action about one account. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> audit(String target, String action) {
		Map<String, Object> page = ApiClient.signedIn(port, "demo-admin")
			.get()
			.uri("/api/v1/audit?action={a}&limit=1000", action)
			.retrieve()
			.body(JSON);
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.filter(entry -> ("user:" + target).equals(entry.get("target")))
			.toList();
	}
}
