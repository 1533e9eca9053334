package vn.hoinghi.award.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.hoinghi.award.AppraisalService;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.award.NominationStatus;
import vn.hoinghi.award.QuotaExceededException;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.Notifications;

/**
 * Accept and refuse, one nomination or the selected ones, from the grid or the form. A full quota is said
 * clearly and stays on the page ({@code quotaFull}); the service decides, the page only asks.
 */
class AppraisalActions implements NominationGrid.Appraiser {

    private final AppraisalService appraisal;
    private final Consumer<String> quotaFull;
    private final Runnable refresh;

    AppraisalActions(AppraisalService appraisal, Consumer<String> quotaFull, Runnable refresh) {
        this.appraisal = appraisal;
        this.quotaFull = quotaFull;
        this.refresh = refresh;
    }

    @Override
    public void accept(Nomination n) {
        acceptAll(List.of(n));
    }

    @Override
    public void refuse(Nomination n) {
        refuseAll(List.of(n));
    }

    /** In the list's order; those a full quota stops stay waiting, and the quota's message is shown. */
    void acceptAll(List<Nomination> list) {
        int accepted = 0;
        int stopped = 0;
        String full = null;
        List<String> other = new ArrayList<>();
        for (Nomination n : list) {
            if (n.status() != NominationStatus.PROPOSED && n.status() != NominationStatus.REFUSED) {
                continue;
            }
            try {
                appraisal.accept(n.id(), n.version());
                accepted++;
            } catch (QuotaExceededException e) {
                full = full == null ? e.getMessage() : full;
                stopped++;
            } catch (ValidationException | VersionConflictException e) {
                other.add(e.getMessage());
            }
        }
        if (accepted > 0 && list.size() > 1) {
            Notifications.success(I18n.text("awards.accepted", accepted));
        }
        report(stopped > 1 ? full + " " + I18n.text("awards.quota.notAccepted", stopped) : full, other);
    }

    void refuseAll(List<Nomination> list) {
        List<Nomination> open = list.stream().filter(n -> n.status() == NominationStatus.PROPOSED
                || n.status() == NominationStatus.ACCEPTED).toList();
        if (open.isEmpty()) {
            return;
        }
        new RefuseDialog(open.size() == 1 ? open.getFirst().fullName() : null, open.size(), reason -> {
            List<String> problems = new ArrayList<>();
            for (Nomination n : open) {
                try {
                    appraisal.refuse(n.id(), n.version(), reason);
                } catch (VersionConflictException e) {
                    problems.add(e.getMessage());
                }
            }
            report(null, problems);
        }).open();
    }

    private void report(String full, List<String> other) {
        quotaFull.accept(full);
        other.stream().distinct().forEach(Notifications::error);
        refresh.run();
    }
}
