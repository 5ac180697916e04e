package org.bastion.web;

import org.springframework.modulith.ApplicationModule;

/**
 * The module a class belongs to, by the name its {@code package-info} declares: the first package
 * below {@code org.bastion}, as Spring Modulith reads it.
 */
final class ApiModules {

	static final String ROOT = "org.bastion.";

	private ApiModules() {
	}

	static String displayName(Class<?> type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT)) {
			return name;
		}
		int end = name.indexOf('.', ROOT.length());
		String module = end < 0 ? name : name.substring(0, end);
		try {
			ApplicationModule declared = Class.forName(module + ".package-info", false, type.getClassLoader())
				.getAnnotation(ApplicationModule.class);
			if (declared != null && !declared.displayName().isBlank()) {
				return declared.displayName();
			}
		}
		catch (ClassNotFoundException undeclared) {
			// A package without package-info is still a module, named by its package.
		}
		String simple = module.substring(ROOT.length());
		return Character.toUpperCase(simple.charAt(0)) + simple.substring(1);
	}
}
