package org.bastion.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bastion.ApiClient;
import org.bastion.DataFolderStart;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The README's backup: taken while Bastion runs, unpacked into an empty folder, started again. */
class BackupTests {

	@Test
	void aBackupRestoredIntoAFreshDataFolderHoldsEveryRecord(@TempDir Path temp) throws IOException {
		Path original = temp.resolve("original");
		Path restored = temp.resolve("restored");
		byte[] backup;
		Map<String, Long> counts;
		List<Map<String, Object>> persons;
		try (ConfigurableApplicationContext running = DataFolderStart.start(original, "--demo")) {
			int port = DataFolderStart.port(running);
			ResponseEntity<byte[]> answer = ApiClient.signedIn(port, "demo-admin").post().uri("/api/v1/admin/backup")
				.retrieve().toEntity(byte[].class);
			assertThat(answer.getStatusCode().value()).isEqualTo(200);
			assertThat(answer.getHeaders().getContentDisposition().getFilename()).matches("bastion-\\d{8}-\\d{6}\\.zip");
			backup = answer.getBody();
			JdbcClient jdbc = running.getBean(JdbcClient.class);
			counts = counts(jdbc);
			persons = somePersons(jdbc);
			assertThat(original.resolve("backups")).as("no copy is left on the server").isEmptyDirectory();
		}
		// The 60 persons of the population, and the returnees, contacts and staff of the demo's month.
		assertThat(counts.get("person")).isGreaterThan(60);
		assertThat(counts.get("audit_log")).isPositive();

		assertThat(unzip(backup, restored)).containsExactly("bastion.mv.db");

		try (ConfigurableApplicationContext again = DataFolderStart.start(restored, "--demo")) {
			JdbcClient jdbc = again.getBean(JdbcClient.class);
			Map<String, Long> restoredCounts = counts(jdbc);
			// Starting again with --demo looks for the demo's month, which the audit log records as a search.
			assertThat(restoredCounts.remove("audit_log")).isGreaterThanOrEqualTo(counts.get("audit_log"));
			Map<String, Long> records = new TreeMap<>(counts);
			records.remove("audit_log");
			// The scheduler's locks are rows its jobs take when one first runs, at any moment of either start: not records.
			records.remove("shedlock");
			restoredCounts.remove("shedlock");
			assertThat(restoredCounts).isEqualTo(records);
			assertThat(somePersons(jdbc)).isEqualTo(persons);
			int port = DataFolderStart.port(again);
			for (Map<String, Object> person : persons) {
				String page = ApiClient.signedIn(port, "demo-county").get().uri("/api/v1/people/{id}", person.get("id"))
					.retrieve().body(String.class);
				assertThat(page).contains((String) person.get("name")).contains((String) person.get("id_number"));
			}
		}
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class Refused {

		@LocalServerPort
		int port;

		@Test
		void toAnyoneButASystemAdministratorAndOnADatabaseThatIsNotEmbedded() {
			assertThat(ApiClient.signedIn(port, "demo-county").post().uri("/api/v1/admin/backup").retrieve()
				.toBodilessEntity().getStatusCode().value()).isEqualTo(403);
			assertThat(ApiClient.anonymous(port).post().uri("/api/v1/admin/backup").retrieve().toBodilessEntity()
				.getStatusCode().value()).isEqualTo(401);
			// The suite's database is H2 in memory or PostgreSQL: neither is backed up this way.
			ResponseEntity<String> notEmbedded = ApiClient.signedIn(port, "demo-admin").post().uri("/api/v1/admin/backup")
				.header("Accept-Language", "en").retrieve().toEntity(String.class);
			assertThat(notEmbedded.getStatusCode().value()).isEqualTo(409);
			assertThat(notEmbedded.getBody()).contains("pg_dump");
		}
	}

	private static Map<String, Long> counts(JdbcClient jdbc) {
		List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'").query(String.class).list();
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables) {
			counts.put(table, jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
		}
		assertThat(counts).containsKeys("person", "household", "jurisdiction", "app_user", "flyway_schema_history");
		return counts;
	}

	private static List<Map<String, Object>> somePersons(JdbcClient jdbc) {
		return jdbc.sql("SELECT id, id_number, name, phone, jurisdiction_path FROM person ORDER BY id DESC LIMIT 3")
			.query()
			.listOfRows();
	}

	private static List<String> unzip(byte[] zip, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<String> names = new ArrayList<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
				names.add(entry.getName());
				Files.copy(entries, folder.resolve(entry.getName()));
			}
		}
		return names;
	}
}
