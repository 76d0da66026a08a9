package dev.reload.system;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

import dev.reload.support.CitusLayout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row never moves to another account: every Spring Data JDBC entity writes its account's column
 * on insert only ({@link InsertOnlyProperty}). Spring Data JDBC's update of a changed row otherwise
 * sets every column, the account's id too, by the row's id alone, which Citus refuses for the column
 * a table is distributed by (decision 0024; found by running the PostgreSQL tests on Citus).
 */
class EntitiesKeepTheirAccountTests {

    @Test
    void everyEntityWritesItsAccountOnInsertOnly() {
        List<String> entities = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.reload")) {
            if (!type.isAnnotatedWith(Table.class)) {
                continue;
            }
            Class<?> entity = type.reflect();
            String table = entity.getAnnotation(Table.class).value();
            CitusLayout.table(table).filter(CitusLayout.Table::coLocated).ifPresent(layout -> {
                entities.add(table);
                Field owner = ownerField(entity, layout.column());
                if (owner == null) {
                    problems.add(entity.getSimpleName() + " (" + table + ") maps no " + layout.column());
                } else if (!layout.kind().equals(CitusLayout.Kind.ACCOUNT)
                        && !owner.isAnnotationPresent(InsertOnlyProperty.class)) {
                    problems.add(entity.getSimpleName() + "." + owner.getName() + " (" + table + "." + layout.column()
                            + ") is not @InsertOnlyProperty");
                }
            });
        }
        assertThat(problems).as("entities whose account an update would write").isEmpty();
        assertThat(entities).as("entities checked").contains("account", "plan", "api_token", "clinic_note");
    }

    /** The field mapped to the column: by its {@code @Column} name, else by its name in snake case. */
    private static Field ownerField(Class<?> entity, String column) {
        for (Field field : entity.getDeclaredFields()) {
            Column mapped = field.getAnnotation(Column.class);
            String name = mapped != null
                    ? mapped.value()
                    : field.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
            if (name.equals(column)) {
                return field;
            }
        }
        return null;
    }
}
