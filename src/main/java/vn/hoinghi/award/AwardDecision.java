package vn.hoinghi.award;

import java.time.LocalDate;

/** The province's decision on awards and how many nominations it contains. */
public record AwardDecision(long id, long conferenceId, String number, LocalDate signedOn, String issuer,
                            String signerTitle, String signerName, int nominations, int version) {
}
