package vn.hoinghi.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a feature's {@code repository} package: the tables that feature owns. Only that feature's repositories read or
 * write them; other features ask the owner's API. {@code ArchitectureTest} holds every repository to it and every
 * table to exactly one owner.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    /** Table names as in the migrations, e.g. {@code "delegate"}. */
    String[] value();
}
