package org.bastion.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test in Chromium against the whole application on a random port: a fresh browser per test, closed
 * after it. Without Chromium the test is skipped (or fails under {@code CI=true}), see {@link Browser#open}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.open(port);
	}

	@AfterEach
	void closeBrowser() {
		// Null when the test was skipped for want of Chromium.
		if (browser != null) {
			browser.close();
		}
	}
}
