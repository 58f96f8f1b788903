package org.caseaudit.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.caseaudit.cases.CaseField;
import org.caseaudit.cases.ImportResult.HeaderMatch;
import org.caseaudit.cases.MappingProfile;
import org.caseaudit.cases.MappingProfileService;
import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or edits a mapping profile: source column -> field, date format, value translations. Built-in profiles
 * open as a copy. "Fill from file" adds the uploaded file's headings with their automatic matches.
 */
class ProfileDialog extends Dialog {

    private final MappingProfileService profiles;
    private final Consumer<MappingProfile> onSaved;
    private final MappingProfile original;
    private final TextField name = new TextField("Name");
    private final TextField source = new TextField("Source system");
    private final ComboBox<String> dateFormat = new ComboBox<>("Date format");
    private final TextField description = new TextField("Description");
    private final VerticalLayout mappings = new VerticalLayout();
    private final VerticalLayout translations = new VerticalLayout();
    private final List<MappingRow> mappingRows = new ArrayList<>();
    private final List<TranslationRow> translationRows = new ArrayList<>();

    ProfileDialog(MappingProfileService profiles, MappingProfile profile, List<HeaderMatch> fileHeadings,
                  Consumer<MappingProfile> onSaved) {
        this.profiles = profiles;
        this.onSaved = onSaved;
        this.original = profile;
        setId("profile-dialog");
        setHeaderTitle(profile == null ? "New mapping profile" : profile.builtIn() ? "Copy of " + profile.name()
                : "Edit " + profile.name());
        setWidth("56rem");
        name.setId("profile-name");
        source.setId("profile-source");
        dateFormat.setId("profile-date-format");
        dateFormat.setItems("dd/MM/yyyy", "yyyy-MM-dd", "dd-MMM-yyyy", "dd/MM/yyyy HH:mm", MappingProfile.EXCEL_SERIAL);
        dateFormat.setAllowCustomValue(true);
        dateFormat.addCustomValueSetListener(e -> dateFormat.setValue(e.getDetail()));
        description.setId("profile-description");
        if (profile != null) {
            name.setValue(profile.builtIn() ? profile.name() + "-copy" : profile.name());
            source.setValue(profile.source());
            dateFormat.setValue(profile.dateFormat());
            description.setValue(profile.description() == null ? "" : profile.description());
            profile.columns().forEach(c -> addMapping(c.sourceColumn(), c.field()));
            profile.translations().forEach(t -> addTranslation(t.field(), t.sourceValue(), t.targetValue()));
        } else {
            dateFormat.setValue("dd/MM/yyyy");
        }
        FormLayout form = new FormLayout(name, source, dateFormat, description);

        Button addMapping = new Button("Add column", e -> addMapping("", null));
        addMapping.setId("add-mapping");
        Button fill = new Button("Fill from file headings", e -> fileHeadings.forEach(h -> {
            boolean present = mappingRows.stream().anyMatch(r -> r.column.getValue().equalsIgnoreCase(h.column()));
            if (!present && h.field() != null) {
                addMapping(h.column(), h.field());
            }
        }));
        fill.setId("fill-from-file");
        fill.setEnabled(!fileHeadings.isEmpty());
        Button addTranslation = new Button("Add value translation", e -> addTranslation(null, "", ""));
        addTranslation.setId("add-translation");
        mappings.setPadding(false);
        mappings.setSpacing(false);
        translations.setPadding(false);
        translations.setSpacing(false);

        add(form, new H4("Columns"), mappings, new HorizontalLayout(addMapping, fill),
                new H4("Value translations (e.g. 'Convene ICPC' -> ICPC, 'Y' -> yes)"), translations, addTranslation);

        Button save = new Button("Save profile", e -> save());
        save.setId("save-profile");
        Dialogs.footer(this, save, null);
    }

    private void addMapping(String column, CaseField field) {
        MappingRow row = new MappingRow(column, field);
        mappingRows.add(row);
        mappings.add(row.layout);
    }

    private void addTranslation(CaseField field, String from, String to) {
        TranslationRow row = new TranslationRow(field, from, to);
        translationRows.add(row);
        translations.add(row.layout);
    }

    MappingProfile toRecord() {
        boolean copy = original == null || original.builtIn();
        return new MappingProfile(copy ? null : original.id(), name.getValue(), source.getValue(),
                dateFormat.getValue(), description.getValue(), false, copy ? 0 : original.version(),
                mappingRows.stream().filter(r -> !r.column.getValue().isBlank() || r.field.getValue() != null)
                        .map(r -> new MappingProfile.ColumnMapping(r.column.getValue(), r.field.getValue())).toList(),
                translationRows.stream().filter(r -> !r.from.getValue().isBlank())
                        .map(r -> new MappingProfile.ValueTranslation(r.field.getValue(), r.from.getValue(),
                        r.to.getValue()))
                        .toList());
    }

    private void save() {
        try {
            MappingProfile saved = profiles.save(toRecord());
            Notifications.success("Profile '" + saved.name() + "' saved.");
            close();
            onSaved.accept(saved);
        } catch (IllegalArgumentException | OptimisticLockingFailureException e) {
            Notifications.error(e.getMessage());
        }
    }

    private final class MappingRow {
        final TextField column = new TextField();
        final ComboBox<CaseField> field = new ComboBox<>();
        final HorizontalLayout layout;

        MappingRow(String value, CaseField f) {
            column.setPlaceholder("Column heading in the file");
            column.setValue(value == null ? "" : value);
            column.setWidth("20rem");
            column.setId("mapping-column-" + mappingRows.size());
            field.setItems(CaseField.values());
            field.setItemLabelGenerator(x -> x.label() + (x.required() ? " *" : ""));
            field.setValue(f);
            field.setWidth("22rem");
            field.setId("mapping-field-" + mappingRows.size());
            Button remove = new Button("Remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            layout = new HorizontalLayout(column, field, remove);
            remove.addClickListener(e -> {
                mappingRows.remove(this);
                mappings.remove(layout);
            });
        }
    }

    private final class TranslationRow {
        final ComboBox<CaseField> field = new ComboBox<>();
        final TextField from = new TextField();
        final TextField to = new TextField();
        final HorizontalLayout layout;

        TranslationRow(CaseField f, String fromValue, String toValue) {
            field.setItems(CaseField.values());
            field.setItemLabelGenerator(CaseField::label);
            field.setPlaceholder("All fields");
            field.setClearButtonVisible(true);
            field.setValue(f);
            from.setPlaceholder("Value in the file");
            from.setValue(fromValue == null ? "" : fromValue);
            to.setPlaceholder("Means (yes, no, ICPC, CHILD_IN_NEED, NFA, OTHER, or empty)");
            to.setValue(toValue == null ? "" : toValue);
            to.setWidth("16rem");
            Button remove = new Button("Remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            layout = new HorizontalLayout(field, from, to, remove);
            remove.addClickListener(e -> {
                translationRows.remove(this);
                translations.remove(layout);
            });
        }
    }
}
