package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.TabularFile;
import org.junit.jupiter.api.Test;

class ListEntryCellsTests {

	private static final List<String> HEADER = List.of("序号", "姓名", "性别", "身份证号", "联系电话", "来源地", "到达日期",
			"交通方式", "车牌/车次", "现住址", "所属乡镇", "备注");

	private static final ListColumns COLUMNS = ListColumns.fromHeader(HEADER);

	private static final ListImportPolicy RULES = new ListImportPolicy(COLUMNS, LocalDate.of(2020, 3, 1));

	private final ListEntryCells cells = new ListEntryCells(COLUMNS);

	private static ListImportRow.Valid accepted(String... row) {
		return (ListImportRow.Valid) RULES.check(new TabularFile.Line(7, List.of(row)));
	}

	private List<String> roundTrip(ListImportRow.Valid row) {
		return cells.unpack(cells.pack(row), ListEntryCells.Kept.of(row));
	}

	@Test
	void cellsTheEntryKeepsInItsOwnColumnsAreStoredEmptyAndReadBackAsSent() {
		ListImportRow.Valid row = accepted("1", "雷玲燕", "女", "511528196011080723", "13931251581", "广东省深圳市宝安区",
				"2020-01-28", "自驾", "鄂A06637", "兴文县大坝苗族乡某村178号", "大坝苗族乡", "");

		String stored = cells.pack(row);

		assertThat(ListImportPolicy.split(stored)).containsExactly("1", "", "女", "", "", "", "", "自驾", "鄂A06637", "",
				"大坝苗族乡", "");
		assertThat(stored.length()).isLessThan(ListImportPolicy.join(row.cells()).length() / 2);
		assertThat(roundTrip(row)).isEqualTo(row.cells());
	}

	@Test
	void cellsWrittenOtherwiseThanTheEntryKeepsThemAreStoredAsSent() {
		ListImportRow.Valid row = accepted("2", " 唐娟 ", "男", "５２０５０２１９４６０６１４４３９２", "+86 151-0603-0630", "湖北省黄冈市",
				"2020/1/28", "大巴", "", "兴文县莲花镇某村282号", "莲花镇", "夜里到");

		assertThat(row.idNumber()).isEqualTo("520502194606144392");
		assertThat(row.arrivalDate()).isEqualTo(LocalDate.of(2020, 1, 28));
		List<String> stored = ListImportPolicy.split(cells.pack(row));
		assertThat(stored.get(1)).isEqualTo(" 唐娟 ");
		assertThat(stored.get(3)).isEqualTo("５２０５０２１９４６０６１４４３９２");
		assertThat(stored.get(6)).isEqualTo("2020/1/28");
		assertThat(roundTrip(row)).isEqualTo(row.cells());
	}

	@Test
	void emptyCellsStayEmpty() {
		ListImportRow.Valid row = accepted("3", "王强", "", "", "13800138000", "", "", "", "", "", "", "");

		assertThat(roundTrip(row)).isEqualTo(row.cells());
	}

	@Test
	void aRowStoredWholeBeforeReadsBackUnchanged() {
		ListImportRow.Valid row = accepted("4", "李华", "女", "511528196011080723", "13931251581", "四川省成都市",
				"2020-02-01", "火车", "G1234", "兴文县某村1号", "共乐镇", "");

		assertThat(cells.unpack(ListImportPolicy.join(row.cells()), ListEntryCells.Kept.of(row))).isEqualTo(row.cells());
	}

	@Test
	void theSeparatorInsideACellBecomesASpace() {
		ListImportRow.Valid row = accepted("5", "赵六", "男", "", "13800138000", "", "", "", "", "", "", "甲\u001F乙");

		assertThat(roundTrip(row).get(11)).isEqualTo("甲 乙");
	}
}
