package org.caseaudit.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one text rule for names, references, titles and free text (issue 19, item 15): text must show what it is.
 * Refused everywhere: bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), every other
 * invisible formatting character (Unicode category Cf: zero-width space and joiners, soft hyphen, byte-order mark...),
 * C0 and C1 control characters and DEL, and lone surrogates. Single-line text (names, references, titles) also refuses
 * line and paragraph separators (U+2028, U+2029) and tabs and line breaks; multi-line text (replies, notes, action
 * text) allows tab, line feed and carriage return only. A field also has a longest length, counted in characters
 * (code points, as MariaDB counts a {@code VARCHAR}'s length). A field's whole rule is one {@link Rule}: declare it
 * once beside the service that stores the field, check with {@link Rule#problem} in the service and give
 * {@link Rule#maxLength()} to the form's text field; on form beans use {@link Valid @PlainText.Valid}. Every message
 * names the field.
 */
public final class PlainText {

    /** Where the text goes. */
    public enum Lines { SINGLE, MULTI }

    private PlainText() {
    }

    /**
     * One field's text rule: its name as the user knows it (the messages start with it), single or multi-line, and
     * its longest length in characters. {@code null} passes: whether a field may be empty is the caller's rule.
     */
    public record Rule(String field, Lines lines, int maxLength) {

        public Rule {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(lines, "lines");
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
            }
        }

        public static Rule singleLine(String field, int maxLength) {
            return new Rule(field, Lines.SINGLE, maxLength);
        }

        public static Rule multiLine(String field, int maxLength) {
            return new Rule(field, Lines.MULTI, maxLength);
        }

        /** What is wrong with the text as given (strip it first where the field keeps it stripped), or empty. */
        public Optional<String> problem(String text) {
            if (text == null) {
                return Optional.empty();
            }
            int length = text.codePointCount(0, text.length());
            if (length > maxLength) {
                return Optional.of(field + " is " + length + " characters long; at most " + maxLength
                        + " are allowed");
            }
            return PlainText.problem(field, text, lines);
        }

        /** Throws {@link IllegalArgumentException} with {@link #problem}'s message; returns the text otherwise. */
        public String require(String text) {
            problem(text).ifPresent(message -> {
                throw new IllegalArgumentException(message);
            });
            return text;
        }
    }

    /** What is wrong with the text, naming the field and the first offending character, or empty when it is fine. */
    public static Optional<String> problem(String field, String text, Lines lines) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String why = why(cp, lines);
            if (why != null) {
                return Optional.of(field + " must not contain " + why + " (found " + name(cp) + " at character "
                        + (text.codePointCount(0, i) + 1) + ")");
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** Throws {@link IllegalArgumentException} with {@link #problem}'s message; returns the text otherwise. */
    public static String require(String field, String text, Lines lines) {
        problem(field, text, lines).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        return text;
    }

    public static boolean isPlain(String text, Lines lines) {
        return problem("", text, lines).isEmpty();
    }

    private static String why(int cp, Lines lines) {
        if (lines == Lines.MULTI && (cp == '\n' || cp == '\r' || cp == '\t')) {
            return null;
        }
        if (isBidiControl(cp)) {
            return "characters that change the direction of text";
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return "invisible formatting characters";
        }
        if (type == Character.CONTROL) {
            return lines == Lines.SINGLE && (cp == '\n' || cp == '\r' || cp == '\t')
                    ? "tabs or line breaks" : "control characters";
        }
        if (type == Character.SURROGATE) {
            return "broken characters";
        }
        if (lines == Lines.SINGLE && (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
            return "tabs or line breaks";
        }
        return null;
    }

    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    private static String name(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name.toLowerCase(Locale.ROOT));
    }

    /** Bean Validation form of a {@link Rule} for form fields: single-line unless {@code multiLine}. */
    @Documented
    @Constraint(validatedBy = Validator.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Valid {
        /** The field's name as the user knows it, e.g. "Team". */
        String field();

        boolean multiLine() default false;

        /** The longest text in characters. */
        int max();

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Validator of {@link Valid}: the message names the field and the length or the character. */
    public static final class Validator implements ConstraintValidator<Valid, String> {
        private Rule rule;

        @Override
        public void initialize(Valid annotation) {
            rule = new Rule(annotation.field(), annotation.multiLine() ? Lines.MULTI : Lines.SINGLE, annotation.max());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Optional<String> problem = rule.problem(value);
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.get().replace("{", "\\{").replace("$", "\\$"))
                    .addConstraintViolation();
            return false;
        }
    }
}
