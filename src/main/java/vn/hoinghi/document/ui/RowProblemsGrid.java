package vn.hoinghi.document.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.hoinghi.document.RowProblem;

/**
 * An import preview's refused rows: the row, the column, and the whole message — wrapped, never cut to "…", since
 * the message is what the unit has to correct.
 */
public class RowProblemsGrid extends Grid<RowProblem> {

    public RowProblemsGrid(List<RowProblem> problems) {
        addColumn(RowProblem::row).setHeader(getTranslation("import.row")).setWidth("5rem").setFlexGrow(0);
        addColumn(RowProblem::field).setHeader(getTranslation("import.field")).setWidth("12rem").setFlexGrow(0);
        addColumn(RowProblem::message).setHeader(getTranslation("import.message")).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("hn-row-problems");
        setItems(problems);
        setSizeFull();
    }
}
