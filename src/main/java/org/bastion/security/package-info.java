/**
 * Accounts, roles and each account's area; sign-in for pages (session) and the API (bearer
 * tokens); the viewer every other module scopes by; masking decisions; and the audit log.
 * Public API: {@link org.bastion.security.Users}, {@link org.bastion.security.Role},
 * {@link org.bastion.security.SystemTask}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = { "shared", "jurisdiction" })
package org.bastion.security;
