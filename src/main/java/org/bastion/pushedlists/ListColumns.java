package org.bastion.pushedlists;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * Which column of a pushed list holds which fact. Built from the header row the sender wrote (in any of
 * the words offices use) and corrected by the user's mapping for columns nobody could recognise.
 */
record ListColumns(Map<Field, Integer> indexes) {

	/** The facts Bastion reads from a list; the rest of a row is kept as sent and returned with the result. */
	public enum Field {
		SEQUENCE("序号", "编号", "no", "sequence"),
		NAME("姓名", "名字", "人员姓名", "name"),
		SEX("性别", "sex"),
		ID_NUMBER("身份证号", "身份证号码", "证件号码", "证件号", "身份证", "公民身份号码", "idnumber"),
		PHONE("手机号", "手机号码", "联系电话", "电话", "电话号码", "联系方式", "手机", "phone"),
		ORIGIN("来源地", "出发地", "来源", "来自", "来源地区", "origin"),
		ARRIVAL_DATE("到达日期", "抵达日期", "返乡日期", "到达时间", "抵达时间", "返乡时间", "arrivaldate"),
		ADDRESS("现住址", "居住地址", "现居住地址", "住址", "家庭住址", "地址", "address"),
		TOWNSHIP("所属乡镇", "乡镇", "所属乡镇街道", "乡镇街道", "township"),
		TRANSPORT("交通方式", "出行方式", "transport"),
		VEHICLE("车牌/车次", "车牌", "车次", "车牌号", "航班号", "车牌号/车次/航班号", "vehicle"),
		NOTE("备注", "说明", "note");

		private final List<String> headers;

		Field(String... headers) {
			this.headers = List.of(headers);
		}

		/** The field a header cell names, forgiving spaces, full-width forms, brackets and marks such as *. */
		public static Optional<Field> ofHeader(String cell) {
			String key = normalize(cell);
			if (key.isEmpty()) {
				return Optional.empty();
			}
			for (Field field : values()) {
				if (field.headers.contains(key)) {
					return Optional.of(field);
				}
			}
			return Optional.empty();
		}
	}

	/** A mapping value that drops a column the header row named. */
	public static final String IGNORE = "IGNORE";

	private static final Pattern BRACKETED = Pattern.compile("[(（\\[【].*?[)）\\]】]");

	private static final Pattern NOISE = Pattern.compile("[\\s\\p{Z}\\p{Cf}*:：]");

	public ListColumns {
		EnumMap<Field, Integer> copy = new EnumMap<>(Field.class);
		copy.putAll(indexes);
		indexes = Collections.unmodifiableMap(copy);
	}

	/** Columns named by a header row; where two columns carry one name, the first wins. */
	public static ListColumns fromHeader(List<String> cells) {
		Map<Field, Integer> indexes = new EnumMap<>(Field.class);
		for (int i = 0; i < cells.size(); i++) {
			int column = i;
			Field.ofHeader(cells.get(i)).ifPresent(field -> indexes.putIfAbsent(field, column));
		}
		return new ListColumns(indexes);
	}

	/**
	 * These columns with the user's choices applied: column index to a field name, or {@link #IGNORE}.
	 *
	 * @throws InvalidInputException naming the mapping when it names an unknown field or gives one field
	 * two columns
	 */
	public ListColumns with(Map<Integer, String> mapping) {
		Map<Field, Integer> result = new EnumMap<>(Field.class);
		result.putAll(indexes);
		Map<Field, Integer> chosen = new EnumMap<>(Field.class);
		for (Map.Entry<Integer, String> choice : new TreeMap<>(mapping).entrySet()) {
			int column = choice.getKey();
			if (column < 0) {
				throw invalidMapping("pushedList.mapping.negative", column);
			}
			result.values().removeIf(index -> index == column);
			String value = choice.getValue() == null ? IGNORE : choice.getValue().strip().toUpperCase(Locale.ROOT);
			if (value.isEmpty() || value.equals(IGNORE)) {
				continue;
			}
			Field field;
			try {
				field = Field.valueOf(value);
			}
			catch (IllegalArgumentException unknown) {
				throw invalidMapping("pushedList.mapping.field", value);
			}
			if (chosen.put(field, column) != null) {
				throw invalidMapping("pushedList.mapping.twice", field.name());
			}
			result.put(field, column);
		}
		return new ListColumns(result);
	}

	public Optional<Integer> index(Field field) {
		return Optional.ofNullable(indexes.get(field));
	}

	/** A list needs a name and something to find the person by: an ID number or a phone. */
	public List<FieldViolation> missing() {
		List<FieldViolation> missing = new ArrayList<>();
		if (!indexes.containsKey(Field.NAME)) {
			missing.add(new FieldViolation("columns", "name", "pushedList.columns.name"));
		}
		if (!indexes.containsKey(Field.ID_NUMBER) && !indexes.containsKey(Field.PHONE)) {
			missing.add(new FieldViolation("columns", "idNumberOrPhone", "pushedList.columns.idNumberOrPhone"));
		}
		return missing;
	}

	public boolean complete() {
		return missing().isEmpty();
	}

	/** As stored with the list: {@code 1=NAME,3=ID_NUMBER}. */
	public String asText() {
		List<String> parts = new ArrayList<>();
		indexes.forEach((field, index) -> parts.add(index + "=" + field.name()));
		return String.join(",", parts);
	}

	public static ListColumns parse(String text) {
		Map<Field, Integer> indexes = new EnumMap<>(Field.class);
		if (text != null && !text.isBlank()) {
			for (String part : text.split(",")) {
				String[] pair = part.split("=", 2);
				indexes.put(Field.valueOf(pair[1]), Integer.parseInt(pair[0]));
			}
		}
		return new ListColumns(indexes);
	}

	static String normalize(String cell) {
		if (cell == null) {
			return "";
		}
		String folded = Normalizer.normalize(cell, Normalizer.Form.NFKC);
		folded = BRACKETED.matcher(folded).replaceAll("");
		return NOISE.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private static InvalidInputException invalidMapping(String key, Object argument) {
		return new InvalidInputException(new FieldViolation("mapping", "known", key, argument));
	}
}
