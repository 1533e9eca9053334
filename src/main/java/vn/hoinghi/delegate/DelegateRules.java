package vn.hoinghi.delegate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.Emails;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.PersonNames;
import vn.hoinghi.base.Phones;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.unit.UnitService;

/** The rules a delegate's fields follow, shared by the form and the importer. Messages name the field. */
final class DelegateRules {


    private DelegateRules() {
    }

    /** A draft normalised: name recased, text in NFC, phone as "0…". */
    record Checked(String fullName, Gender gender, String title, String unitName, String groupName,
                   MeetingPoint point, Integer protocolRank, String phone, String email, String notes,
                   Map<String, String> errors) {
    }

    /** The delegate table's columns (migration V2). */
    static final int MAX_NAME = 255;
    static final int MAX_TITLE = 500;
    static final int MAX_EMAIL = 255;
    static final int MAX_NOTES = 1000;

    static Checked check(String rawName, Gender gender, String title, String unitName, String groupName,
                         MeetingPoint point, String pointText, Integer protocolRank, String rawPhone, String rawEmail,
                         String notes) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = PersonNames.tidy(rawName);
        if (name == null) {
            errors.put("fullName", Texts.t("delegate.fullName.missing"));
        }
        String phoneText = SearchKey.clean(rawPhone);
        String phone = null;
        if (phoneText != null) {
            phone = Phones.normalize(phoneText).orElse(null);
            if (phone == null) {
                errors.put("phone", Texts.t("delegate.phone.invalid", phoneText));
            }
        }
        String email = SearchKey.clean(rawEmail);
        if (email != null) {
            email = email.toLowerCase(java.util.Locale.ROOT);
            if (!Emails.valid(email)) {
                errors.put("email", Texts.t("delegate.email.invalid", SearchKey.clean(rawEmail)));
            }
        }
        if (point == null) {
            errors.put("point", pointText == null ? Texts.t("delegate.point.missing")
                    : Texts.t("delegate.point.unknown", pointText));
        }
        if (protocolRank != null && protocolRank <= 0) {
            errors.put("protocolRank", Texts.t("delegate.rank.notPositive"));
        }
        String cleanTitle = SearchKey.clean(title);
        String cleanUnit = SearchKey.clean(unitName);
        String cleanGroup = SearchKey.clean(groupName);
        String cleanNotes = SearchKey.clean(notes);
        Lengths.check(errors, "fullName", name, MAX_NAME, Texts.t("delegate.field.fullName"));
        Lengths.check(errors, "title", cleanTitle, MAX_TITLE, Texts.t("delegate.field.title"));
        Lengths.check(errors, "unitName", cleanUnit, UnitService.MAX_NAME, Texts.t("delegate.field.unitName"));
        Lengths.check(errors, "groupName", cleanGroup, GroupService.MAX_NAME, Texts.t("delegate.field.groupName"));
        Lengths.check(errors, "email", email, MAX_EMAIL, Texts.t("delegate.field.email"));
        Lengths.check(errors, "notes", cleanNotes, MAX_NOTES, Texts.t("delegate.field.notes"));
        return new Checked(name, gender, cleanTitle, cleanUnit, cleanGroup, point, protocolRank, phone, email, cleanNotes,
                errors);
    }

    /** The refusal of a withdrawn point for a delegate not already there. */
    static String withdrawnPoint(String pointName) {
        return Texts.t("delegate.point.withdrawn", pointName);
    }

    /** A delegate goes to a withdrawn point no more; one already there stays (and may be edited). */
    static void refuseNewlyAtWithdrawn(Map<String, String> errors, MeetingPoint point, Long currentPointId) {
        if (point != null && !point.takesNew(currentPointId)) {
            errors.put("point", withdrawnPoint(point.name()));
        }
    }

    static MeetingPoint pointById(List<MeetingPoint> points, Long id) {
        return id == null ? null : points.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    static MeetingPoint pointByName(List<MeetingPoint> points, String name) {
        return PointService.resolve(points, name).orElse(null);
    }
}
