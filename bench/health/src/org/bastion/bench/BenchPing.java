package org.bastion.bench;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trivial endpoint the ingestion figures stand beside: the same server, filters and bearer-token
 * sign-in as the checks, and nothing else. Registered by the bench only; the application has no such
 * endpoint.
 */
@RestController
class BenchPing {

	@GetMapping("/api/v1/bench/ping")
	String ping() {
		return "ok";
	}
}
