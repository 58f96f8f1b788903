package org.caseaudit.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseImportService;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.cases.ImportCounts;
import org.caseaudit.cases.ImportOptions;
import org.caseaudit.cases.ImportProblem;
import org.caseaudit.cases.ImportResult;
import org.caseaudit.cases.S47Outcome;
import org.caseaudit.cases.StagedFile;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The HTTP API for the council's scheduled jobs (docs/api.md): the same import as the UI, answered in
 * JSON, and the register as CSV.
 */
@RestController
class CaseApiController {

    /** The JSON answer of POST /api/imports. */
    record ImportAnswer(Long importId, String status, String file, String sha256, String profile, String source,
                        ImportCounts counts, int problemCount, List<ImportProblem> problems) {

        static ImportAnswer of(ImportResult r) {
            return new ImportAnswer(r.importId(), r.status().name(), r.fileName(), r.sha256(), r.profileName(),
                    r.source(), r.counts(), r.problemCount(), r.problems());
        }
    }

    private final CaseImportService imports;
    private final CaseRegisterService register;

    CaseApiController(CaseImportService imports, CaseRegisterService register) {
        this.imports = imports;
        this.register = register;
    }

    @PostMapping(path = "/api/imports", consumes = "multipart/form-data", produces = "application/json")
    ResponseEntity<ImportAnswer> importCases(@RequestPart("file") MultipartFile file,
                                             @RequestParam(defaultValue = "standard") String profile,
                                             @RequestParam(required = false) String source,
                                             @RequestParam(defaultValue = "false") boolean newTeams,
                                             @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        try (StagedFile staged = StagedFile.copy(file.getInputStream(), file.getOriginalFilename(),
                imports.maxBytes())) {
            ImportResult result = imports.importForIntegration(staged, profile, new ImportOptions(source,
                    newTeams), !dryRun);
            HttpStatus status = switch (result.status()) {
                case COMMITTED, PREVIEWED -> result.problemCount() == 0 ? HttpStatus.OK
                        : HttpStatus.UNPROCESSABLE_CONTENT;
                case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
                case CANCELLED -> HttpStatus.CONFLICT;
                case FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
            };
            return ResponseEntity.status(status).body(ImportAnswer.of(result));
        }
    }

    @GetMapping(path = "/api/cases.csv")
    void casesCsv(@RequestParam(required = false) String team,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) S47Outcome outcome,
                  @RequestParam(required = false) Boolean hasIcpc,
                  HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cases.csv\"");
        register.export(new CaseFilter(team, from, to, outcome, hasIcpc, null), CaseRegisterService.ExportFormat.CSV,
                response.getOutputStream());
    }

    /**
     * A parameter that does not convert (an unknown outcome, a date that is not ISO) is answered with the parameter's
     * name and the values it accepts, never with the converter's message (which names Java classes).
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected;
        if (type != null && type.isEnum()) {
            expected = "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        } else if (type == LocalDate.class) {
            expected = "a date written yyyy-MM-dd";
        } else if (type == Boolean.class || type == boolean.class) {
            expected = "true or false";
        } else {
            expected = "a valid value";
        }
        return ResponseEntity.badRequest().body(Map.of("error",
                "Parameter '" + e.getName() + "' must be " + expected + "."));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Map.of("error", "The file is larger than the upload limit."));
    }
}
