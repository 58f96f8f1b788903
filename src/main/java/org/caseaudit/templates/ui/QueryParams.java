package org.caseaudit.templates.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Query parameters of the template views (typed by hand in an address bar, so never trusted to be numbers). */
final class QueryParams {

    private QueryParams() {
    }

    static Optional<Integer> integer(QueryParameters params, String name) {
        try {
            return params.getSingleParameter(name).map(Integer::parseInt);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static QueryParameters of(String templateId, String name, int value) {
        return new QueryParameters(Map.of("template", List.of(templateId), name, List.of(String.valueOf(value))));
    }
}
