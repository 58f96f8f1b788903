package org.caseaudit.sampling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A register stand-in the tests can change: 60 cases in four teams, ids 101-160. */
@TestConfiguration
public class TestFrameSource {

    public static final List<String> TEAMS = List.of("North Assessment Team", "South Assessment Team",
            "Child Protection East", "Disabled Children Team");

    public static final class Register implements CaseFrameSource {
        private final List<FrameItem> cases = new CopyOnWriteArrayList<>();

        Register() {
            reset();
        }

        public void reset() {
            cases.clear();
            for (int i = 101; i <= 160; i++) {
                cases.add(new FrameItem(i, "CR-" + i, TEAMS.get(i % 7 % 4)));
            }
        }

        public void add(FrameItem item) {
            cases.add(item);
        }

        public void remove(long id) {
            cases.removeIf(c -> c.id() == id);
        }

        @Override
        public List<FrameItem> items(FrameDefinition definition) {
            List<FrameItem> result = new ArrayList<>();
            for (FrameItem c : cases) {
                if (definition.teams().isEmpty() || definition.teams().contains(c.stratum())) {
                    result.add(c);
                }
            }
            return result.reversed();
        }

        /** The ids alone, like the register's. */
        @Override
        public Optional<long[]> numericIds(FrameDefinition definition) {
            return Optional.of(items(definition).stream().mapToLong(FrameItem::id).toArray());
        }

        @Override
        public Map<Long, FrameItem> describe(Collection<Long> ids) {
            Map<Long, FrameItem> found = new HashMap<>();
            for (FrameItem c : cases) {
                if (ids.contains(c.id())) {
                    found.put(c.id(), c);
                }
            }
            return found;
        }

        @Override
        public List<String> teams() {
            return TEAMS.stream().sorted().toList();
        }
    }

    @Bean
    @Primary
    Register testRegister() {
        return new Register();
    }
}
