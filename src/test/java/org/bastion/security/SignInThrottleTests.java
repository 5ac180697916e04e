package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The allowance of failed sign-ins per address: IPv4 per address, IPv6 per /64. */
class SignInThrottleTests {

	private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15));

	@Test
	void anAddressHasItsAllowanceAndThenWaitsForItToRefill() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.take("192.0.2.1")).isZero();
		}
		assertThat(throttle.take("192.0.2.1")).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
		assertThat(throttle.take("192.0.2.2")).as("the next address").isZero();
	}

	@Test
	void aSuccessGivesItsAttemptBack() {
		for (int i = 0; i < 10; i++) {
			assertThat(throttle.take("192.0.2.3")).isZero();
			throttle.giveBack("192.0.2.3");
		}
	}

	@Test
	void ipv6AddressesCountPerSlash64() {
		assertThat(SignInThrottle.key("2001:db8:1:2::1")).isEqualTo(SignInThrottle.key("2001:db8:1:2:ffff::9"))
			.isEqualTo(SignInThrottle.key("2001:0db8:0001:0002:0:0:0:abcd"));
		assertThat(SignInThrottle.key("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.key("2001:db8:1:2::1"));
		assertThat(SignInThrottle.key("192.0.2.1")).isNotEqualTo(SignInThrottle.key("192.0.2.2"));
	}
}
