package vn.hoinghi.submission;

import java.util.List;

/** The proceedings PDF, its page count, and the accepted contributions it lists without their pages (Word files). */
public record Proceedings(byte[] pdf, int pages, List<ProceedingsEntry> notIncluded) {
}
