package org.bastion;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** The arguments of a start on {@code folder}; {@code --demo} and other arguments may add to them or replace them. */
	public static String[] arguments(Path folder, String... more) {
		Map<String, String> args = new LinkedHashMap<>();
		args.put("bastion.data-dir", folder.toString());
		args.put("spring.datasource.url", "jdbc:h2:file:" + folder
				+ "/bastion;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
		args.put("spring.datasource.username", "sa");
		args.put("spring.datasource.password", "");
		args.put("server.port", "0");
		args.put("bastion.demo.persons", "60");
		// The test profile turns the demo on; an operator's start has it off unless they ask.
		args.put("bastion.demo.enabled", "false");
		for (String arg : BastionApplication.translateShortFlags(more)) {
			int equals = arg.indexOf('=');
			args.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return args.entrySet().stream().map(arg -> "--" + arg.getKey() + "=" + arg.getValue()).toArray(String[]::new);
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
