package org.bastion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries of docs/architecture.md hold: no cycles, no reaching into another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BastionApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * A module that declares no allowed dependencies may depend on any other: each one names its floor
	 * in its package-info.java, and only modules that exist. The open module of shared types is the
	 * one every module may use, and depends on none.
	 */
	@Test
	void everyModuleDeclaresTheModulesItMayDependOn() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("shared", "jurisdiction", "people", "security", "observation", "arrivals");
		modules.forEach(module -> {
			List<String> declared = ApplicationModuleInformation.of(module.getBasePackage()).getDeclaredDependencies();
			if (module.isOpen()) {
				assertThat(module.getIdentifier()).hasToString("shared");
				assertThat(module.getDirectDependencies(modules).stream()).as("the open module's dependencies").isEmpty();
				return;
			}
			assertThat(declared).as("allowedDependencies of %s", name(module)).isNotEmpty().contains("shared");
			assertThat(declared).as("allowedDependencies of %s", name(module))
				.allSatisfy(other -> assertThat(modules.getModuleByName(other)).as("module %s", other).isPresent());
		});
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}
}
