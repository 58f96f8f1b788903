package org.caseaudit.multiagency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PanelRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            RECOGNITION ASSESSMENT PLANNING_AND_INTERVENTION JOINT_WORKING IMPACT_ON_CHILD OVERALL | none
            RECOGNITION ASSESSMENT PLANNING_AND_INTERVENTION JOINT_WORKING IMPACT_ON_CHILD         | Child A: overall
            OVERALL                                                                                | Child A: recognition, assessment, planning and intervention, joint working, impact on the child
            none                                                                                   | Child A: recognition, assessment, planning and intervention, joint working, impact on the child, overall
            """)
    void a_child_needs_a_conclusion_on_every_domain(String graded, String missing) {
        List<PanelDomain> domains = graded == null ? List.of()
                : Arrays.stream(graded.trim().split("\\s+")).map(PanelDomain::valueOf).toList();

        List<String> result = PanelRules.missingConclusions(List.of(new PanelRules.Graded("Child A", domains)));

        assertThat(result).isEqualTo(missing == null ? List.of() : List.of(missing));
    }

    @ParameterizedTest
    @CsvSource({"1, Child A", "4, Child D", "26, Child Z", "27, Child AA"})
    void children_are_labelled_by_letter_in_cohort_order(int position, String label) {
        assertThat(MultiAgencyService.label(position)).isEqualTo(label);
    }
}
