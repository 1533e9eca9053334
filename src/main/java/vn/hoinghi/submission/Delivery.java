package vn.hoinghi.submission;

/** How an accepted contribution reaches the conference: spoken (an agenda item) or only printed in the proceedings. */
public enum Delivery {
    SPOKEN("Trình bày tại hội nghị"),
    PRINTED("Chỉ in trong kỷ yếu");

    public final String label;

    Delivery(String label) {
        this.label = label;
    }
}
