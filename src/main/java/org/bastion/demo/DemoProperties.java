package org.bastion.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bastion.demo.enabled} loads the demo county; {@code bastion.demo.persons} sets its
 * population (20,000 by default; 1,000,000 for benchmarks); the seed makes it repeatable.
 */
@ConfigurationProperties("bastion.demo")
record DemoProperties(boolean enabled, Integer persons, Long seed) {

	static final String PASSWORD = "demo12345";

	int personCount() {
		return persons == null ? 20_000 : persons;
	}

	long randomSeed() {
		return seed == null ? 20200123L : seed;
	}
}
