package vn.hoinghi.followup;

import java.time.LocalDate;

/**
 * The editable parts of a conclusion notice ("thông báo kết luận"). {@code assessment} is one paragraph a line;
 * {@code signerAuthority} is the signer's lines separated by "/" ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), as a
 * conference's signer block is written; {@code recipients} ("Nơi nhận") is one recipient a line.
 */
public record NoticeDraft(String number, LocalDate issuedOn, String place, String issuer, String title, String opening,
                          String assessment, String closing, String signerAuthority, String signerName,
                          String recipients) {
}
