package org.briefingdesk.logic.store;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What this desk remembers of its exchanges with others, for the next merge: per record the fingerprint of the
 * version last sent or received (the common ancestor that tells "changed here" from "changed there"), and the
 * ids under which another desk or file knows records kept here under their own id (duplicates merged on import).
 * Written inside the caller's transaction.
 */
public interface ExchangeMemory {
    /** The fingerprints last exchanged for these records (those that have one). */
    Map<UUID, String> bases(Collection<UUID> ids);

    void rememberBases(Map<UUID, String> fingerprints);

    /** Every foreign id with the local id it stands for. */
    Map<UUID, UUID> aliases();

    void rememberAliases(Map<UUID, UUID> foreignToLocal);

    /** Forgets these foreign ids (an import undone). */
    void forgetAliases(Collection<UUID> foreignIds);
}
