package vn.hoinghi.invitation;

import java.util.List;
import org.springframework.stereotype.Component;

/** Lists no documents: stands in for the documents feature until it is merged (see {@link DelegateDocuments}). */
@Component
class NoDelegateDocuments implements DelegateDocuments {

    @Override
    public List<Document> forDelegate(String code) {
        return List.of();
    }
}
