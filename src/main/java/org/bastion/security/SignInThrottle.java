package org.bastion.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed password sign-ins per client address, so that one address cannot try passwords for many
 * accounts (the lock only counts per account). An attempt takes a token from its address's bucket
 * before its password is checked, and a successful one gives it back: attempts sent at once cannot
 * all be checked, and only failures use up the allowance. Buckets live in this node's memory, a
 * bounded number of them; IPv6 addresses count per /64, the block one subscriber usually holds.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final int attempts;

	private final Duration period;

	private final Cache<String, Bucket> buckets;

	SignInThrottle(@Value("${bastion.sign-in.failures-per-address:20}") int attempts,
			@Value("${bastion.sign-in.failures-period:15m}") Duration period) {
		this.attempts = attempts;
		this.period = period;
		// A bucket left alone for one period is full again, so forgetting it changes nothing.
		this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period).build();
	}

	/** Takes one attempt for {@code address}: zero when allowed, otherwise how long until the next one. */
	Duration take(String address) {
		ConsumptionProbe probe = bucket(address).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed() && probe.getRemainingTokens() == 0) {
			// Once per exhausted allowance, not per refused attempt: a flood cannot flood the log.
			log.warn("Sign-in attempts from {} have used up their allowance of {} failures per {}; further attempts "
					+ "are refused with 429 until it refills", address.replaceAll("[^0-9A-Za-z:.%-]", "?"), attempts, period);
		}
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	/** Gives back the attempt of a sign-in that succeeded. */
	void giveBack(String address) {
		Bucket bucket = buckets.getIfPresent(key(address));
		if (bucket != null) {
			bucket.addTokens(1);
		}
	}

	private Bucket bucket(String address) {
		return buckets.get(key(address), key -> Bucket.builder()
			.addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, period))
			.build());
	}

	static String key(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			// A literal with a colon is parsed, never looked up.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? Arrays.toString(Arrays.copyOf(bytes, 8)) : address;
		}
		catch (UnknownHostException notAnAddress) {
			return address;
		}
	}
}
