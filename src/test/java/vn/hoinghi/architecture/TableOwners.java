package vn.hoinghi.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Table;
import vn.hoinghi.database.OwnsTables;

/** Which feature owns which table, read from the {@link OwnsTables} of the repository packages. */
final class TableOwners {

    static final String TABLES = "vn.hoinghi.database.jooq.Tables";

    private TableOwners() {
    }

    /** Table name → feature, failing on a table claimed twice. */
    static Map<String, String> byTable(JavaClasses classes) {
        Map<String, String> owners = new TreeMap<>();
        classes.stream().map(c -> c.getPackageName()).distinct().filter(p -> p.endsWith(".repository")).forEach(p -> {
            OwnsTables owns = ownsTables(p);
            if (owns == null) {
                throw new AssertionError(p + " has no @OwnsTables in its package-info.java");
            }
            for (String table : owns.value()) {
                String earlier = owners.put(table, featureOf(p));
                if (earlier != null && !earlier.equals(featureOf(p))) {
                    throw new AssertionError(table + " is owned by both " + earlier + " and " + featureOf(p));
                }
            }
        });
        return owners;
    }

    /** The generated table and record classes, by class name → table name. */
    static Map<String, String> tablesOfGeneratedClasses() {
        Map<String, String> tables = new HashMap<>();
        try {
            for (Field f : Class.forName(TABLES).getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Table<?> table) {
                    tables.put(table.getClass().getName(), table.getName());
                    tables.put(table.getRecordType().getName(), table.getName());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /** "vn.hoinghi.submission.report.repository" → "submission". */
    static String featureOf(String packageName) {
        return packageName.replaceFirst("^vn\\.hoinghi\\.", "").split("\\.")[0];
    }

    private static OwnsTables ownsTables(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").getAnnotation(OwnsTables.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
