package org.caseaudit.shared;

import java.util.List;
import java.util.Set;

/**
 * A feature's part of the home page, "what needs me now": each module contributes sections for the roles it serves
 * (Spring beans, ordered with {@code @Order}); the home page shows the sections of the signed-in user's roles. A
 * section reads through its module's secured services, so it only ever shows what the user may see.
 */
public interface HomeSection {

    /** The roles (without the ROLE_ prefix) the section is for: shown when the user has any of them. */
    Set<String> roles();

    String title();

    /** What needs the user now; empty when nothing does. */
    List<HomeItem> items();

    /** Shown when {@link #items()} is empty. */
    default String nothing() {
        return "Nothing needs you here now.";
    }
}
