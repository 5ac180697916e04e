package org.bastion.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo listens on this machine only: its accounts share a password printed in the README, so
 * a demo started on a laptop in a county office must not be reachable from the office network.
 * An explicit {@code server.address} (argument, environment, file) wins, since it is added last.
 */
class DemoOnLoopback implements EnvironmentPostProcessor, Ordered {

	static final String LOOPBACK = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("bastion.demo.enabled", Boolean.class, false)
				&& !environment.containsProperty("server.address")) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("demoOnLoopback", Map.of("server.address", LOOPBACK)));
		}
	}

	/** After the configuration files are read, so that a {@code server.address} in them counts. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
