package org.briefingdesk.logic.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What this desk remembers of its exchanges with others, for the next merge: per record the version last sent or
 * received (its {@code updatedAt}, which an import keeps: the common ancestor that tells "changed here" from
 * "changed there"), and the ids under which another desk or file knows records kept here under their own id
 * (duplicates merged on import). Writes join the caller's transaction.
 */
public interface ExchangeMemory {
    /** The versions last exchanged of these records (those that have one). */
    Map<UUID, Instant> versions(Collection<UUID> ids);

    /** After an import: the versions received. */
    void rememberVersions(Map<UUID, Instant> versions);

    /** After an export: the versions of these records as stored now. */
    void rememberStoredVersions(Collection<UUID> ids);

    /** After an export of everything: every record's version as stored now. */
    void rememberAllStoredVersions();

    /** Forgets the versions of these records (an import undone). */
    void forgetVersions(Collection<UUID> ids);

    /** Every foreign id with the local id it stands for. */
    Map<UUID, UUID> aliases();

    void rememberAliases(Map<UUID, UUID> foreignToLocal);

    /** Forgets these foreign ids (an import undone). */
    void forgetAliases(Collection<UUID> foreignIds);
}
