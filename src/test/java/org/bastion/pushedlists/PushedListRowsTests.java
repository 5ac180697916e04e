package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bastion.people.IdNumber;
import org.bastion.shared.TabularFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The row rules of a pushed list and the dates offices write. */
class PushedListRowsTests {

	private static final LocalDate TODAY = LocalDate.of(2020, 2, 3);

	private static final String ID = IdNumber.of("511528", LocalDate.of(1985, 6, 15), 123).value();

	private final ListImportPolicy rules = new ListImportPolicy(
			ListColumns.fromHeader(List.of("序号", "姓名", "身份证号", "联系电话", "到达日期", "所属乡镇", "来源地")), TODAY);

	@ParameterizedTest
	@CsvSource({ "2020-02-03", "2020/2/3", "2020.2.3", "2020年2月3日", "2020年02月03日", "20200203", "43864",
			"43864.5", "2020-02-03 10:30", "２０２０－０２－０３" })
	void datesAsOfficesWriteThem(String text) {
		assertThat(ListImportDates.parse(text)).contains(LocalDate.of(2020, 2, 3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020-02-30", "2020-13-01", "明天", "12345", "2020-2", "99999" })
	void notDates(String text) {
		assertThat(ListImportDates.parse(text)).isEmpty();
	}

	@Test
	void aGoodRowIsKeptWithItsFactsInCanonicalForm() {
		ListImportRow row = rules.check(line("1", "张三", ID.toLowerCase(), "１３８ １２３４ ５６７８", "2020/1/25", "共乐镇", "湖北省武汉市"));
		assertThat(row).isInstanceOfSatisfying(ListImportRow.Valid.class, a -> {
			assertThat(a.idNumber()).isEqualTo(ID);
			assertThat(a.phone()).isEqualTo("13812345678");
			assertThat(a.arrivalDate()).isEqualTo(LocalDate.of(2020, 1, 25));
			assertThat(a.township()).isEqualTo("共乐镇");
			assertThat(a.origin()).isEqualTo("湖北省武汉市");
		});
	}

	@Test
	void aPhoneAloneOrAnIdAloneIsEnough() {
		assertThat(rules.check(line("1", "张三", "", "13812345678", "", "", ""))).isInstanceOf(ListImportRow.Valid.class);
		assertThat(rules.check(line("1", "张三", ID, "", "", "", ""))).isInstanceOf(ListImportRow.Valid.class);
	}

	@Test
	void eachBrokenRuleNamesItsFieldAndReason() {
		String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
		assertRejected(line("1", "", ID, "", "", "", ""), "name", "pushedList.row.name.required");
		assertRejected(line("1", "张三", wrongCheck, "", "", "", ""), "idNumber", "pushedList.row.idNumber.CHECK_CHARACTER");
		assertRejected(line("1", "张三", "5115281990010112", "", "", "", ""), "idNumber", "pushedList.row.idNumber.LENGTH");
		assertRejected(line("1", "张三", "420106209913013260", "", "", "", ""), "idNumber",
				"pushedList.row.idNumber.BIRTH_DATE");
		assertRejected(line("1", "张三", ID, "1381234567", "", "", ""), "phone", "pushedList.row.phone.LENGTH");
		assertRejected(line("1", "张三", "", "", "", "", ""), "idNumber", "pushedList.row.idNumberOrPhone");
		assertRejected(line("1", "张三", ID, "", "2020-02-30", "", ""), "arrivalDate", "pushedList.row.arrivalDate.invalid");
		assertRejected(line("1", "张".repeat(51), ID, "", "", "", ""), "name", "pushedList.row.name.size");
		assertRejected(line("1", "张三", ID, "", "", "", "湖".repeat(201)), "origin", "pushedList.row.text.size");
	}

	@Test
	void theWrongCheckCharacterSaysWhichIsRight() {
		String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
		ListImportRow row = rules.check(line("1", "张三", wrongCheck, "", "", "", ""));
		assertThat(((ListImportRow.Invalid) row).argument()).isEqualTo(String.valueOf(ID.charAt(17)));
	}

	@Test
	void cellsSurviveTheirStoredForm() {
		List<String> cells = List.of("1", "张三", "", "a\u001Fb");
		assertThat(ListImportPolicy.split(ListImportPolicy.join(cells))).containsExactly("1", "张三", "", "a b");
	}

	private void assertRejected(TabularFile.Line line, String field, String reason) {
		assertThat(rules.check(line)).isInstanceOfSatisfying(ListImportRow.Invalid.class, r -> {
			assertThat(r.field()).isEqualTo(field);
			assertThat(r.reason()).isEqualTo(reason);
			assertThat(r.line()).isEqualTo(7);
		});
	}

	private static TabularFile.Line line(String... cells) {
		return new TabularFile.Line(7, List.of(cells));
	}
}
