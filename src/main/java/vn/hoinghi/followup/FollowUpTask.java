package vn.hoinghi.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;

/** A task of a conference, numbered within its origin, with its lead unit named. */
@StaysVietnamese("the task's wording in the conclusion notice")
public record FollowUpTask(long id, long conferenceId, TaskOrigin origin, int position, String content, long leadUnitId,
                           String leadUnitName, String cooperating, LocalDate deadline, TaskStatus status,
                           LocalDate doneOn, String resultNote, int version) {

    /** The task with its lead unit named (the unit feature keeps the names). */
    FollowUpTask withLeadUnitName(String name) {
        return new FollowUpTask(id, conferenceId, origin, position, content, leadUnitId, name, cooperating, deadline,
                status, doneOn, resultNote, version);
    }

    /** Overdue: its deadline has passed (the deadline day itself still counts) and it is not done. */
    public boolean overdueOn(LocalDate today) {
        return deadline != null && status != TaskStatus.DONE && today.isAfter(deadline);
    }

    /** Days past the deadline; 0 when not overdue. */
    public long daysOverdue(LocalDate today) {
        return overdueOn(today) ? ChronoUnit.DAYS.between(deadline, today) : 0;
    }

    /**
     * The task as a conclusion notice words it: "Giao Sở Y tế chủ trì, phối hợp với Sở Nội vụ hoàn thiện hồ sơ …
     * (hoàn thành trước ngày 15/11/2021)." Without cooperating units: "Giao Công an tỉnh duy trì …".
     */
    public String assignment() {
        StringBuilder s = new StringBuilder("Giao ").append(leadUnitName);
        if (cooperating != null) {
            s.append(" chủ trì, phối hợp với ").append(cooperating);
        }
        s.append(' ').append(inSentence(content));
        if (deadline != null) {
            s.append(" (hoàn thành trước ngày ").append(Times.DATE.format(deadline)).append(')');
        }
        return s.append('.').toString();
    }

    /** "Xây dựng kế hoạch." reads "xây dựng kế hoạch" after "Giao …"; "UBND …" keeps its capitals. */
    static String inSentence(String text) {
        String s = text.strip().replaceAll("[.;]+$", "");
        boolean word = s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1));
        return word ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
