package org.bastion.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.bastion.observation.Observations;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ContactPolicyTest {

	private static final LocalDate TODAY = LocalDate.of(2020, 2, 10);

	private static NewContact contact(String name, String phone, String id, LocalDate exposure) {
		return new NewContact(name, phone, id, "同事", exposure);
	}

	@Test
	void aContactRepeatedInTheBatchIsKeptOnceByIdNumberOrByNameAndPhone() {
		List<ContactPolicy.CheckedRow> kept = ContactPolicy.check(List.of(
				contact("张三", "13912341111", "11010519491231002X", null),
				contact("张三丰", null, "11010519491231002x", null),
				contact("李四", "139 1234 2222", null, null),
				contact("李四", "13912342222", null, null),
				contact("李四", "13912343333", null, null)), TODAY);
		assertThat(kept).extracting(ContactPolicy.CheckedRow::index).containsExactly(0, 2, 4);
		assertThat(kept.get(0).matchKey()).isEqualTo("i:11010519491231002X");
		assertThat(kept.get(1).matchKey()).isEqualTo("n:李四|13912342222");
	}

	@Test
	void theStoredKeyOfAContactWithAnIdNumberIsThePerson() {
		var row = ContactPolicy.check(List.of(contact("张三", null, "11010519491231002X", null)), TODAY).get(0);
		assertThat(ContactPolicy.storedKey(row, 42)).isEqualTo("p:42");
		var noId = ContactPolicy.check(List.of(contact("王五", "13912341111", null, null)), TODAY).get(0);
		assertThat(ContactPolicy.storedKey(noId, 42)).isEqualTo("n:王五|13912341111");
	}

	@Test
	void everyBrokenRowIsNamedByItsField() {
		assertThatThrownBy(() -> ContactPolicy.check(Arrays.asList(
				contact(" ", null, null, null),
				contact("张三", null, null, TODAY.plusDays(1)),
				contact("李四", null, null, TODAY.minusDays(Observations.MAX_DAYS_BACK + 1)),
				contact("王五", null, null, TODAY.minusDays(Observations.MAX_DAYS_BACK))), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(FieldViolation::field, FieldViolation::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("contacts[0].name", "contact.row.name"),
						org.assertj.core.groups.Tuple.tuple("contacts[1].lastExposureDate", "contact.row.exposureFuture"),
						org.assertj.core.groups.Tuple.tuple("contacts[2].lastExposureDate", "contact.row.exposureOld")));
	}

	@Test
	void theCaseThemselfIsRefusedNamingTheRow() {
		var row = ContactPolicy.check(List.of(contact("甲", null, null, null), contact("乙", null, null, null)), TODAY).get(1);
		ContactPolicy.notTheCase(row, 7, 8);
		assertThatThrownBy(() -> ContactPolicy.notTheCase(row, 8, 8))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.violations().get(0).field()).isEqualTo("contacts[1].idNumber");
				assertThat(e.violations().get(0).messageKey()).isEqualTo("contact.row.self");
				assertThat(e.violations().get(0).arguments()).containsExactly(2);
			});
	}

	@Test
	void pastedLinesAreReadWithCommasTabsAndMissingFields() {
		List<NewContact> rows = ContactLines.parse("""
				张三，13912341111，，同事，2020-02-01
				李四\t13912342222\t11010519491231002X\t家人

				王五""");
		assertThat(rows).containsExactly(new NewContact("张三", "13912341111", null, "同事", LocalDate.of(2020, 2, 1)),
				new NewContact("李四", "13912342222", "11010519491231002X", "家人", null),
				new NewContact("王五", null, null, null, null));
		assertThat(ContactLines.parse("赵六,139,,,2020/02/03").get(0).lastExposureDate()).isEqualTo(LocalDate.of(2020, 2, 3));
		assertThatThrownBy(() -> ContactLines.parse("甲\n乙,,,,昨天"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations().get(0).field()).isEqualTo("contacts[1].lastExposureDate"));
		assertThat(ContactLines.parse(null)).isEmpty();
	}
}
