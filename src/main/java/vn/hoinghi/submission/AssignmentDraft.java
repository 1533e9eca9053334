package vn.hoinghi.submission;

import java.time.LocalDate;

/** What the committee types or a file gives for an assignment: which unit writes on what, by when. */
public record AssignmentDraft(Long unitId, String topic, LocalDate deadline, String notes) {
}
