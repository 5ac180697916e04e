package org.bastion.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * The table of {@code security/authorization-matrix.txt}: one line per operation and query, with the
 * roles that may use it and what its path variables name. Read by {@link AuthorizationMatrixTests}.
 */
final class AuthorizationMatrix {

	static final String RESOURCE = "security/authorization-matrix.txt";

	/** One line of the table. {@code roles} holds "ANONYMOUS" when no sign-in is needed. */
	record Line(int number, String method, String path, Set<String> roles, List<String> kinds, String params,
			Set<String> flags) {

		String operation() {
			return method + " " + path;
		}

		boolean api() {
			return path.startsWith("/api/");
		}

		boolean read() {
			return method.equals("GET") || method.equals("ANY");
		}

		boolean allows(String role) {
			return roles.contains(role);
		}

		boolean has(String flag) {
			return flags.contains(flag);
		}

		@Override
		public String toString() {
			return "line " + number + " " + operation() + (params.isEmpty() ? "" : " [" + params + "]");
		}
	}

	private AuthorizationMatrix() {
	}

	static List<Line> read() {
		String text;
		try {
			text = new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Set<String>> groups = new HashMap<>();
		List<Line> lines = new ArrayList<>();
		int number = 0;
		for (String raw : text.split("\n")) {
			number++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("@")) {
				String[] group = line.split("=", 2);
				groups.put(group[0].strip(), new LinkedHashSet<>(Arrays.asList(group[1].strip().split("\\s+"))));
				continue;
			}
			String[] cells = line.split("\\|", -1);
			if (cells.length != 5) {
				throw new IllegalStateException(RESOURCE + " line " + number + ": five cells expected: " + line);
			}
			String[] operation = cells[0].strip().split("\\s+");
			Set<String> roles = new LinkedHashSet<>();
			for (String name : cells[1].strip().split("[\\s,]+")) {
				if (name.startsWith("@")) {
					Set<String> group = groups.get(name);
					if (group == null) {
						throw new IllegalStateException(RESOURCE + " line " + number + ": unknown group " + name);
					}
					roles.addAll(group);
				}
				else {
					roles.add(Role.valueOf(name).name());
				}
			}
			List<String> kinds = cells[2].strip().equals("-") ? List.of()
					: List.of(cells[2].strip().split("\\s*,\\s*"));
			Set<String> flags = cells[4].isBlank() ? Set.of() : Set.of(cells[4].strip().split("\\s+"));
			lines.add(new Line(number, operation[0], operation[1], roles, kinds, cells[3].strip(), flags));
		}
		return lines;
	}
}
