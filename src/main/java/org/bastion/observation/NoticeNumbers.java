package org.bastion.observation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Release notice numbers, one run per year: {@code XW-2020-000123}. The counter row is locked by the
 * increment until the release commits, so two releases never get the same number.
 */
@Repository
class NoticeNumbers {

	private final JdbcClient jdbc;

	NoticeNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(String prefix, int year) {
		int updated = jdbc.sql("UPDATE notice_counter SET last_number = last_number + 1 WHERE notice_year = ?")
			.param(year)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("INSERT INTO notice_counter (notice_year, last_number) VALUES (?, 1)").param(year).update();
			}
			catch (DuplicateKeyException raced) {
				jdbc.sql("UPDATE notice_counter SET last_number = last_number + 1 WHERE notice_year = ?").param(year).update();
			}
		}
		int number = jdbc.sql("SELECT last_number FROM notice_counter WHERE notice_year = ?")
			.param(year)
			.query(Integer.class)
			.single();
		return format(prefix, year, number);
	}

	static String format(String prefix, int year, int number) {
		return "%s-%d-%06d".formatted(prefix, year, number);
	}
}
