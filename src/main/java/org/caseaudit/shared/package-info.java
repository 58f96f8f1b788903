/**
 * Shared kernel: clock, formats, demo-data hook, the main layout. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.caseaudit.shared;
