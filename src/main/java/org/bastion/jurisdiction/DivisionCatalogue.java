package org.bastion.jurisdiction;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the national division catalogue (classpath {@code divisions/}, NBS 2023 codes) into the
 * {@code division} table on the first start. Data, not a migration: a new edition replaces rows.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DivisionCatalogue implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DivisionCatalogue.class);

	private static final String INSERT = "INSERT INTO division (code, name, level, parent_code, full_name) VALUES (?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	DivisionCatalogue(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (loaded()) {
			return;
		}
		long started = System.nanoTime();
		List<Object[]> rows = read();
		transactions.executeWithoutResult(status -> {
			if (!loaded()) {
				// Rows of an earlier load that kept the source's short codes (42, 4201) are replaced.
				jdbc.update("DELETE FROM division");
				jdbc.batchUpdate(INSERT, rows);
			}
		});
		log.info("Loaded {} divisions of China in {} ms", rows.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private boolean loaded() {
		Long present = jdbc.queryForObject("SELECT COUNT(*) FROM division", Long.class);
		Long shortCodes = jdbc.queryForObject("SELECT COUNT(*) FROM division WHERE LENGTH(code) < 6", Long.class);
		return present != null && present > 0 && shortCodes != null && shortCodes == 0;
	}

	/**
	 * The source writes provinces and cities with 2 and 4 digits; everyone else (ID numbers, GB/T 2260,
	 * official lists) uses 6: 湖北省 is 420000 and 武汉市 420100.
	 */
	static String standardCode(String code) {
		if (code == null || code.isEmpty()) {
			return code;
		}
		return code.length() < 6 ? code + "0".repeat(6 - code.length()) : code;
	}

	private List<Object[]> read() {
		Map<String, String> fullNames = new HashMap<>();
		List<Object[]> rows = new ArrayList<>(46_000);
		readFile("provinces.csv", null, DivisionLevel.PROVINCE, fullNames, rows);
		readFile("cities.csv", "provinceCode", DivisionLevel.CITY, fullNames, rows);
		readFile("counties.csv", "cityCode", DivisionLevel.COUNTY, fullNames, rows);
		readFile("townships.csv", "areaCode", DivisionLevel.TOWNSHIP, fullNames, rows);
		return rows;
	}

	private void readFile(String file, String parentColumn, DivisionLevel level, Map<String, String> fullNames,
			List<Object[]> rows) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource("divisions/" + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord record : format.parse(reader)) {
				String code = standardCode(record.get("code"));
				if (fullNames.containsKey(code)) {
					// 东莞市, 中山市, 儋州市 have no counties: the source repeats the city as its own
					// county (441900 under 4419), which is the city itself once codes have six digits.
					continue;
				}
				String name = record.get("name");
				String parent = parentColumn == null ? null : standardCode(record.get(parentColumn));
				String parentFull = parent == null ? "" : fullNames.getOrDefault(parent, "");
				// 市辖区 and 县 are filler levels between a municipality and its districts, not part of a name.
				String full = (name.equals("市辖区") || name.equals("县")) ? parentFull : parentFull + name;
				fullNames.put(code, full);
				rows.add(new Object[] { code, name, level.name(), parent, full });
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the division catalogue " + file, ex);
		}
	}
}
