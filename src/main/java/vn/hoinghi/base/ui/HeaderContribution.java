package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
import java.util.OptionalLong;

/** A feature's part of the page header (e.g. the conference the page works on), without base depending on it. */
public interface HeaderContribution {

    /** {@code conferenceId}: the conference of the page's address, if it names one. */
    Component create(OptionalLong conferenceId);
}
