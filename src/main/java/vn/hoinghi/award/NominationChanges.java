package vn.hoinghi.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the audit log says about a nomination: its fields on creation, or each changed field as old → new. */
final class NominationChanges {

    private NominationChanges() {
    }

    /** "Cá nhân · Bằng khen của Chủ tịch UBND tỉnh · Nguyễn Văn An, Bác sĩ, Sở Y tế · đề nghị: Sở Y tế". */
    static String created(RecipientType type, String form, String name, String titleAndUnit, String proposingUnit) {
        return type.label + " · " + form + " · " + name + (titleAndUnit == null ? "" : ", " + titleAndUnit)
                + " · đề nghị: " + proposingUnit;
    }

    static String changed(Nomination before, RecipientType type, String form, String proposingUnit,
                          NominationValues after) {
        List<String> parts = new ArrayList<>();
        change(parts, "Loại", before.type().label, type.label);
        change(parts, "Hình thức", before.form(), form);
        change(parts, "Đơn vị đề nghị", before.proposingUnitName(), proposingUnit);
        change(parts, "Họ và tên", before.fullName(), after.fullName());
        change(parts, "Chức vụ", before.title(), after.title());
        change(parts, "Đơn vị công tác", before.workUnit(), after.workUnit());
        change(parts, "Thành tích", before.achievement(), after.achievement());
        return String.join("; ", parts);
    }

    static String status(NominationStatus from, NominationStatus to) {
        return "Trạng thái: " + from.label + " → " + to.label;
    }

    private static void change(List<String> parts, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            parts.add(label + ": " + quoted(before) + " → " + quoted(after));
        }
    }

    private static String quoted(String s) {
        return s == null ? "(trống)" : "“" + s + "”";
    }
}
