package org.caseaudit.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.List;
import java.util.StringJoiner;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Every refusal reaches the audit trail through {@link RefusalLog}, from two places that see them all:
 * <ul>
 * <li>service calls: an interceptor around every public method of the application's {@code @Service}s, outside method
 * security and transactions, records an {@link AccessDeniedException} leaving the outermost service call (a role
 * check of method security, or a service's own ownership check), then lets it go on;</li>
 * <li>pages: Vaadin's navigation access control decides through {@link RecordingDecisionResolver}, which records each
 * refused navigation of a signed-in user (not the menu's checks, not anonymous visitors sent to sign in).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RefusalRecording {

    static final String SERVICE_DENIED = "SERVICE_DENIED";
    static final String ROUTE_DENIED = "ROUTE_DENIED";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusedServiceCallAdvisor(ObjectProvider<RefusalLog> refusals) {
        ComposablePointcut services = new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true))
                .intersection((Class<?> type) -> type.getName().startsWith("org.caseaudit."));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(services, new RefusedServiceCalls(refusals));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    @Bean
    static com.vaadin.flow.spring.security.NavigationAccessControlConfigurer navigationAccessControlConfigurer(
            ObjectProvider<RefusalLog> refusals) {
        return new com.vaadin.flow.spring.security.NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withDecisionResolver(new RecordingDecisionResolver(
                new DefaultAccessCheckDecisionResolver(), refusals));
    }

    static final class RefusedServiceCalls implements MethodInterceptor {

        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
        private final ObjectProvider<RefusalLog> refusals;

        RefusedServiceCalls(ObjectProvider<RefusalLog> refusals) {
            this.refusals = refusals;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException e) {
                if (depth[0] == 1) {
                    String type = invocation.getMethod().getDeclaringClass().getSimpleName();
                    refusals.getObject().record(SERVICE_DENIED, "service",
                            type + "." + invocation.getMethod().getName(),
                            "arguments " + arguments(invocation.getArguments()) + ": " + e.getMessage());
                }
                throw e;
            } finally {
                depth[0]--;
            }
        }

        /** Ids, flags and choices only: text arguments may carry personal data and are not written down. */
        static String arguments(Object[] arguments) {
            StringJoiner shown = new StringJoiner(", ", "(", ")");
            for (Object argument : arguments) {
                shown.add(argument == null ? "null"
                        : argument instanceof Number || argument instanceof Boolean || argument instanceof Enum<?>
                        ? argument.toString() : argument.getClass().getSimpleName());
            }
            return shown.toString();
        }
    }

    static final class RecordingDecisionResolver implements AccessCheckDecisionResolver {

        private final AccessCheckDecisionResolver delegate;
        private final transient ObjectProvider<RefusalLog> refusals;

        RecordingDecisionResolver(AccessCheckDecisionResolver delegate, ObjectProvider<RefusalLog> refusals) {
            this.delegate = delegate;
            this.refusals = refusals;
        }

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            AccessCheckResult result = delegate.resolve(results, context);
            if (result.decision() != AccessCheckDecision.ALLOW && context.isNavigating() && !context.isErrorHandling()
                    && context.getPrincipal() != null && refusals != null) {
                refusals.getObject().record(context.getPrincipal().getName(), AuditTrail.currentRemoteAddress(),
                        ROUTE_DENIED, "route", "/" + context.getLocation().getPath(), null);
            }
            return result;
        }
    }
}
