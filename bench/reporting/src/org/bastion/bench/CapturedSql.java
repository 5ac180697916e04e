package org.bastion.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements one request ran, read back from Spring's JDBC log (JdbcTemplate at DEBUG names each
 * statement, StatementCreatorUtils at TRACE each bound value): what the replay runs over plain JDBC is
 * what the figure sources and the reporting module sent, with the same window and scope.
 */
final class CapturedSql {

	/** The server arguments that make Spring log every statement and its values. */
	static final List<String> LOGGING = List.of("--logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG",
			"--logging.level.org.springframework.jdbc.core.StatementCreatorUtils=TRACE");

	private static final Pattern ENTRY = Pattern.compile("(?s)(Executing prepared SQL statement|Executing SQL query|Executing SQL statement)"
			+ " \\[(.*?)\\]\\r?\\n(?=\\d{4}-\\d{2}-\\d{2} |\\z)"
			+ "|Setting SQL statement parameter value: column index (\\d+), parameter value \\[(.*?)\\], value class \\[([^\\]]*)\\]");

	private static final Pattern WRITE = Pattern.compile("\\b(INSERT|UPDATE|DELETE|MERGE)\\b");

	private CapturedSql() {
	}

	/**
	 * @param params the bound values in order, as text (null for SQL NULL)
	 */
	record Statement(String sql, List<String> params) {

		boolean reads() {
			String head = sql.strip().toUpperCase(Locale.ROOT);
			return head.startsWith("SELECT") || head.startsWith("WITH") && !WRITE.matcher(head).find();
		}
	}

	/** The reading statements logged from {@code from} on (writes such as the audit entry are left out). */
	static List<Statement> read(Path log, long from) throws IOException {
		String text;
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			byte[] bytes = new byte[(int) (file.length() - from)];
			file.seek(from);
			file.readFully(bytes);
			text = ReportingBench.utf8(bytes);
		}
		List<Statement> all = new ArrayList<>();
		String sql = null;
		TreeMap<Integer, String> params = new TreeMap<>();
		Matcher m = ENTRY.matcher(text);
		while (m.find()) {
			if (m.group(2) != null) {
				if (sql != null) {
					all.add(new Statement(sql, new ArrayList<>(params.values())));
				}
				sql = m.group(2);
				params.clear();
			}
			else if (sql != null) {
				params.put(Integer.parseInt(m.group(3)), "null".equals(m.group(4)) && m.group(5).isEmpty() ? null : m.group(4));
			}
		}
		if (sql != null) {
			all.add(new Statement(sql, new ArrayList<>(params.values())));
		}
		return all.stream().filter(Statement::reads).toList();
	}
}
