package org.bastion.operations;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bastion.shared.StartRefused;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks what a start needs from the machine before anything is created: that the port is free,
 * then that the data folder can be written. Without the first check a start on a taken port
 * would make a whole new database in a new folder and only then fail; without the second, H2
 * would fail deep inside the connection pool with a message that does not name the setting.
 */
class StartChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!"none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""))) {
			String address = environment.getProperty("server.address");
			int port = environment.getProperty("server.port", Integer.class, 8080);
			checkPort(address, port, "server.port");
			Integer management = environment.getProperty("management.server.port", Integer.class);
			if (management != null && management != port) {
				checkPort(environment.getProperty("management.server.address", address == null ? "" : address),
						management, "management.server.port");
			}
		}
		checkDataFolder(Path.of(environment.getProperty("bastion.data-dir", "./data")));
	}

	/** After the configuration files are read, so that their settings count. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	static void checkPort(String address, int port, String setting) {
		if (port <= 0) {
			return;
		}
		String where = (address == null || address.isBlank()) ? "port " + port : address + ":" + port;
		try (ServerSocket socket = new ServerSocket()) {
			InetAddress host = (address == null || address.isBlank()) ? null : InetAddress.getByName(address);
			socket.bind(new InetSocketAddress(host, port));
		}
		catch (BindException ex) {
			if (String.valueOf(ex.getMessage()).contains("in use")) {
				throw new StartRefused("%s is already in use (%s): another program, perhaps another Bastion, listens there."
					.formatted(capitalized(where), setting),
						"Stop that program, or start Bastion on another port, e.g. --%s=%d.".formatted(setting, port + 1));
			}
			throw new StartRefused("Bastion cannot listen on %s (%s): %s.".formatted(where, setting, ex.getMessage()),
					"Give an address of this machine in server.address, or leave it unset to listen on all.");
		}
		catch (IOException ex) {
			throw new StartRefused("Bastion cannot listen on %s (%s): %s.".formatted(where, setting, ex.getMessage()),
					"Check server.address and %s.".formatted(setting));
		}
	}

	static void checkDataFolder(Path configured) {
		Path folder = configured.toAbsolutePath().normalize();
		try {
			Files.createDirectories(folder);
			Files.delete(Files.createTempFile(folder, ".bastion-write-check", ".tmp"));
		}
		catch (IOException ex) {
			throw new StartRefused("The data folder %s (bastion.data-dir) cannot be written: %s.".formatted(folder, why(ex)),
					"Give Bastion a folder it may create and write, e.g. --bastion.data-dir=/var/lib/bastion.", ex);
		}
	}

	private static String why(IOException ex) {
		if (ex instanceof FileAlreadyExistsException already) {
			return already.getFile() + " exists and is not a folder";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return (fs.getFile() == null ? "" : fs.getFile() + ": ") + fs.getReason();
		}
		return ex.getMessage();
	}

	private static String capitalized(String where) {
		return where.startsWith("port") ? "P" + where.substring(1) : where;
	}
}
