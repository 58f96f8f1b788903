package org.caseaudit.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every scheduled job runs under a lease (decision 0008), so a job added later cannot run on every node of a cluster
 * by mistake: each {@code @Scheduled} method of the application also carries {@code @SchedulerLock}, and no two jobs
 * share a lease's name.
 */
class ScheduledJobsTest {

    @Test
    void every_scheduled_method_takes_a_lease_of_its_own() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> jobs = new ArrayList<>();
        List<String> withoutLease = new ArrayList<>();
        List<String> leaseNames = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.caseaudit")) {
            for (Method m : Class.forName(bean.getBeanClassName()).getDeclaredMethods()) {
                if (!m.isAnnotationPresent(Scheduled.class)) {
                    continue;
                }
                String job = m.getDeclaringClass().getSimpleName() + "." + m.getName();
                jobs.add(job);
                SchedulerLock lock = m.getAnnotation(SchedulerLock.class);
                if (lock == null) {
                    withoutLease.add(job);
                } else {
                    leaseNames.add(lock.name());
                }
            }
        }
        assertThat(jobs).as("scheduled jobs found").contains("AuditTrailRetention.purgeOnSchedule",
                "CaseDataRetentionRunner.runOnSchedule",
                "ScheduledCommitteePack.scheduled");
        assertThat(withoutLease).as("scheduled jobs without a lease").isEmpty();
        assertThat(leaseNames).as("lease names").doesNotHaveDuplicates();
    }
}
