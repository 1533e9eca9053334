package vn.hoinghi.award;

/**
 * How the recipients are called on stage. Every rule keeps the award forms apart, in the conference's order;
 * within a form: collectives before individuals (a batch then holds only one of them), or unit by unit. "By unit"
 * means provincial units before district and commune ones, then by name; ties keep the nominations' stable order.
 */
public enum CeremonyOrder {
    COLLECTIVES_FIRST_BY_UNIT("Tập thể trước, cá nhân sau; trong mỗi nhóm theo đơn vị đề nghị", true, true),
    COLLECTIVES_FIRST_AS_LISTED("Tập thể trước, cá nhân sau; theo thứ tự trong danh sách", true, false),
    BY_UNIT("Theo từng đơn vị đề nghị: tập thể rồi cá nhân của đơn vị", false, true);

    public final String label;
    /** A batch holds collectives or individuals, never both. */
    final boolean typesApart;
    final boolean byUnit;

    CeremonyOrder(String label, boolean typesApart, boolean byUnit) {
        this.label = label;
        this.typesApart = typesApart;
        this.byUnit = byUnit;
    }
}
