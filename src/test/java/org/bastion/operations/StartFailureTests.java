package org.bastion.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.BastionApplication;
import org.bastion.DataFolderStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A start that cannot go on says why, and what to do, in the last line of the log. */
@ExtendWith(OutputCaptureExtension.class)
class StartFailureTests {

	@Test
	void aTakenPortIsToldBeforeANewDatabaseIsMade(@TempDir Path temp, CapturedOutput output) throws IOException {
		Path folder = temp.resolve("new-folder");
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> DataFolderStart.start(folder, "--server.port=" + port).close()).isNotNull();
			assertThat(DataFolderStart.lastLine(output)).contains("Bastion did not start")
				.contains("Port " + port + " is already in use (server.port)")
				.contains("--server.port=" + (port + 1));
		}
		assertThat(folder).as("nothing was created for the start that could not listen").doesNotExist();
	}

	@Test
	void aDataFolderThatCannotBeWrittenIsNamedWithItsSetting(@TempDir Path temp, CapturedOutput output) throws IOException {
		// Root may write anywhere it has permissions for, but nobody makes a folder inside a regular file.
		Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
		Path folder = file.resolve("data");
		assertThatThrownBy(() -> DataFolderStart.start(folder).close()).isNotNull();
		assertThat(DataFolderStart.lastLine(output)).contains("Bastion did not start")
			.contains("The data folder " + folder + " (bastion.data-dir) cannot be written")
			.contains("--bastion.data-dir=");
	}

	@Test
	void aDataFolderHeldOpenByAnotherProcessIsToldAsSuch(@TempDir Path folder, CapturedOutput output) throws Exception {
		Process other = holdOpen(folder);
		try {
			assertThatThrownBy(() -> DataFolderStart.start(folder).close()).isNotNull();
			assertThat(DataFolderStart.lastLine(output)).contains("Bastion did not start")
				.contains("The data folder " + folder + " (bastion.data-dir) is in use by another process")
				.contains("another --bastion.data-dir");
		}
		finally {
			other.destroy();
			other.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aMissingPostgreSqlDatabaseIsNamedWithTheCommandThatMakesIt(CapturedOutput output) {
		Matcher server = postgreSql();
		String database = "wt_startup_no_such_database";
		assertThatThrownBy(() -> run(server, database, System.getenv("SPRING_DATASOURCE_USERNAME"))).isNotNull();
		assertThat(DataFolderStart.lastLine(output)).contains("Bastion did not start")
			.contains("has no database \"" + database + "\"")
			.contains("createdb -O " + System.getenv("SPRING_DATASOURCE_USERNAME") + " " + database);
	}

	@Test
	void aMissingPostgreSqlRoleIsNamedWithTheCommandThatMakesIt(CapturedOutput output) {
		Matcher server = postgreSql();
		String role = "wt_startup_no_such_role";
		assertThatThrownBy(() -> run(server, server.group(2), role)).isNotNull();
		assertThat(DataFolderStart.lastLine(output)).contains("Bastion did not start")
			.contains("has no role \"" + role + "\" (spring.datasource.username)")
			.contains("createuser --pwprompt " + role);
	}

	/** The suite's PostgreSQL server (see .ci/run), or the test is skipped on H2. */
	private static Matcher postgreSql() {
		String url = String.valueOf(System.getenv("SPRING_DATASOURCE_URL"));
		Matcher server = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)").matcher(url);
		assumeTrue(server.lookingAt(), "the suite runs on H2");
		return server;
	}

	private static void run(Matcher server, String database, String role) {
		SpringApplication.run(BastionApplication.class, "--spring.datasource.url=" + server.group(1) + database,
				"--spring.datasource.username=" + role, "--server.port=0", "--bastion.demo.enabled=false")
			.close();
	}

	/** Another process opens the embedded database, as a second Bastion on the same folder would. */
	private static Process holdOpen(Path folder) throws IOException {
		Path h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().getPath());
		Process shell = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				h2.toString(), "org.h2.tools.Shell", "-url", "jdbc:h2:file:" + folder + "/bastion", "-user", "sa",
				"-password", "")
			.redirectErrorStream(true)
			.start();
		BufferedReader lines = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		int next;
		// The shell prompts once it holds the database open.
		while (!seen.toString().contains("sql>") && (next = lines.read()) != -1) {
			seen.append((char) next);
		}
		assertThat(seen.toString()).as("the other process opened the database").contains("sql>");
		return shell;
	}
}
