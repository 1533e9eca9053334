package vn.hoinghi.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This class's Vietnamese text stays Vietnamese whatever the page's language: the official documents (Decree
 * 30/2020), the headers of the files users bring, the demo's data. Every other sentence a user reads comes from the
 * translation files (pages by {@code getTranslation}, services by {@link Texts}); {@code HardCodedTextTest} holds
 * the line.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface StaysVietnamese {

    /** What the text is, e.g. "the decision's PDF". */
    String value();
}
