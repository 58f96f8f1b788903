package org.caseaudit.audit.internal;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user (Envers creates this listener itself, so no injection). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        String user = a == null || a instanceof AnonymousAuthenticationToken ? "system" : a.getName();
        ((AuditRevisionEntity) revisionEntity).setUsername(user.length() > 100 ? user.substring(0, 100) : user);
    }
}
