package vn.hoinghi.submission;

/**
 * How an accepted contribution reaches the conference: spoken (an agenda item) or only printed in the proceedings.
 * Named by {@code contrib.delivery.<NAME>} in the translation files.
 */
public enum Delivery {
    SPOKEN,
    PRINTED
}
