package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every refusal the code raises can be said in all three languages: each message key given to an
 * exception or a field violation is in the bundles with no more arguments than the call fills,
 * and each kind of record named by "not found" has its word ({@code entity.case}). Read from the
 * sources, so a new throw is checked the day it is written, before any test reaches it.
 */
class MessageKeysInUseTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final List<String> LANGUAGES = List.of("", "_zh_TW", "_en");

	/** The calls that carry a message key, and where in their arguments the key and its values are. */
	private static final Map<String, int[]> KEY_AND_VALUES = Map.of("ForbiddenException", new int[] { 0, 1 },
			"ConflictException", new int[] { 0, 2 }, "SignInRefused", new int[] { 0, 1 }, "UnreadableFileException",
			new int[] { 0, 1 }, "FieldViolation", new int[] { 2, 3 });

	private static final Pattern KEYED_CALL = Pattern.compile("new (" + String.join("|", KEY_AND_VALUES.keySet()) + ")\\(");

	private static final Pattern NAMED_RECORD = Pattern.compile("new NotFoundException\\(|requireVisible\\(");

	private static final Pattern ARGUMENT_SLOT = Pattern.compile("\\{(\\d+)");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");

	private static final Map<String, Map<String, String>> BUNDLES = new HashMap<>();

	private static final Map<Path, String> FILES = new HashMap<>();

	@BeforeAll
	static void read() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String language : LANGUAGES) {
			BUNDLES.put(language, new HashMap<>());
		}
		for (Resource bundle : resolver.getResources("classpath*:i18n/*.properties")) {
			String name = bundle.getFilename();
			String language = name.endsWith("_zh_TW.properties") ? "_zh_TW" : name.endsWith("_en.properties") ? "_en" : "";
			Properties properties = new Properties();
			try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			properties.forEach((k, v) -> BUNDLES.get(language).put((String) k, (String) v));
		}
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				FILES.put(file, Files.readString(file));
			}
		}
		assertThat(FILES).hasSizeGreaterThan(100);
	}

	@Test
	void everyKeyARefusalCarriesIsInEveryLanguageWithItsValues() {
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (var file : FILES.entrySet()) {
			String source = file.getValue();
			List<Call> calls = new ArrayList<>(calls(source, KEYED_CALL));
			if (source.contains("extends BastionException")) {
				calls.addAll(calls(source, Pattern.compile("(super)\\(")).stream()
					.map(call -> new Call("BastionException", call.arguments(), call.line()))
					.toList());
			}
			for (Call call : calls) {
				int[] at = KEY_AND_VALUES.getOrDefault(call.name(), new int[] { 0, 1 });
				Optional<String> key = literal(call.argument(at[0]));
				if (key.isEmpty()) {
					continue;
				}
				checked++;
				int values = Math.max(0, call.arguments().size() - at[1]);
				for (String language : LANGUAGES) {
					String message = BUNDLES.get(language).get(key.get());
					String where = file.getKey().getFileName() + ":" + call.line() + " " + key.get() + " in '" + language + "'";
					if (message == null) {
						wrong.add(where + ": missing");
					}
					else if (argumentSlots(message) > values) {
						wrong.add(where + ": " + argumentSlots(message) + " arguments asked, " + values + " values given");
					}
				}
			}
		}
		assertThat(checked).as("keys found in the sources").isGreaterThan(100);
		assertThat(wrong).as("message keys a refusal cannot say").isEmpty();
	}

	@Test
	void everyRecordNotFoundHasItsWordInEveryLanguage() {
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (var file : FILES.entrySet()) {
			for (Call call : calls(file.getValue(), NAMED_RECORD)) {
				String what = call.argument(call.arguments().size() - 1);
				Optional<String> entity = literal(what).or(() -> constant(file.getKey(), what));
				if (entity.isEmpty()) {
					continue;
				}
				checked++;
				for (String language : LANGUAGES) {
					if (!BUNDLES.get(language).containsKey("entity." + entity.get())) {
						wrong.add(file.getKey().getFileName() + ":" + call.line() + " entity." + entity.get() + " in '" + language + "'");
					}
				}
			}
		}
		assertThat(checked).as("records found in the sources").isGreaterThan(20);
		assertThat(wrong).as("records \"not found\" would name by a raw key").isEmpty();
	}

	/** A message with values is formatted by MessageFormat, where a lone ' starts a quote and swallows the rest. */
	@Test
	void aMessageWithValuesDoublesItsApostrophes() {
		List<String> wrong = new ArrayList<>();
		BUNDLES.forEach((language, messages) -> messages.forEach((key, message) -> {
			if (argumentSlots(message) > 0 && LONE_APOSTROPHE.matcher(message).find()) {
				wrong.add(key + " in '" + language + "'");
			}
		}));
		assertThat(wrong).as("messages whose apostrophe MessageFormat would eat").isEmpty();
	}

	private record Call(String name, List<String> arguments, int line) {

		String argument(int index) {
			return index < arguments.size() ? arguments.get(index) : "";
		}
	}

	/** The calls matched by {@code start}, whose pattern ends at the opening parenthesis, with their arguments. */
	private static List<Call> calls(String source, Pattern start) {
		List<Call> calls = new ArrayList<>();
		Matcher m = start.matcher(source);
		while (m.find()) {
			String name = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group();
			int line = (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
			calls.add(new Call(name, arguments(source, m.end()), line));
		}
		return calls;
	}

	/** The top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
	private static List<String> arguments(String source, int from) {
		List<String> arguments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"' || c == '\'') {
				int end = i + 1;
				while (source.charAt(end) != c) {
					end += source.charAt(end) == '\\' ? 2 : 1;
				}
				current.append(source, i, end + 1);
				i = end;
				continue;
			}
			if (c == '(' || c == '{' || c == '[') {
				depth++;
			}
			else if (c == ')' || c == '}' || c == ']') {
				if (depth == 0) {
					break;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				arguments.add(current.toString().strip());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		if (!current.toString().isBlank()) {
			arguments.add(current.toString().strip());
		}
		return arguments;
	}

	private static Optional<String> literal(String argument) {
		Matcher m = LITERAL.matcher(argument);
		return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** A constant such as {@code CASE} in the same file, or {@code Observations.OBSERVATION} in another. */
	private static Optional<String> constant(Path file, String reference) {
		if (!reference.matches("([A-Z]\\w*\\.)?[A-Z][A-Z0-9_]*")) {
			return Optional.empty();
		}
		String[] parts = reference.split("\\.");
		String name = parts[parts.length - 1];
		Pattern definition = Pattern.compile("String " + name + " = \"([^\"]*)\";");
		for (var source : FILES.entrySet()) {
			boolean owner = parts.length == 1 ? source.getKey().equals(file)
					: source.getKey().getFileName().toString().equals(parts[0] + ".java");
			Matcher m = definition.matcher(source.getValue());
			if (owner && m.find()) {
				return Optional.of(m.group(1));
			}
		}
		return Optional.empty();
	}

	private static int argumentSlots(String message) {
		int highest = -1;
		Matcher m = ARGUMENT_SLOT.matcher(message);
		while (m.find()) {
			highest = Math.max(highest, Integer.parseInt(m.group(1)));
		}
		return highest + 1;
	}
}
