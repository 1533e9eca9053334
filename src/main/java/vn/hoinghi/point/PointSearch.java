package vn.hoinghi.point;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.point.repository.PointListRepository;
import vn.hoinghi.point.repository.PointListRepository.KindFacts;
import vn.hoinghi.point.repository.PointListRepository.Search;
import vn.hoinghi.point.repository.PointListRepository.SearchFacts;
import vn.hoinghi.point.repository.PointListRepository.Where;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.unit.UnitService;

/**
 * The points page's list: a page of a conference's points as a filter lets them through (the hall first, then in
 * their order), its count and totals by kind. Paged and filtered in the database; the delegates counted only for the
 * page's points.
 */
@Service
@Transactional(readOnly = true)
public class PointSearch {

    private final PointListRepository list;
    private final PointReader reader;
    private final UnitService units;
    private final PointHeadcounts headcounts;

    PointSearch(PointListRepository list, PointReader reader, UnitService units, PointHeadcounts headcounts) {
        this.list = list;
        this.reader = reader;
        this.units = units;
        this.headcounts = headcounts;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public List<PointSummary> page(long conferenceId, PointFilter filter, int offset, int limit) {
        return reader.summaries(conferenceId, list.page(conferenceId, where(conferenceId, filter), offset, limit));
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public int count(long conferenceId, PointFilter filter) {
        return list.count(conferenceId, where(conferenceId, filter));
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public PointTotals totals(long conferenceId, PointFilter filter) {
        Map<Long, PointKind> kinds = kinds(conferenceId);
        List<Long> ids = list.ids(conferenceId, where(conferenceId, filter, kinds));
        Map<PointKind, Integer> byKind = new EnumMap<>(PointKind.class);
        ids.forEach(id -> byKind.merge(kinds.getOrDefault(id, PointKind.OTHER), 1, Integer::sum));
        int delegates = headcounts.of(conferenceId, ids).values().stream().mapToInt(PointHeadcounts.Headcount::delegates)
                .sum();
        return new PointTotals(ids.size(), delegates, byKind);
    }

    /** The clusters the conference's points are in, by name. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<String> clusters(long conferenceId) {
        return list.clusters(conferenceId);
    }

    private Where where(long conferenceId, PointFilter f) {
        return where(conferenceId, f, f.kind() == null ? Map.of() : kinds(conferenceId));
    }

    private Where where(long conferenceId, PointFilter f, Map<Long, PointKind> kinds) {
        Collection<Long> ofKind = f.kind() == null ? null
                : kinds.entrySet().stream().filter(e -> e.getValue() == f.kind()).map(Map.Entry::getKey).toList();
        return new Where(SearchKey.clean(f.cluster()), f.withoutCluster(), f.status(), f.withdrawn(), ofKind,
                search(conferenceId, f.search()));
    }

    /**
     * The typed text folded, matched within the name's folded key in the database; the host unit's name (the unit
     * feature's, remembered) and the technician's (no folded column) are folded here, over the conference's points.
     */
    private Search search(long conferenceId, String text) {
        String folded = SearchKey.fold(text);
        if (folded.isEmpty()) {
            return null;
        }
        List<SearchFacts> facts = list.searchFacts(conferenceId);
        Map<Long, String> hosts = units.names(facts.stream().map(SearchFacts::hostUnitId).toList());
        List<Long> also = facts.stream().filter(f -> SearchKey.fold(hostName(hosts, f.hostUnitId())).contains(folded)
                || SearchKey.fold(f.technician()).contains(folded)).map(SearchFacts::id).toList();
        String digits = folded.replaceAll("\\D", "");
        return new Search(folded, PointNames.key(text), digits.length() >= 3 ? digits : "", also);
    }

    /** Every point's kind: as stored, or read from its name and its host unit's when not. */
    private Map<Long, PointKind> kinds(long conferenceId) {
        List<KindFacts> facts = list.kindFacts(conferenceId);
        Map<Long, String> hosts = units.names(facts.stream().filter(f -> f.kind() == null)
                .map(KindFacts::hostUnitId).toList());
        return facts.stream().collect(Collectors.toMap(KindFacts::id, f -> f.kind() != null ? f.kind()
                : PointKind.guess(f.hall(), f.name(), hostName(hosts, f.hostUnitId()))));
    }

    private static String hostName(Map<Long, String> hosts, Long unitId) {
        return unitId == null ? null : hosts.get(unitId);
    }
}
