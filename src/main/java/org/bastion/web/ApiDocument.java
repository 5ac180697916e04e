package org.bastion.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's OpenAPI document shaped in one place, from what each operation's mapping already says, so
 * that no controller repeats it: the title, the build's version and the license; one tag per module;
 * the bearer scheme on every operation the security rules close to anonymous callers; and the problem
 * answers an operation can give (400 where it takes input, 401 and 403 where it needs a token, 404
 * where its path names a record, 409 where it writes, 429 where strangers may call it: sign-in).
 */
@Configuration
class ApiDocument {

	static final String BEARER = "bearerAuth";

	static final String PROBLEM = "ProblemDetail";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String VIOLATION = "ProblemViolation";

	/**
	 * Paths still served for the clients written before the resource moved, left out of the document:
	 * {@code /isolation-sites/stays/{stayId}} reads like {@code /isolation-sites/{id}/stays}.
	 */
	private static final List<String> MOVED = List.of("/api/v1/isolation-sites/stays/");

	private static final Map<String, String> PROBLEMS = Map.of(
			"400", "Invalid input: `violations` names each field with the rule it broke",
			"401", "No valid bearer token, or for sign-in a wrong username or password",
			"403", "The caller's role or area does not reach this",
			"404", "No such record inside the caller's area",
			"409", "Conflicts with the record's state or with a record already there (`existing`)",
			"429", "Too many failed sign-ins from this address; try again after Retry-After seconds");

	@Bean
	OpenAPI bastionApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = properties == null || properties.getVersion() == null ? "unknown" : properties.getVersion();
		return new OpenAPI()
			.info(new Info().title("Bastion API")
				.version(version)
				.description("Grassroots epidemic control. Sign in with POST /api/v1/auth/token and send the token "
						+ "as `Authorization: Bearer …`. Refusals are RFC 9457 problem details.")
				.license(new License().name("Apache License 2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("A token from POST /api/v1/auth/token")));
	}

	/** Each operation under the tag of the module its controller belongs to. */
	@Bean
	OperationCustomizer moduleTags() {
		return (operation, handler) -> {
			operation.setTags(new ArrayList<>(List.of(ApiModules.displayName(handler.getBeanType()))));
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer securityAndProblems(WebInvocationPrivilegeEvaluator access, ApplicationContext context) {
		AnonymousAuthenticationToken stranger = new AnonymousAuthenticationToken("api-document", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		return api -> {
			// Here, not on the OpenAPI bean: springdoc replaces the bean's schemas with those it computes.
			api.getComponents().addSchemas(VIOLATION, violationSchema()).addSchemas(PROBLEM, problemSchema());
			api.setTags(tagsPerModule(context));
			api.getPaths().keySet().removeIf(path -> MOVED.stream().anyMatch(path::startsWith));
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean open = access.isAllowed("", concrete(path), method.name(), stranger);
				if (!open) {
					operation.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER))));
				}
				else {
					operation.setSecurity(new ArrayList<>());
				}
				documentProblems(operation, path, method, open);
			}));
		};
	}

	private static void documentProblems(Operation operation, String path, PathItem.HttpMethod method, boolean open) {
		List<String> codes = new ArrayList<>();
		boolean takesInput = operation.getRequestBody() != null
				|| operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (takesInput) {
			codes.add("400");
		}
		if (!open || hasCredentials(operation)) {
			codes.add("401");
		}
		if (!open) {
			codes.add("403");
		}
		if (path.contains("{")) {
			codes.add("404");
		}
		if (!open && method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
			codes.add("409");
		}
		// What strangers may call is what the throttle guards: today only the sign-in.
		if (open && method == PathItem.HttpMethod.POST) {
			codes.add("429");
		}
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		TreeMap<String, ApiResponse> sorted = new TreeMap<>(responses);
		for (String code : codes) {
			ApiResponse declared = sorted.get(code);
			String description = declared != null && declared.getDescription() != null ? declared.getDescription()
					: PROBLEMS.get(code);
			sorted.put(code, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
		ApiResponses ordered = new ApiResponses();
		sorted.forEach(ordered::addApiResponse);
		operation.setResponses(ordered);
	}

	/** An open operation that takes a password answers 401 for a wrong one (the sign-in). */
	private static boolean hasCredentials(Operation operation) {
		return operation.getRequestBody() != null;
	}

	/** A path the security rules can match: template variables filled with a value any of them takes. */
	private static String concrete(String path) {
		return path.replaceAll("\\{[^}]+}", "1");
	}

	/** One tag per module, described by the parts of it its controllers name. */
	private static List<Tag> tagsPerModule(ApplicationContext context) {
		Map<String, Map<String, String>> parts = new TreeMap<>();
		for (Object controller : context.getBeansWithAnnotation(RestController.class).values()) {
			Class<?> type = AopUtils.getTargetClass(controller);
			if (!type.getPackageName().startsWith(ApiModules.ROOT)) {
				continue;
			}
			Map<String, String> described = parts.computeIfAbsent(ApiModules.displayName(type), name -> new TreeMap<>());
			io.swagger.v3.oas.annotations.tags.Tag tag = AnnotatedElementUtils.findMergedAnnotation(type,
					io.swagger.v3.oas.annotations.tags.Tag.class);
			if (tag != null) {
				described.merge(tag.name(), tag.description(), (a, b) -> a.isBlank() ? b : a);
			}
		}
		List<Tag> tags = new ArrayList<>();
		parts.forEach((module, described) -> {
			List<String> lines = new ArrayList<>();
			described.forEach((name, text) -> lines.add(text.isBlank() ? "- " + name : "- " + name + ": " + text));
			tags.add(new Tag().name(module)
				.description(lines.isEmpty() ? "The " + module + " module" : String.join("\n", lines)));
		});
		return tags;
	}

	private static Schema<?> violationSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("field", new StringSchema().description("The field, parameter or body path refused"));
		properties.put("rule", new StringSchema().description("The rule it broke, e.g. notBlank, size, type"));
		properties.put("message", new StringSchema().description("The rule in the caller's language"));
		return new ObjectSchema().properties(properties).description("One refused field of a request");
	}

	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", new StringSchema().format("uri").description("Always about:blank: the status says it"));
		properties.put("title", new StringSchema().description("The status's reason phrase"));
		properties.put("status", new IntegerSchema().description("The HTTP status"));
		properties.put("detail", new StringSchema().description("What went wrong, in the caller's language"));
		properties.put("instance", new StringSchema().format("uri").description("The request's path"));
		properties.put("violations", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + VIOLATION))
			.description("400 only: each field with the rule it broke"));
		properties.put("existing", new ObjectSchema().description("409 only, where known: the record already there"));
		return new ObjectSchema().properties(properties)
			.description("An RFC 9457 problem: every refusal of the API answers one, never a stack trace");
	}
}
