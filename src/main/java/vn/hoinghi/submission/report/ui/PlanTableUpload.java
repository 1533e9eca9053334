package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.Consumer;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.RowProblemsGrid;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.submission.report.PlanTableReader;
import vn.hoinghi.submission.report.TableDraft;

/**
 * "Đọc bảng từ tệp Excel của kế hoạch": a button opening a small dialog that takes the plan's .xlsx, reads its table
 * ({@link PlanTableReader}) and hands the draft on to be checked and saved in the table dialog; a file it cannot read
 * is answered with its Vietnamese message (naming the file, and each row and column to fix), and nothing else happens.
 */
class PlanTableUpload extends Button {

    PlanTableUpload(Consumer<TableDraft> onRead) {
        super(VaadinIcon.UPLOAD.create());
        setText(getTranslation("reports.planTable.open"));
        addClassName("hn-plan-table-open");
        addClickListener(e -> dialog(onRead).open());
    }

    private Dialog dialog(Consumer<TableDraft> onRead) {
        Dialog dialog = new Dialog(getTranslation("reports.planTable.open"));
        dialog.addClassName("hn-plan-table-dialog");
        dialog.setWidth("min(44rem, 100vw)");
        Div answer = new Div();
        answer.addClassName("hn-plan-table-answer");
        Upload upload = FileUploads.spreadsheet(PlanTableReader.MAX_BYTES, (fileName, bytes) -> {
            answer.removeAll();
            try {
                PlanTableReader.Read read = PlanTableReader.read(fileName, bytes);
                if (read.draft() != null) {
                    dialog.close();
                    onRead.accept(read.draft());
                    return;
                }
                answer.add(new Paragraph(getTranslation("reports.planTable.problems", fileName, read.problems().size())));
                RowProblemsGrid problems = new RowProblemsGrid(read.problems());
                problems.setAllRowsVisible(true);
                answer.add(problems);
            } catch (UnreadableFileException refused) {
                answer.add(new Paragraph(refused.getMessage()));
            }
        }, message -> {
            answer.removeAll();
            answer.add(new Paragraph(message));
        });
        upload.setAcceptedFileTypes(".xlsx");
        dialog.add(new Paragraph(getTranslation("reports.planTable.help")), upload, answer);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        return dialog;
    }
}
