package org.bastion.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bastion.jurisdiction.TreeImport.TreeRow;
import org.springframework.core.io.ClassPathResource;

/**
 * The rows of the demo county's tree: the county, its townships and villages from the national
 * catalogue, and under each village a few villager groups (村) or grids (社区), as the field has them.
 */
final class DemoTree {

	static final String COUNTY = "511528";

	static final String COUNTY_NAME = "兴文县";

	/** 共乐镇: the township of the demo's township, village and grid accounts. */
	static final String TOWNSHIP = "511528103";

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private DemoTree() {
	}

	static List<TreeRow> rows(long seed) {
		Random random = new Random(seed);
		List<TreeRow> rows = new ArrayList<>();
		int line = 1;
		rows.add(new TreeRow(line++, COUNTY, COUNTY_NAME, null, "COUNTY"));
		for (CSVRecord township : read("divisions/townships.csv")) {
			if (township.get("areaCode").equals(COUNTY)) {
				rows.add(new TreeRow(line++, township.get("code"), township.get("name"), COUNTY, "TOWNSHIP"));
			}
		}
		for (CSVRecord village : read("divisions/villages-seed-counties.csv")) {
			if (!village.get("areaCode").equals(COUNTY)) {
				continue;
			}
			String code = village.get("code");
			String name = village.get("name");
			rows.add(new TreeRow(line++, code, name, village.get("streetCode"), "VILLAGE"));
			boolean community = name.contains("社区") || name.contains("居民委员会");
			int groups = 3 + random.nextInt(6);
			for (int g = 1; g <= groups; g++) {
				String groupName = community ? "第" + NUMERALS[g - 1] + "网格" : NUMERALS[g - 1] + "组";
				rows.add(new TreeRow(line++, code + "%02d".formatted(g), groupName, code, "GRID"));
			}
		}
		return rows;
	}

	private static List<CSVRecord> read(String resource) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			return format.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}
}
