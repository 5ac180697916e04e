package org.bastion.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the phone keeps: the entries typed without a network, waiting to be sent or refused on sending.
 * They live in the phone's IndexedDB, never on the server, so the page is a frame that
 * static/js/offline-queue.js fills in; the service worker keeps it for opening without a network.
 */
@Controller
class OfflinePageController {

	@GetMapping("/offline")
	String queue() {
		return "offline/queue";
	}
}
