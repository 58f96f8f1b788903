package org.caseaudit.security;

import java.time.Clock;
import java.util.EnumSet;
import org.caseaudit.security.internal.UserAccount;
import org.caseaudit.security.internal.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * First start on an empty database: creates the administrator {@code admin}. The password comes from
 * CASEAUDIT_ADMIN_PASSWORD, or is generated and shown once on the console.
 */
@Component
@Order(200)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserService userService;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final String configuredPassword;

    AdminBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder, UserService userService,
                   AuditTrail auditTrail, Clock clock, @Value(
                   "${caseaudit.admin-password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.userService = userService;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = !StringUtils.hasText(configuredPassword);
        String password = generated ? userService.generatePassword() : configuredPassword;
        if (!generated && !PasswordPolicy.problems(password, "admin").isEmpty()) {
            throw new IllegalStateException("CASEAUDIT_ADMIN_PASSWORD is not acceptable: "
                    + String.join("; ", PasswordPolicy.problems(password, "admin")));
        }
        UserAccount admin = new UserAccount("admin", "Administrator", passwordEncoder.encode(password),
                clock.instant());
        admin.setRoles(EnumSet.of(Role.ADMIN));
        users.save(admin);
        auditTrail.record("system", "USER_CREATED", "user", "admin", "first-start administrator", null,
                AuditTrail.Outcome.SUCCESS);
        if (generated) {
            // Shown once, on the console of the first start only; the hash is all that is stored.
            log.warn("""

                    ================================================================
                    First start: created the administrator 'admin' with the password
                        {}
                    Sign in and create named administrator accounts. This is shown once.
                    ================================================================""", password);
        } else {
            log.info("First start: created the administrator 'admin' with the password from CASEAUDIT_ADMIN_PASSWORD");
        }
    }
}
