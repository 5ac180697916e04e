package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.bastion.arrivals.RiskLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who a passage hands on, and to whom: every outcome against fever, risk and destination. */
class FollowUpPolicyTest {

	@ParameterizedTest(name = "{0}, fever {1}, risk {2}, heading into the county {3} -> {4}")
	@CsvSource(delimiter = '|', textBlock = """
			PASSED                | false | NONE   | true  |
			PASSED                | false | HIGH   | true  | HAND_OVER
			PASSED                | false | LOW    | true  | HAND_OVER
			PASSED                | false | HIGH   | false |
			TURNED_BACK           | false | HIGH   | true  |
			TURNED_BACK           | true  | HIGH   | true  | FEVER
			REFERRED_OBSERVATION  | false | NONE   | true  | HAND_OVER
			REFERRED_OBSERVATION  | false | NONE   | false |
			REFERRED_FEVER_CLINIC | true  | NONE   | true  | FEVER
			REFERRED_FEVER_CLINIC | true  | MEDIUM | true  | FEVER HAND_OVER
			REFERRED_FEVER_CLINIC | true  | MEDIUM | false | FEVER
			""")
	void anOccupantIsHandedOnForWhatTheRoadsideFound(PassageOutcome outcome, boolean fever, RiskLevel risk,
			boolean heading, String expected) {
		PassagePolicy.Person occupant = new PassagePolicy.Person("张三", null, "13912341111",
				new BigDecimal(fever ? "38.1" : "36.5"), fever, null, heading ? "511528103" : null, null);
		assertThat(FollowUpPolicy.of(outcome, occupant, risk, heading).stream().map(Enum::name).toList())
			.containsExactly(expected == null ? new String[0] : expected.split(" "));
	}
}
