package vn.hoinghi.health;

import java.util.List;
import vn.hoinghi.delegate.Delegate;

/** What the gate does before checking someone in when the conference may ask the health declaration. */
public sealed interface HealthStep {

    /** Nothing to ask: the setting is off, or this scan will not check anyone in (already in, refused). */
    record NotNeeded() implements HealthStep {
    }

    /** Ask these questions, then check this delegate in. {@code scanned} is the code, or null when found by search. */
    record Ask(Delegate delegate, List<String> questions, String scanned) implements HealthStep {
        public Ask {
            questions = List.copyOf(questions);
        }
    }

    /** Sent to the medical desk earlier and not cleared yet: only the committee lets the delegate in. */
    record Referred(Delegate delegate, HealthDeclaration declaration) implements HealthStep {
    }
}
