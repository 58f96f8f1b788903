package org.caseaudit.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Report rows from records: a field is a record component of the same name. (JasperReports' bean data source reads
 * getters, which records lack.) One pass, like every data source.
 */
final class RecordDataSource implements JRDataSource {

    private final Iterator<? extends Record> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private Record current;

    private RecordDataSource(List<? extends Record> rows) {
        this.rows = rows.iterator();
    }

    static RecordDataSource of(List<? extends Record> rows) {
        return new RecordDataSource(rows);
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors.computeIfAbsent(current.getClass().getName() + "#" + field.getName(),
                k -> find(current.getClass(), field.getName()));
        if (accessor == null) {
            throw new JRException("No component " + field.getName() + " in " + current.getClass().getSimpleName());
        }
        try {
            return accessor.invoke(current);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Cannot read " + field.getName() + " of " + current.getClass().getSimpleName(), e);
        }
    }

    private static Method find(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return accessor;
            }
        }
        return null;
    }
}
