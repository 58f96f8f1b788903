package org.caseaudit.shared;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A feature's part of the home page, "what needs me now": each module contributes sections for the roles it serves
 * (Spring beans, ordered with {@code @Order}); the home page shows the sections of the signed-in user's roles. A
 * section reads through its module's secured services, so it only ever shows what the user may see. Modules declare
 * theirs as {@code @Bean @Order(n)} methods returning {@link #of}: a section is its roles, title, words for "nothing"
 * and where its items come from.
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

    /** A section of the given roles whose items come from {@code items}, saying {@code nothing} when there are none. */
    static HomeSection of(Set<String> roles, String title, String nothing, Supplier<List<HomeItem>> items) {
        return new Of(roles, title, nothing, items);
    }

    /** The section {@link #of} makes. */
    record Of(Set<String> roles, String title, String nothing, Supplier<List<HomeItem>> source) implements HomeSection {

        @Override
        public List<HomeItem> items() {
            return source.get();
        }
    }
}
