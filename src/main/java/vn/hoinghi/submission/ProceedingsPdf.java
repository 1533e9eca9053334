package vn.hoinghi.submission;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.layout.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.PdfFonts;

/**
 * Puts the proceedings together: the cover and contents, then each accepted PDF's pages copied as they are, in
 * order, with no separator page (a unit's text usually opens with its own head, the contents and the bookmarks
 * lead to it, and printed copies for the hall stay shorter; decision 011), and "Trang N" on every page after the cover.
 * Page objects are copied, never re-rendered, and written out as soon as they are numbered; only one unit's file is
 * held at a time.
 */
@StaysVietnamese("the proceedings PDF's title and bookmarks")
final class ProceedingsPdf {

    private final Conference conference;
    private final List<ProceedingsEntry> entries;
    private final LongFunction<byte[]> content;

    private ProceedingsPdf(Conference conference, List<ProceedingsEntry> entries, LongFunction<byte[]> content) {
        this.conference = conference;
        this.entries = entries;
        this.content = content;
    }

    /** The proceedings of the entries, in their order; {@code content} reads a stored file's bytes by its id. */
    static Proceedings write(Conference conference, List<ProceedingsEntry> entries, LongFunction<byte[]> content) {
        return new ProceedingsPdf(conference, entries, content).write();
    }

    private Proceedings write() {
        // The contents' page numbers depend on how many pages the contents take: lay them out until that settles.
        int frontPages = 2;
        List<ProceedingsFront.Line> lines = lines(frontPages);
        for (int tries = 0, laidOut; (laidOut = ProceedingsFront.pages(conference, lines)) != frontPages; tries++) {
            if (tries == 3) {
                throw new IllegalStateException("The contents take " + laidOut + " pages, then another number");
            }
            frontPages = laidOut;
            lines = lines(frontPages);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFonts fonts = new PdfFonts();
        int pages;
        // Not flushed at once: the front pages are drawn when the document closes, after the copies are numbered.
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document doc = new Document(pdf, PageSize.A4, false)) {
            pdf.getDocumentInfo().setTitle(PdfFonts.nfc("Kỷ yếu tham luận - " + conference.title()));
            pdf.getCatalog().setPageMode(PdfName.UseOutlines);
            new ProceedingsFront(fonts).write(doc, conference, lines);
            PdfOutline outlines = pdf.getOutlines(false);
            outlines.addOutline(PdfFonts.nfc("Mục lục")).addDestination(PdfExplicitDestination.createFit(pdf.getPage(2)));
            for (int page = 2; page <= frontPages; page++) {
                ProceedingsPageNumber.stamp(pdf.getPage(page), page, fonts.regular(), false);
            }
            for (ProceedingsFront.Line line : lines) {
                if (line.page() != null) {
                    copy(pdf, line, outlines, fonts);
                }
            }
            pages = pdf.getNumberOfPages();
        }
        return new Proceedings(out.toByteArray(), pages, entries.stream().filter(e -> !e.included()).toList());
    }

    /** The contents' lines, numbered 1…n, with each PDF's first page when the front takes that many pages. */
    private List<ProceedingsFront.Line> lines(int frontPages) {
        List<ProceedingsFront.Line> lines = new ArrayList<>();
        int next = frontPages + 1;
        for (ProceedingsEntry e : entries) {
            if (e.included()) {
                lines.add(new ProceedingsFront.Line(lines.size() + 1, e, next, "tham-luan-" + e.contributionId()));
                // FileCheck counted the pages on upload; the copy below checks that count against the file.
                next += e.pageCount();
            } else {
                lines.add(new ProceedingsFront.Line(lines.size() + 1, e, null, null));
            }
        }
        return lines;
    }

    private void copy(PdfDocument pdf, ProceedingsFront.Line line, PdfOutline outlines, PdfFonts fonts) {
        ProceedingsEntry e = line.entry();
        // A unit's PDF may carry an owner password that forbids copying; the unit sent it to be printed here.
        try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(content.apply(e.fileId())))
                .setUnethicalReading(true))) {
            if (source.getNumberOfPages() != e.pageCount() || pdf.getNumberOfPages() + 1 != line.page()) {
                throw new IllegalStateException("Stored page count of file " + e.fileId() + " is wrong");
            }
            List<PdfPage> copies = source.copyPagesTo(1, source.getNumberOfPages(), pdf);
            var first = PdfExplicitDestination.createFit(copies.getFirst());
            pdf.addNamedDestination(line.destination(), first.getPdfObject());
            outlines.addOutline(PdfFonts.nfc(line.number() + ". " + e.topic() + " (" + e.unitName() + ")"))
                    .addDestination(first);
            for (PdfPage page : copies) {
                ProceedingsPageNumber.stamp(page, pdf.getPageNumber(page), fonts.regular(), true);
                page.flush();
            }
        } catch (IOException | com.itextpdf.kernel.exceptions.PdfException ex) {
            throw new ValidationException(Map.of("proceedings", Texts.t("submission.proceedings.unreadable",
                    e.fileName(), e.unitName(), String.valueOf(line.number()),
                    ex.getMessage() == null ? "" : ": " + ex.getMessage().replaceAll("[.\\s]+$", ""))));
        }
    }
}
