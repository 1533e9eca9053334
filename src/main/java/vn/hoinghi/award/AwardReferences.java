package vn.hoinghi.award;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hoinghi.award.repository.AwardReferenceRepository;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.Texts;
import vn.hoinghi.unit.UnitReferences;

/** The nominations (withdrawn ones too) a unit proposed. */
@Component
@Order(4)
class AwardReferences implements UnitReferences {

    private final AwardReferenceRepository awards;

    AwardReferences(AwardReferenceRepository awards) {
        this.awards = awards;
    }

    @Override
    public List<ReferenceCount> toUnit(long unitId) {
        return List.of(new ReferenceCount(awards.nominationsOf(unitId), Texts.t("award.references.nominations")));
    }
}
