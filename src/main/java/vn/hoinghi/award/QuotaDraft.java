package vn.hoinghi.award;

/**
 * One award form of the quota settings with its two numbers. {@code previousForm} is the stored form this row
 * edits (so renaming keeps the nominations on it); null for a new form.
 */
public record QuotaDraft(String previousForm, String form, Integer collectives, Integer individuals) {
}
