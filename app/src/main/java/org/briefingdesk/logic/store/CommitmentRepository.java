package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Commitment;

public interface CommitmentRepository extends Repository<Commitment> {
    List<Commitment> findByStatement(UUID statementId);

    List<Commitment> findByTopic(UUID topicId);

    /** The {@code limit} pending commitments (open or in progress) due soonest; those with no due date last. */
    List<Commitment> findPendingByDueDate(int limit);
}
