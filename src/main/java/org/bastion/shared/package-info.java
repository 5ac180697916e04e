/**
 * Types every module may use: the jurisdiction path, the viewer seen by lower modules, masking,
 * the audit port, problem exceptions and paging. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.bastion.shared;
