package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Commitment;

public interface CommitmentRepository extends Repository<Commitment> {
    List<Commitment> findByStatement(UUID statementId);
}
