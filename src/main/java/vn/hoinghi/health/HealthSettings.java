package vn.hoinghi.health;

import java.util.List;
import vn.hoinghi.base.StaysVietnamese;

/**
 * Whether the gates ask the health declaration questions before a check-in, and which (1–5 yes/no questions,
 * "yes" meaning: refer to the medical desk). Version 0 means never saved: off, with the default questions.
 */
@StaysVietnamese("the default questions: content the committee edits, asked of delegates")
public record HealthSettings(long conferenceId, boolean enabled, List<String> questions, int version) {

    public static final int MAX_QUESTIONS = 5;
    public static final int MAX_LENGTH = 300;

    /** The three questions of the 2021 COVID-19 notices. */
    public static final List<String> DEFAULT_QUESTIONS = List.of(
            "Trong 14 ngày qua, ông/bà có đến hoặc đi qua vùng có dịch không?",
            "Ông/bà có sốt, ho, khó thở, mất vị giác không?",
            "Ông/bà có tiếp xúc gần với người mắc hoặc nghi mắc COVID-19 không?");

    public HealthSettings {
        questions = List.copyOf(questions);
    }

    public static HealthSettings defaults(long conferenceId) {
        return new HealthSettings(conferenceId, false, DEFAULT_QUESTIONS, 0);
    }
}
