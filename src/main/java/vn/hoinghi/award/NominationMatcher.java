package vn.hoinghi.award;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.Texts;
import vn.hoinghi.document.ImportAction;

/**
 * Finds rows of an imported sheet that repeat one another or a stored proposal. The same nominee for the same
 * form from the same proposing unit is one proposal: twice in the file is refused, already stored is left as it is.
 * The same nominee proposed by another unit is allowed (units do propose the same people) but pointed out.
 */
final class NominationMatcher {

    private record Seen(int row, String proposer) {
    }

    private final Map<String, Integer> rowsByProposal = new HashMap<>();
    private final Map<String, Seen> rowsByNominee = new HashMap<>();
    private final Map<String, Nomination> storedByProposal = new HashMap<>();
    private final Map<String, Nomination> storedByNominee = new HashMap<>();

    /** {@code stored}: the proposals not withdrawn that the importing user may see. */
    NominationMatcher(List<Nomination> stored) {
        for (Nomination n : stored) {
            if (n.status() != NominationStatus.WITHDRAWN) {
                String nominee = nominee(n.type(), n.fullName(), n.workUnit(), n.form());
                storedByProposal.putIfAbsent(nominee + "|" + LooseKey.of(n.proposingUnitName()), n);
                storedByNominee.putIfAbsent(nominee, n);
            }
        }
    }

    NominationImportRow decide(NominationImportRow row) {
        if (row.action() == ImportAction.ERROR) {
            return row;
        }
        String nominee = nominee(row.type(), row.fullName(), row.workUnit(), row.form());
        String proposal = nominee + "|" + LooseKey.of(row.proposingUnit());
        Integer twin = rowsByProposal.putIfAbsent(proposal, row.row());
        if (twin != null) {
            return row.with(ImportAction.ERROR, List.of(), List.of(new RowProblem(row.row(), NominationColumn.NAME.label,
                    Texts.t("award.import.twin", String.valueOf(twin),
                            Texts.t(row.type().key()).toLowerCase(Texts.current())))));
        }
        Nomination stored = storedByProposal.get(proposal);
        if (stored != null) {
            return row.with(ImportAction.UNCHANGED, List.of(Texts.t("award.import.stored",
                    String.valueOf(stored.position()))), List.of());
        }
        Seen earlier = rowsByNominee.putIfAbsent(nominee, new Seen(row.row(), row.proposingUnit()));
        if (earlier != null) {
            return row.with(ImportAction.ADD, List.of(Texts.t("award.import.alsoProposed", earlier.proposer(),
                    String.valueOf(earlier.row()))), List.of());
        }
        Nomination other = storedByNominee.get(nominee);
        if (other != null) {
            return row.with(ImportAction.ADD, List.of(Texts.t("award.import.proposedBefore",
                    other.proposingUnitName(), String.valueOf(other.position()))), List.of());
        }
        return row;
    }

    private static String nominee(RecipientType type, String name, String workUnit, String form) {
        return type + "|" + LooseKey.of(name) + "|" + LooseKey.of(workUnit) + "|" + LooseKey.of(form);
    }
}
