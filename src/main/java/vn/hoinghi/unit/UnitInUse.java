package vn.hoinghi.unit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.Texts;
import vn.hoinghi.security.AccountService;

/** Everything that refers to a unit: the records of the features above this one, and the accounts that speak for it. */
@Component
class UnitInUse {

    private final List<UnitReferences> features;
    private final AccountService accounts;

    UnitInUse(List<UnitReferences> features, AccountService accounts) {
        this.features = features;
        this.accounts = accounts;
    }

    List<ReferenceCount> of(long unitId) {
        List<ReferenceCount> all = new ArrayList<>();
        features.forEach(f -> all.addAll(f.toUnit(unitId)));
        all.add(new ReferenceCount(accounts.accountsOfUnit(unitId), Texts.t("unit.references.accounts")));
        return all;
    }
}
