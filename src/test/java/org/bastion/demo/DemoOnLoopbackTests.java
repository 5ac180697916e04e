package org.bastion.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The demo, whose password everybody knows, is reachable from this machine only unless told otherwise. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoOnLoopbackTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoAnswersOnLoopbackAndNotOnTheMachinesNetworkAddress() throws IOException {
		try (Socket local = new Socket()) {
			local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
			assertThat(local.isConnected()).isTrue();
		}
		Optional<InetAddress> network = networkAddress();
		assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
		try (Socket remote = new Socket()) {
			assertThatThrownBy(() -> remote.connect(new InetSocketAddress(network.get(), port), 10_000))
				.isInstanceOf(ConnectException.class);
		}
	}

	@Test
	void anExplicitAddressWins() {
		assertThat(addressAfter(Map.of("bastion.demo.enabled", "true"))).isEqualTo("127.0.0.1");
		assertThat(addressAfter(Map.of("bastion.demo.enabled", "true", "server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
		assertThat(addressAfter(Map.of("bastion.demo.enabled", "false"))).isNull();
	}

	private static String addressAfter(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
		new DemoOnLoopback().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty("server.address");
	}

	private static Optional<InetAddress> networkAddress() throws SocketException {
		return NetworkInterface.networkInterfaces()
			.filter(nic -> {
				try {
					return nic.isUp() && !nic.isLoopback();
				}
				catch (SocketException ex) {
					return false;
				}
			})
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst();
	}
}
