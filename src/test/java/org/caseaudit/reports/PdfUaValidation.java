package org.caseaudit.reports;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates a PDF against veraPDF's PDF/UA-1 profile and lists the failed rules. */
final class PdfUaValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaValidation() {
    }

    /** Failed rules, e.g. {@code "7.1-3"} (clause-test of ISO 14289-1), each with its first message and count. */
    static Map<String, String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> messages = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                counts.merge(rule, 1, Integer::sum);
                messages.putIfAbsent(rule, assertion.getMessage() + " (" + assertion.getLocation().getContext() + ")");
            }
            Map<String, String> failed = new TreeMap<>();
            counts.forEach((rule, n) -> failed.put(rule, n + "× " + messages.get(rule)));
            return failed;
        }
    }
}
