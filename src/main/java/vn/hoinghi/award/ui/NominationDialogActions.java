package vn.hoinghi.award.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.award.NominationStatus;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.Notifications;

/** The nomination form's footer buttons besides saving: withdraw, restore, and for the committee accept and refuse. */
final class NominationDialogActions {

    private final NominationContext context;
    private final Nomination n;
    private final Runnable close;
    private final Runnable onChanged;

    NominationDialogActions(NominationContext context, Nomination n, Runnable close, Runnable onChanged) {
        this.context = context;
        this.n = n;
        this.close = close;
        this.onChanged = onChanged;
    }

    void addTo(HasComponents footer) {
        NominationStatus s = n.status();
        boolean withdrawable = context.committee() ? List.of(NominationStatus.PROPOSED, NominationStatus.ACCEPTED,
                NominationStatus.REFUSED).contains(s) : context.canEdit(n);
        if (withdrawable) {
            footer.add(button(VaadinIcon.ARCHIVE, "awards.withdraw", ButtonVariant.LUMO_TERTIARY,
                    () -> context.nominations().withdraw(n.id(), n.version())));
        }
        if (!context.committee()) {
            return;
        }
        if (s == NominationStatus.WITHDRAWN) {
            footer.add(button(VaadinIcon.ROTATE_LEFT, "awards.restore", ButtonVariant.LUMO_TERTIARY,
                    () -> context.nominations().restore(n.id(), n.version())));
        }
        if (s == NominationStatus.PROPOSED || s == NominationStatus.ACCEPTED) {
            footer.add(button(VaadinIcon.CLOSE_SMALL, "awards.refuse", ButtonVariant.LUMO_ERROR, () -> {
                close.run();
                context.appraisal().refuse(n);
            }));
        }
        if (s == NominationStatus.PROPOSED || s == NominationStatus.REFUSED) {
            footer.add(button(VaadinIcon.CHECK, "awards.accept", ButtonVariant.LUMO_SUCCESS, () -> {
                close.run();
                context.appraisal().accept(n);
            }));
        }
    }

    private Button button(VaadinIcon icon, String key, ButtonVariant variant, Runnable action) {
        Button b = new Button(I18n.text(key), icon.create(), e -> {
            try {
                action.run();
                close.run();
                onChanged.run();
            } catch (ValidationException | VersionConflictException ex) {
                Notifications.error(ex.getMessage());
            } catch (AccessDeniedException ex) {
                Notifications.error(I18n.refusal(ex));
            }
        });
        b.addThemeVariants(variant);
        return b;
    }
}
