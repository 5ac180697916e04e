package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word a user reads comes from the bundles, in all three languages: the bundles of each
 * family have the same keys, every key a template uses exists, and no template carries text.
 */
class MessageBundlesTests {

	private static final List<String> SUFFIXES = List.of("", "_zh_TW", "_en");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	/** Text between tags, in attributes people read, once Thymeleaf expressions are taken out. */
	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]+)<");

	private static final Pattern READ_ATTRIBUTE = Pattern.compile("\\s(?:placeholder|title|alt|aria-label|value)=\"([^\"]*)\"");

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Test
	void everyBundleFamilyHasTheSameKeysInEveryLanguage() throws IOException {
		for (String family : families()) {
			Set<String> reference = load(family + ".properties").keySet();
			for (String suffix : SUFFIXES) {
				Set<String> keys = load(family + suffix + ".properties").keySet();
				assertThat(keys).as("keys of %s%s.properties", family, suffix).containsExactlyInAnyOrderElementsOf(reference);
			}
		}
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String family : families()) {
			for (String suffix : SUFFIXES) {
				load(family + suffix + ".properties")
					.forEach((key, value) -> assertThat(value).as("%s in %s%s", key, family, suffix).isNotBlank());
			}
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Map<String, String> all = new TreeMap<>();
		for (String family : families()) {
			all.putAll(load(family + ".properties"));
		}
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (keys.find()) {
				if (!all.containsKey(keys.group(1))) {
					missing.add(template.getFilename() + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but defined in no bundle").isEmpty();
	}

	@Test
	void templatesCarryNoTextOfTheirOwn() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Resource template : templates()) {
			String html = template.getContentAsString(StandardCharsets.UTF_8)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "<script></script>")
				.replaceAll("(?s)<style.*?</style>", "<style></style>")
				.replaceAll("(?s)<title[^>]*>.*?</title>", "<title></title>")
				.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "")
				.replace("<!DOCTYPE html>", "");
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				if (readable(text.group(1))) {
					literal.add(template.getFilename() + ": " + text.group(1).strip());
				}
			}
			Matcher attribute = READ_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (readable(attribute.group(1)) && !attribute.group(0).contains("value=")) {
					literal.add(template.getFilename() + ": " + attribute.group(1).strip());
				}
			}
		}
		assertThat(literal).as("text written into templates instead of the bundles").isEmpty();
	}

	/** Letters or CJK characters a person would read; symbols such as · or › are layout. */
	private static boolean readable(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private Set<String> families() throws IOException {
		Set<String> families = new TreeSet<>();
		for (Resource bundle : resolver.getResources("classpath*:i18n/*.properties")) {
			String name = bundle.getFilename();
			families.add("i18n/" + name.replaceAll("(_zh_TW|_en)?\\.properties$", ""));
		}
		assertThat(families).contains("i18n/messages");
		return families;
	}

	private List<Resource> templates() throws IOException {
		List<Resource> templates = new ArrayList<>(List.of(resolver.getResources("classpath*:templates/**/*.html")));
		assertThat(templates).isNotEmpty();
		return templates;
	}

	private Map<String, String> load(String path) throws IOException {
		Resource resource = resolver.getResource("classpath:" + path);
		assertThat(resource.exists()).as("%s exists", path).isTrue();
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> map = new TreeMap<>();
		properties.forEach((k, v) -> map.put((String) k, (String) v));
		return map;
	}
}
