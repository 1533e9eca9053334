package vn.hoinghi.delegate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.document.ImportAction;

/**
 * Finds each row's delegate among those stored and refuses a person who appears twice in the file.
 * A shared phone or e-mail (an office line, initials that collide) is not enough when the names and the
 * other contact both differ: those are two people.
 */
final class ImportMatcher {

    private record Person(String phone, String email, String name, String unit, int row, Delegate stored) {

        List<String> keys() {
            List<String> keys = new ArrayList<>(3);
            if (phone != null) {
                keys.add("phone:" + phone);
            }
            if (email != null) {
                keys.add("email:" + email);
            }
            keys.add("name:" + name + "|" + unit);
            return keys;
        }

        boolean samePersonAs(Person other, String key) {
            boolean sameName = name.equals(other.name);
            if (key.startsWith("phone:")) {
                return sameName || !conflict(email, other.email);
            }
            if (key.startsWith("email:")) {
                return sameName || !conflict(phone, other.phone);
            }
            return true;
        }

        private static boolean conflict(String a, String b) {
            return a != null && b != null && !a.equals(b);
        }
    }

    private final Map<String, List<Person>> stored = new HashMap<>();
    private final Map<String, List<Person>> seenInFile = new HashMap<>();
    private final Map<Long, Integer> matchedInFile = new HashMap<>();

    private final Set<Long> withdrawnPoints;

    /** {@code withdrawnPoints}: the conference's withdrawn points, where no delegate newly goes. */
    ImportMatcher(List<Delegate> everyone, Set<Long> withdrawnPoints) {
        this.withdrawnPoints = withdrawnPoints;
        for (Delegate d : everyone) {
            Person p = person(d.phone(), d.email(), d.fullName(), d.unitName(), 0, d);
            p.keys().forEach(k -> stored.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
        }
    }

    private static Person person(String phone, String email, String name, String unit, int row, Delegate d) {
        return new Person(phone, email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                SearchKey.fold(name), SearchKey.fold(unit), row, d);
    }

    private static Person find(Map<String, List<Person>> index, Person p) {
        for (String key : p.keys()) {
            for (Person candidate : index.getOrDefault(key, List.of())) {
                if (p.samePersonAs(candidate, key)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    ImportRow decide(ImportRow row) {
        if (row.action() == ImportAction.ERROR) {
            return row;
        }
        Person p = person(row.phone(), row.email(), row.fullName(), row.unitName(), row.row(), null);
        Person twin = find(seenInFile, p);
        if (twin != null) {
            return refuse(row, DelegateColumn.NAME.label,
                    Texts.t("delegate.import.twiceInFile", String.valueOf(twin.row())));
        }
        p.keys().forEach(k -> seenInFile.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
        Person found = find(stored, p);
        Delegate match = found == null ? null : found.stored();
        if (withdrawnPoints.contains(row.pointId()) && (match == null || match.pointId() != row.pointId())) {
            return refuse(row, DelegateColumn.POINT.label, DelegateRules.withdrawnPoint(row.pointName()));
        }
        if (match == null) {
            return row;
        }
        Integer earlier = matchedInFile.putIfAbsent(match.id(), row.row());
        if (earlier != null) {
            return refuse(row, DelegateColumn.NAME.label, Texts.t("delegate.import.sameDelegateAs", String.valueOf(earlier)));
        }
        List<String> changes = changes(row, match);
        ImportAction action = changes.isEmpty() || match.withdrawn() ? ImportAction.UNCHANGED : ImportAction.UPDATE;
        return new ImportRow(row.row(), action, row.fullName(), row.gender(), row.title(), row.unitName(),
                row.groupName(), row.pointId(), row.pointName(), row.protocolRank(), row.phone(), row.email(),
                row.notes(), match.id(), match.version(), match.withdrawn() ? List.of() : changes, List.of());
    }

    private static ImportRow refuse(ImportRow row, String field, String message) {
        return new ImportRow(row.row(), ImportAction.ERROR, row.fullName(), row.gender(), row.title(),
                row.unitName(), row.groupName(), row.pointId(), row.pointName(), row.protocolRank(), row.phone(),
                row.email(), row.notes(), null, null, List.of(), List.of(new RowProblem(row.row(), field, message)));
    }

    private static List<String> changes(ImportRow r, Delegate d) {
        List<String> changes = new ArrayList<>();
        if (!r.fullName().equals(d.fullName())) {
            changes.add(DelegateColumn.NAME.label);
        }
        changed(changes, DelegateColumn.GENDER, r.gender(), d.gender());
        changed(changes, DelegateColumn.TITLE, r.title(), d.title());
        changed(changes, DelegateColumn.UNIT, fold(r.unitName()), fold(d.unitName()));
        changed(changes, DelegateColumn.GROUP, fold(r.groupName()), fold(d.groupName()));
        if (!Objects.equals(r.pointId(), d.pointId())) {
            changes.add(DelegateColumn.POINT.label);
        }
        changed(changes, DelegateColumn.RANK, r.protocolRank(), d.protocolRank());
        changed(changes, DelegateColumn.PHONE, r.phone(), d.phone());
        changed(changes, DelegateColumn.EMAIL, r.email(), d.email());
        changed(changes, DelegateColumn.NOTES, r.notes(), d.notes());
        return changes;
    }

    /** An empty cell keeps the stored value, so only a value that differs is a change. */
    private static void changed(List<String> changes, DelegateColumn column, Object imported, Object stored) {
        if (imported != null && !imported.equals(stored)) {
            changes.add(column.label);
        }
    }

    private static String fold(String s) {
        return s == null ? null : SearchKey.fold(s);
    }
}
