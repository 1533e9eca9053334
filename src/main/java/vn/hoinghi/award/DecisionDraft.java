package vn.hoinghi.award;

import java.time.LocalDate;

/** A decision's number, date, who decides and who signs. */
public record DecisionDraft(String number, LocalDate signedOn, String issuer, String signerTitle, String signerName) {
}
