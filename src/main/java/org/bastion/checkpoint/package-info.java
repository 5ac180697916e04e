/**
 * Checkpoints (卡点): the register by road level with the agencies that staff each one and the QR code
 * posted at the site. Public API: {@link org.bastion.checkpoint.Checkpoints}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Checkpoints", allowedDependencies = { "shared", "jurisdiction" })
package org.bastion.checkpoint;
