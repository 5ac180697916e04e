package org.bastion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Bastion as an operator does, with arguments and an embedded database in a data folder
 * of its own (not the test profile's in-memory one), so that a test can start it again on the
 * same folder, or watch a start fail.
 */
public final class DataFolderStart {

	private DataFolderStart() {
	}

	/** The arguments of a start on {@code folder}; {@code --demo} and any other argument may follow. */
	public static String[] arguments(Path folder, String... more) {
		List<String> args = new ArrayList<>(List.of("--bastion.data-dir=" + folder,
				"--spring.datasource.url=jdbc:h2:file:" + folder
						+ "/bastion;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
				"--bastion.demo.persons=60"));
		// The test profile turns the demo on; an operator's start has it off unless they ask.
		if (!Arrays.asList(more).contains("--demo")) {
			args.add("--bastion.demo.enabled=false");
		}
		args.addAll(Arrays.asList(more));
		return BastionApplication.translateShortFlags(args.toArray(String[]::new));
	}

	public static ConfigurableApplicationContext start(Path folder, String... more) {
		return SpringApplication.run(BastionApplication.class, arguments(folder, more));
	}

	public static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** The last line of the log that is not blank: what an operator reads first. */
	public static String lastLine(CapturedOutput output) {
		List<String> lines = output.getAll().lines().filter(line -> !line.isBlank()).toList();
		return lines.isEmpty() ? "" : lines.getLast();
	}
}
