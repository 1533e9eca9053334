package vn.hoinghi.award;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.hoinghi.award.repository.CeremonyRepository.Kept;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;

/**
 * What the audit log says about the awards: a nomination's fields on creation, each changed field as old → new,
 * decisions, quotas and the ceremony. The log is a record written once, when the change is made, and read by
 * anyone later in either language: it is kept in the committee's language, Vietnamese.
 */
@StaysVietnamese("the awards' audit log details, a stored record")
final class AwardAudit {

    private AwardAudit() {
    }

    /** "Cá nhân · Bằng khen của Chủ tịch UBND tỉnh · Nguyễn Văn An, Bác sĩ, Sở Y tế · đề nghị: Sở Y tế". */
    static String created(RecipientType type, String form, String name, String titleAndUnit, String proposingUnit) {
        return label(type.key()) + " · " + form + " · " + name + (titleAndUnit == null ? "" : ", " + titleAndUnit)
                + " · đề nghị: " + proposingUnit;
    }

    static String importedRow(RecipientType type, String form, String name, String titleAndUnit, String proposingUnit,
                              String fileName, int row) {
        return created(type, form, name, titleAndUnit, proposingUnit) + " · nhập từ tệp " + fileName + ", dòng " + row;
    }

    static String changed(Nomination before, RecipientType type, String form, String proposingUnit,
                          NominationValues after) {
        List<String> parts = new ArrayList<>();
        change(parts, "Loại", label(before.type().key()), label(type.key()));
        change(parts, "Hình thức", before.form(), form);
        change(parts, "Đơn vị đề nghị", before.proposingUnitName(), proposingUnit);
        change(parts, "Họ và tên", before.fullName(), after.fullName());
        change(parts, "Chức vụ", before.title(), after.title());
        change(parts, "Đơn vị công tác", before.workUnit(), after.workUnit());
        change(parts, "Thành tích", before.achievement(), after.achievement());
        return String.join("; ", parts);
    }

    static String status(NominationStatus from, NominationStatus to) {
        return "Trạng thái: " + label(from.key()) + " → " + label(to.key());
    }

    static String accepted(NominationStatus from, int left, int quota) {
        return status(from, NominationStatus.ACCEPTED) + " (chỉ tiêu còn " + left + "/" + quota + ")";
    }

    static String refused(NominationStatus from, String reason) {
        return status(from, NominationStatus.REFUSED) + "; lý do: " + reason;
    }

    static String decided(NominationStatus from, String number) {
        return status(from, NominationStatus.DECIDED) + "; Quyết định số " + number;
    }

    static String imported(String fileName, NominationImportResult result) {
        return fileName + ": " + result.added() + " đề nghị thêm, " + result.unchanged() + " đã có, "
                + result.refused() + " dòng lỗi";
    }

    /** "Số 2456/QĐ-UBND ngày 28/10/2021 của Chủ tịch UBND tỉnh Quảng Trị, ký: Hoàng Nam". */
    static String decision(DecisionDraft d) {
        return "Số " + d.number() + " ngày " + Times.DATE.format(d.signedOn()) + " của " + d.issuer() + ", ký: "
                + d.signerName();
    }

    static String decisionCreated(DecisionDraft d, int count) {
        return decision(d) + "; " + count + " khen thưởng";
    }

    /** "Bằng khen của Chủ tịch UBND tỉnh: 45 tập thể, 152 cá nhân; hạn nộp 23:59 26/10/2021". */
    static String quotas(List<Quota> list, Instant deadline) {
        List<String> parts = new ArrayList<>();
        list.stream().map(Quota::form).distinct().forEach(form -> parts.add(form + ": "
                + number(list, form, RecipientType.COLLECTIVE) + " tập thể, "
                + number(list, form, RecipientType.INDIVIDUAL) + " cá nhân"));
        parts.add("hạn nộp " + (deadline == null ? "khi hội nghị bắt đầu" : Times.DATE_TIME.format(Times.local(deadline))));
        return String.join("; ", parts);
    }

    static String batchesMade(int recipients, int batches, int batchSize, CeremonyOrder order) {
        return recipients + " khen thưởng, " + batches + " đợt, tối đa " + batchSize + " mỗi đợt; " + label(order.key());
    }

    static String presenter(int batch, String before, String after) {
        return "Đợt " + batch + ": người trao " + orDash(before) + " → " + orDash(after);
    }

    /** "Người nhận: A → B; Nhận thay: — → C, title". */
    static String recipient(CeremonyRecipient r, Kept v, String delegate) {
        StringBuilder s = new StringBuilder();
        if (!Objects.equals(r.delegateId(), v.delegateId())) {
            s.append(r.collective() ? "Người nhận: " : "Đại biểu: ").append(orDash(r.delegateName())).append(" → ")
                    .append(orDash(delegate));
        }
        if (!Objects.equals(r.standInName(), v.standInName()) || !Objects.equals(r.standInTitle(), v.standInTitle())) {
            s.append(s.isEmpty() ? "" : "; ").append("Nhận thay: ")
                    .append(orDash(CeremonyRecipient.person(r.standInName(), r.standInTitle()))).append(" → ")
                    .append(orDash(CeremonyRecipient.person(v.standInName(), v.standInTitle())));
        }
        return s.toString();
    }

    static String moved(int fromBatch, int toBatch) {
        return "Đợt " + fromBatch + " → đợt " + toBatch;
    }

    static String reset(int undone) {
        return undone + " khen thưởng trở lại “" + label(NominationStatus.DECIDED.key()) + "”";
    }

    static String onStage(Integer batch, int count) {
        return batch == null ? "không đợt nào trên sân khấu" : "đợt " + batch + "/" + count;
    }

    static String presented(int batch) {
        return status(NominationStatus.DECIDED, NominationStatus.PRESENTED) + "; đợt " + batch;
    }

    static String backOnStage(int batch) {
        return status(NominationStatus.PRESENTED, NominationStatus.DECIDED) + "; đợt " + batch + " trở lại sân khấu";
    }

    private static String label(String key) {
        return Texts.in(Texts.VIETNAMESE, key);
    }

    private static int number(List<Quota> list, String form, RecipientType type) {
        return list.stream().filter(q -> q.form().equals(form) && q.type() == type).mapToInt(Quota::quota).sum();
    }

    private static void change(List<String> parts, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            parts.add(label + ": " + quoted(before) + " → " + quoted(after));
        }
    }

    private static String quoted(String s) {
        return s == null ? "(trống)" : "“" + s + "”";
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
