package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.bastion.pushedlists.ListColumns.Field;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.TabularFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderRecognitionTests {

	private static TabularFile.Line line(int number, String... cells) {
		return new TabularFile.Line(number, List.of(cells));
	}

	@Test
	void findsTheHeaderUnderATitleAndASenderLine() {
		var result = HeaderRecognition.recognise(List.of(line(1, "兴文县返乡人员核查名单", "", ""),
				line(2, "推送单位：市指挥部  推送日期：2020-02-03  反馈时限：2020-02-05", "", ""), line(3, "序号", "姓名", "身份证号", "联系电话"),
				line(4, "1", "张三", "511528199001011234", "13812345678")));
		assertThat(result.recognised()).isTrue();
		assertThat(result.headerLine()).isEqualTo(3);
		assertThat(result.columns().indexes()).containsEntry(Field.NAME, 1).containsEntry(Field.ID_NUMBER, 2)
			.containsEntry(Field.PHONE, 3).containsEntry(Field.SEQUENCE, 0);
		assertThat(result.columns().complete()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "姓名,NAME", "身份证号码,ID_NUMBER", "证件号码,ID_NUMBER", "手机号,PHONE", "联系电话,PHONE", "电话,PHONE",
			"来源地,ORIGIN", "出发地,ORIGIN", "到达日期,ARRIVAL_DATE", "抵达日期,ARRIVAL_DATE", "返乡日期,ARRIVAL_DATE",
			"现住址,ADDRESS", "居住地址,ADDRESS", "所属乡镇,TOWNSHIP", "乡镇,TOWNSHIP", "性别,SEX", "交通方式,TRANSPORT",
			"车牌/车次,VEHICLE", "车次,VEHICLE", "备注,NOTE", "序号,SEQUENCE", "' 姓 名 ',NAME", "身份证号（必填）,ID_NUMBER",
			"*联系电话,PHONE", "乡镇(街道),TOWNSHIP", "Name,NAME" })
	void synonymsAndSpellingsOfTheField(String header, Field field) {
		assertThat(Field.ofHeader(header)).contains(field);
	}

	@Test
	void unknownHeadersAreNotGuessed() {
		assertThat(Field.ofHeader("工作单位")).isEmpty();
		assertThat(Field.ofHeader("")).isEmpty();
	}

	@Test
	void aFileWithoutKnownHeadersOffersItsWidestTopRowForMapping() {
		var result = HeaderRecognition.recognise(List.of(line(1, "名单", "", ""), line(2, "甲", "乙", "丙"),
				line(3, "张三", "13812345678", "x")));
		assertThat(result.recognised()).isFalse();
		assertThat(result.headerLine()).isEqualTo(2);
		assertThat(result.columns().complete()).isFalse();
		assertThat(result.columns().missing()).extracting(v -> v.rule()).containsExactly("name", "idNumberOrPhone");
	}

	@Test
	void blankRowsOnlyAreNoTable() {
		assertThat(HeaderRecognition.recognise(List.of(line(1, "", ""), line(2, " ")))).isNull();
	}

	@Test
	void theMappingNamesColumnsTheHeaderDidNot() {
		ListColumns columns = ListColumns.fromHeader(List.of("甲", "乙", "丙")).with(Map.of(0, "NAME", 1, "phone", 2, "IGNORE"));
		assertThat(columns.indexes()).containsExactlyInAnyOrderEntriesOf(Map.of(Field.NAME, 0, Field.PHONE, 1));
		assertThat(columns.complete()).isTrue();
	}

	@Test
	void theMappingOverridesAndDropsRecognisedColumns() {
		ListColumns recognised = ListColumns.fromHeader(List.of("姓名", "电话", "备用电话"));
		ListColumns columns = recognised.with(Map.of(1, "IGNORE", 2, "PHONE"));
		assertThat(columns.indexes()).containsExactlyInAnyOrderEntriesOf(Map.of(Field.NAME, 0, Field.PHONE, 2));
	}

	@Test
	void aMappingWithAnUnknownFieldOrOneFieldTwiceIsRefused() {
		ListColumns columns = ListColumns.fromHeader(List.of("甲", "乙"));
		assertThatThrownBy(() -> columns.with(Map.of(0, "SHOE_SIZE"))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> columns.with(Map.of(0, "NAME", 1, "NAME"))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> columns.with(Map.of(-1, "NAME"))).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void columnsSurviveTheirStoredForm() {
		ListColumns columns = ListColumns.fromHeader(List.of("序号", "姓名", "身份证号", "联系电话"));
		assertThat(ListColumns.parse(columns.asText())).isEqualTo(columns);
	}
}
