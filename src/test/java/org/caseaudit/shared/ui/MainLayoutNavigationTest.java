package org.caseaudit.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.MyWorkService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Views are plain components and the services keep their JSR-250 checks (decision 0043): a view is no Spring proxy,
 * the main layout stays while one moves between views, and a navigation to the view already shown builds it again
 * (Vaadin would keep it), so it shows the data as they are now.
 */
@IntegrationTest
class MainLayoutNavigationTest extends SpringBrowserlessTest {

    @Autowired MyWorkService myWork;

    @Test
    @WithMockUser(username = "auditor2", roles = "AUDITOR")
    void the_view_already_shown_is_built_again_in_the_same_layout() {
        HomeView first = navigate(HomeView.class);
        Component layout = first.getParent().orElseThrow();
        assertThat(layout).isInstanceOf(MainLayout.class);
        assertThat(AopUtils.isAopProxy(first)).as("a view is a plain component").isFalse();
        assertThat(AopUtils.isAopProxy(layout)).as("the layout is a plain component").isFalse();

        navigate(HomeView.class);
        Component second = $(HomeView.class).single();
        assertThat(second).as("a new view for the second navigation").isNotSameAs(first);
        assertThat(second.getParent()).as("in the layout that was there").containsSame(layout);
        assertThat(first.getParent()).as("the old view is gone").isEmpty();

        navigate("my-audits", Component.class);
        assertThat($(MainLayout.class).single()).as("the layout stays from view to view").isSameAs(layout);
        assertThat($(HomeView.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void a_service_still_refuses_a_role_it_does_not_allow() {
        assertThat(AopUtils.isAopProxy(myWork)).isTrue();
        assertThatThrownBy(myWork::mine).isInstanceOf(AccessDeniedException.class);
    }
}
