package org.bastion.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RoomCapacityTest {

	@Test
	void aRoomTakesOnePersonPerBed() {
		assertThat(RoomCapacity.of(1, 0)).isEqualTo(new RoomCapacity.Fits(0));
		assertThat(RoomCapacity.of(1, 1)).isEqualTo(new RoomCapacity.Full(1));
		assertThat(RoomCapacity.of(4, 2)).isEqualTo(new RoomCapacity.Fits(1));
		assertThat(RoomCapacity.of(4, 3)).isEqualTo(new RoomCapacity.Fits(0));
		assertThat(RoomCapacity.of(4, 4)).isEqualTo(new RoomCapacity.Full(4));
	}

	@Test
	void aRoomOverfilledByHandStaysFull() {
		assertThat(RoomCapacity.of(2, 5)).isEqualTo(new RoomCapacity.Full(2));
	}

	@Test
	void everyCountUpToTheLargestRoomIsDecided() {
		for (int beds = 1; beds <= RoomCapacity.MAX_BEDS; beds++) {
			for (int occupied = 0; occupied <= beds; occupied++) {
				RoomCapacity decision = RoomCapacity.of(beds, occupied);
				if (occupied < beds) {
					assertThat(decision).isEqualTo(new RoomCapacity.Fits(beds - occupied - 1));
				}
				else {
					assertThat(decision).isEqualTo(new RoomCapacity.Full(beds));
				}
			}
		}
	}

	@Test
	void impossibleCountsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RoomCapacity.of(0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> RoomCapacity.of(2, -1));
	}
}
