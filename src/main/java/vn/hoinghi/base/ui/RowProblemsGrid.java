package vn.hoinghi.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.hoinghi.base.RowProblem;

/**
 * An import preview's refused rows: the row, the column, and the whole message — wrapped, never cut to "…", since
 * the message is what the unit has to correct.
 */
public class RowProblemsGrid extends Grid<RowProblem> {

    public RowProblemsGrid(List<RowProblem> problems) {
        // Narrow minimums that grow in proportion: on a phone the message keeps most of the width too.
        addColumn(RowProblem::row).setHeader(getTranslation("import.row")).setWidth("4.5rem").setFlexGrow(0);
        addColumn(RowProblem::field).setHeader(getTranslation("import.field")).setWidth("5rem").setFlexGrow(1);
        addColumn(RowProblem::message).setHeader(getTranslation("import.message")).setWidth("8rem").setFlexGrow(3);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("hn-row-problems");
        setItems(problems);
        setSizeFull();
    }
}
