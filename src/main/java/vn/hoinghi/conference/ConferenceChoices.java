package vn.hoinghi.conference;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.conference.repository.ConferenceRepository;
import vn.hoinghi.security.ConferenceDirectory;

/** The conferences as the accounts page offers them, to bind a gate, MC, point, screen or unit account to. */
@Component
class ConferenceChoices implements ConferenceDirectory {

    private final ConferenceRepository conferences;

    ConferenceChoices(ConferenceRepository conferences) {
        this.conferences = conferences;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConferenceChoice> conferences() {
        return conferences.findAll().stream().map(c -> new ConferenceChoice(c.id(), c.title())).toList();
    }
}
