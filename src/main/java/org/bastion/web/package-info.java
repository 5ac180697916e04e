/**
 * The page shell (layout, navigation, home, sign-in, language), error pages, and the
 * translation of refusals into problem details. Nothing imports this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "shared", "jurisdiction", "people", "security" })
package org.bastion.web;
