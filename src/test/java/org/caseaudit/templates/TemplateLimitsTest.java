package org.caseaudit.templates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Texts in a template file are held to what the database stores, with a message naming file, line and field. */
class TemplateLimitsTest {

    @Test
    void a_title_over_500_characters_is_refused_naming_the_field() {
        String yaml = TemplateParserTest.VALID.replace("title: Sample", "title: " + "T".repeat(501));
        assertThatThrownBy(() -> TemplateParserTest.parse("sample.yaml", yaml))
                .isInstanceOfSatisfying(TemplateValidationException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.problems()).anySatisfy(p -> {
                            org.assertj.core.api.Assertions.assertThat(p.field()).isEqualTo("title");
                            org.assertj.core.api.Assertions.assertThat(p.line()).isEqualTo(3);
                            org.assertj.core.api.Assertions.assertThat(p.message())
                                    .isEqualTo("is 501 characters long; at most 500 are allowed");
                        }));
    }

    @Test
    void a_question_text_over_4000_characters_is_refused() {
        String yaml = TemplateParserTest.VALID.replaceFirst("text: ", "text: " + "q".repeat(4001));
        assertThatThrownBy(() -> TemplateParserTest.parse("sample.yaml", yaml))
                .isInstanceOf(TemplateValidationException.class).hasMessageContaining("at most 4000 are allowed");
    }
}
