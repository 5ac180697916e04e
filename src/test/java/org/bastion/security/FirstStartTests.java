package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.DataFolderStart;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** A real deployment's first start: one administrator, and no password anybody could know in advance. */
class FirstStartTests {

	private static int tokenStatus(int port, String username, String password) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build()
			.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", password))
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
			"bastion.demo.enabled=false", "BASTION_ADMIN_PASSWORD=chosen-by-the-operator",
			"spring.datasource.url=jdbc:h2:mem:first-start-configured;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
	class WithAConfiguredPassword {

		@LocalServerPort
		int port;

		@Test
		void theAdministratorSignsInWithIt() {
			assertThat(tokenStatus(port, "admin", "chosen-by-the-operator")).isEqualTo(200);
			assertThat(tokenStatus(port, "admin", "demo12345")).isEqualTo(401);
			assertThat(tokenStatus(port, "demo-admin", "demo12345")).isEqualTo(401);
		}
	}

	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
			"bastion.demo.enabled=false", "BASTION_ADMIN_PASSWORD=", "logging.level.org.bastion=INFO",
			"spring.datasource.url=jdbc:h2:mem:first-start-generated;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
	class WithoutAPassword {

		@LocalServerPort
		int port;

		@Test
		void aGeneratedPasswordIsPrintedOnceAndWorks(CapturedOutput output) {
			Matcher printed = Pattern.compile("password: (\\S+)").matcher(output.getAll());
			assertThat(printed.find()).as("the generated password is printed").isTrue();
			assertThat(tokenStatus(port, "admin", printed.group(1))).isEqualTo(200);
			assertThat(tokenStatus(port, "admin", "admin")).isEqualTo(401);
			assertThat(tokenStatus(port, "admin", "demo12345")).isEqualTo(401);
			assertThat(tokenStatus(port, "admin", "")).isEqualTo(400);
		}
	}

	/** Starts as an operator makes them, one after the other on one data folder. */
	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	class OnADataFolder {

		@Test
		void aDemoFolderStartedWithoutTheDemoIsRefusedSayingWhyAndHowToGoOn(@TempDir Path folder, CapturedOutput output) {
			try (ConfigurableApplicationContext demo = DataFolderStart.start(folder, "--demo")) {
				assertThat(tokenStatus(DataFolderStart.port(demo), "demo-admin", "demo12345")).isEqualTo(200);
			}

			assertThatThrownBy(() -> DataFolderStart.start(folder).close()).isNotNull();
			assertThat(DataFolderStart.lastLine(output)).contains("Bastion did not start")
				.contains("made by --demo")
				.contains("demo-admin")
				.contains("Start with --demo")
				.contains("bastion.data-dir");

			try (ConfigurableApplicationContext demoAgain = DataFolderStart.start(folder, "--demo")) {
				assertThat(tokenStatus(DataFolderStart.port(demoAgain), "demo-admin", "demo12345")).isEqualTo(200);
			}
		}

		@Test
		void aWeakAdministratorPasswordIsRefusedNamingTheVariableAndTheRule(@TempDir Path folder, CapturedOutput output) {
			assertThatThrownBy(() -> DataFolderStart.start(folder, "--BASTION_ADMIN_PASSWORD=1").close()).isNotNull();
			assertThat(DataFolderStart.lastLine(output)).contains("Bastion did not start")
				.contains("BASTION_ADMIN_PASSWORD")
				.contains("8 to 128 characters");

			try (ConfigurableApplicationContext started = DataFolderStart.start(folder,
					"--BASTION_ADMIN_PASSWORD=long-enough-for-the-rule")) {
				int port = DataFolderStart.port(started);
				assertThat(tokenStatus(port, "admin", "long-enough-for-the-rule")).isEqualTo(200);
				assertThat(tokenStatus(port, "admin", "1")).isEqualTo(401);
			}
		}
	}
}
