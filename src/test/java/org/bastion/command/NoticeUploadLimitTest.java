package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A notice posted with more bytes than its files may hold together is refused from its length, unread. */
class NoticeUploadLimitTest {

	static final long LIMIT = 51 * 1024 * 1024;

	@Test
	void aRequestDeclaringMoreThanTheFilesMayHoldIsAnswered413AndNotPassedOn() throws Exception {
		MockHttpServletRequest large = new MockHttpServletRequest("POST", "/api/v1/notices") {
			@Override
			public long getContentLengthLong() {
				return LIMIT + 1;
			}
		};
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		NoticeUploadLimit.refuseOrPass(large, response, chain, LIMIT, messages(), 50);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("\"field\":\"files\"", "at most 50 MB");
		assertThat(chain.getRequest()).as("not passed on").isNull();
	}

	@Test
	void aRequestWithinTheLimitAndEveryReadPassOn() throws Exception {
		MockHttpServletRequest small = new MockHttpServletRequest("POST", "/api/v1/notices");
		small.setContent(new byte[1024]);
		MockFilterChain chain = new MockFilterChain();
		NoticeUploadLimit.refuseOrPass(small, new MockHttpServletResponse(), chain, LIMIT, messages(), 50);
		assertThat(chain.getRequest()).isSameAs(small);
		MockHttpServletRequest read = new MockHttpServletRequest("GET", "/notices");
		MockFilterChain readChain = new MockFilterChain();
		NoticeUploadLimit.refuseOrPass(read, new MockHttpServletResponse(), readChain, LIMIT, messages(), 50);
		assertThat(readChain.getRequest()).isSameAs(read);
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("error.tooLarge", Locale.ENGLISH, "The file is too large: at most {0} MB.");
		return messages;
	}
}
