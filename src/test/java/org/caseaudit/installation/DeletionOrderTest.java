package org.caseaudit.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Offboarding deletes children before the rows they reference. */
class DeletionOrderTest {

    @Test
    void children_come_before_their_parents_and_the_rest_in_name_order() {
        // case_audit <- audit_answer, audit_reply; audit_cycle <- sample_record <- sample_item
        List<String> order = CouncilAdministrationService.DeletionOrder.of(
                List.of("audit_answer", "audit_cycle", "audit_reply", "case_audit", "sample_item", "sample_record",
                        "team"),
                Map.of("case_audit", Set.of("audit_answer", "audit_reply"), "audit_cycle", Set.of("sample_record"),
                        "sample_record", Set.of("sample_item")));
        assertThat(order).containsExactly("audit_answer", "audit_reply", "case_audit", "sample_item",
                "sample_record", "audit_cycle", "team");
    }

    @Test
    void tables_referencing_each_other_are_named() {
        assertThatThrownBy(() -> CouncilAdministrationService.DeletionOrder.of(List.of("a", "b"),
                Map.of("a", Set.of("b"), "b", Set.of("a")))).hasMessageContaining("cycle: [a, b]");
    }
}
