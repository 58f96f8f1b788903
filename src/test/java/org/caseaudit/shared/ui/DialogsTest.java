package org.caseaudit.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DialogsTest {

    @BeforeEach
    void ui() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void the_footer_holds_a_cancel_that_only_closes_then_the_action_as_the_primary_button() {
        Dialog dialog = new Dialog();
        int[] saved = {0};
        Button save = new Button("Save", e -> saved[0]++);
        dialog.setOpened(true);

        Button cancel = Dialogs.footer(dialog, save, "cancel-thing");

        assertThat(footer(dialog)).containsExactly(cancel, save);
        assertThat(cancel.getText()).isEqualTo("Cancel");
        assertThat(cancel.getId()).contains("cancel-thing");
        assertThat(save.getThemeNames()).containsExactly("primary");
        cancel.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(saved[0]).isZero();
    }

    @Test
    void an_action_that_cannot_be_undone_is_primary_and_red_and_the_cancel_has_its_own_words() {
        Dialog dialog = new Dialog();
        Button delete = new Button("Delete");

        Button keep = Dialogs.dangerFooter(dialog, delete, "Keep it", null);

        assertThat(footer(dialog)).containsExactly(keep, delete);
        assertThat(keep.getText()).isEqualTo("Keep it");
        assertThat(keep.getId()).isEmpty();
        assertThat(delete.getThemeNames()).containsExactlyInAnyOrder("primary", "error");
    }

    private static List<Component> footer(Dialog dialog) {
        return dialog.getFooter().getElement().getChildren().map(e -> e.getComponent().orElseThrow()).toList();
    }
}
