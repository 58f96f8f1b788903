package org.caseaudit;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Lets test classes of different Spring contexts ({@code @IntegrationTest}, {@code @DemoDataTest}, the sampling tests'
 * own) run in one JVM in any order. Each context makes its own Vaadin-aware {@link SecurityContextHolderStrategy}
 * (a thread-local of its own) and installs it in the global {@link SecurityContextHolder} when it starts; a class
 * whose context was cached earlier then signed in on its own strategy while the views read the global one, and every
 * secured view of it showed the sign-in page (decision 0005). Before each test this puts the running context's
 * strategy back in the holder, ahead of Spring Security's {@code @WithMockUser} listener (order 10000).
 * Registered in src/test/resources/META-INF/spring.factories.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 5000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
