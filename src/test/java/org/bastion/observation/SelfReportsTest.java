package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.observation.SlotView.SlotState;
import org.junit.jupiter.api.Test;

class SelfReportsTest {

	@Test
	void theNameOnAForwardedLinkShowsOnlyTheSurname() {
		assertThat(SelfReports.maskName("张三丰")).isEqualTo("张**");
		assertThat(SelfReports.maskName("李四")).isEqualTo("李*");
		assertThat(SelfReports.maskName("王")).isEqualTo("王*");
		assertThat(SelfReports.maskName("𠀀明")).isEqualTo("𠀀*");
	}

	@Test
	void noticeNumbersArePrefixYearAndSixDigits() {
		assertThat(NoticeNumbers.format("XW", 2020, 123)).isEqualTo("XW-2020-000123");
		assertThat(NoticeNumbers.format("XW", 2021, 1_234_567)).isEqualTo("XW-2021-1234567");
	}

	@Test
	void aSlotsStateReadsFromItsReadingsAndWindow() {
		assertThat(SlotState.of(0, false, false)).isEqualTo(SlotState.DUE);
		assertThat(SlotState.of(0, false, true)).isEqualTo(SlotState.MISSED);
		assertThat(SlotState.of(1, false, true)).isEqualTo(SlotState.DONE);
		assertThat(SlotState.of(2, true, false)).isEqualTo(SlotState.FEVER);
	}
}
