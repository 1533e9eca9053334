package vn.hoinghi.award;

import java.time.LocalDate;

/**
 * What one printed certificate ("Bằng khen") says: who is honoured (a person with their title and unit, or a
 * collective), for what, under which decision, and who signs for the issuer.
 */
public record Certificate(String issuer, String awardForm, String recipient, boolean collective, String title,
                          String workUnit, String achievement, String decisionNumber, LocalDate decisionDate,
                          String place, String signerTitle, String signerName) {
}
