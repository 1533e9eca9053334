package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;

/** A feature's part of the page header (e.g. the conference being worked on), without base depending on it. */
public interface HeaderContribution {
    Component create();
}
