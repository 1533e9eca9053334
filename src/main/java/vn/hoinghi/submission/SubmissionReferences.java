package vn.hoinghi.submission;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.Texts;
import vn.hoinghi.point.PointReferences;
import vn.hoinghi.submission.repository.SubmissionReferenceRepository;
import vn.hoinghi.unit.UnitReferences;

/** The contributions spoken from a point; a unit's contributions and the files it sent. */
@Component
@Order(5)
class SubmissionReferences implements PointReferences, UnitReferences {

    private final SubmissionReferenceRepository submissions;

    SubmissionReferences(SubmissionReferenceRepository submissions) {
        this.submissions = submissions;
    }

    @Override
    public List<ReferenceCount> toPoint(long pointId) {
        return List.of(new ReferenceCount(submissions.contributionsFromPoint(pointId), Texts.t("submission.refs.fromPoint")));
    }

    @Override
    public List<ReferenceCount> toUnit(long unitId) {
        return List.of(new ReferenceCount(submissions.contributionsOfUnit(unitId), Texts.t("submission.refs.contributions")),
                new ReferenceCount(submissions.filesOfUnit(unitId), Texts.t("submission.refs.files")));
    }
}
