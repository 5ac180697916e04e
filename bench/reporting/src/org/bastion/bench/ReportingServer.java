package org.bastion.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bastion.BastionApplication;
import org.springframework.boot.SpringApplication;

/**
 * Bastion in a JVM of its own for the reporting benchmark, with the bench's trivial endpoint beside it:
 * the load comes from {@code wrk} outside, so the server has the JVM to itself. Arguments are Spring's.
 */
public final class ReportingServer {

	private ReportingServer() {
	}

	/**
	 * Writes the file {@code bench.ready} names once Spring has run the application runners (the demo
	 * loader among them): the port answers earlier, while the demo county is still being made.
	 */
	public static void main(String[] args) throws IOException {
		SpringApplication.run(new Class<?>[] { BastionApplication.class, BenchPing.class }, args);
		Files.writeString(Path.of(System.getProperty("bench.ready")), "ready\n");
	}
}
