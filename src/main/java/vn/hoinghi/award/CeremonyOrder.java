package vn.hoinghi.award;

/**
 * How the recipients are called on stage. Every rule keeps the award forms apart, in the conference's order;
 * within a form: collectives before individuals (a batch then holds only one of them), or unit by unit. "By unit"
 * means provincial units before district and commune ones, then by name; ties keep the nominations' stable order.
 */
public enum CeremonyOrder {
    COLLECTIVES_FIRST_BY_UNIT(true, true),
    COLLECTIVES_FIRST_AS_LISTED(true, false),
    BY_UNIT(false, true);

    /** A batch holds collectives or individuals, never both. */
    final boolean typesApart;
    final boolean byUnit;

    CeremonyOrder(boolean typesApart, boolean byUnit) {
        this.typesApart = typesApart;
        this.byUnit = byUnit;
    }

    /** Its name in the translation files. */
    public String key() {
        return "ceremony.order." + name();
    }
}
