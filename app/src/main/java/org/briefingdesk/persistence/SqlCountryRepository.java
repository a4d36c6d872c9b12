package org.briefingdesk.persistence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefingdesk.logic.store.CountryRepository;
import org.briefingdesk.model.Country;

/**
 * The country list, read once per store: only a migration writes it (the application has no way to change a
 * country), and a statement's or a person's search entry names their countries, so a save on a team server
 * would otherwise wait for one more round trip to the server.
 */
final class SqlCountryRepository implements CountryRepository {
    private final SqlDatabase db;
    private volatile Map<String, Country> byCode;

    SqlCountryRepository(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public List<Country> findAll() {
        return List.copyOf(countries().values());
    }

    @Override
    public Optional<Country> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(countries().get(code.strip().toUpperCase(Locale.ROOT)));
    }

    private Map<String, Country> countries() {
        Map<String, Country> read = byCode;
        if (read == null) {
            Map<String, Country> all = new LinkedHashMap<>();
            db.read(c -> Jdbc.query(c, "SELECT code, name_cs, name_en FROM country ORDER BY code",
                    rs -> all.put(rs.getString(1), new Country(rs.getString(1), rs.getString(2), rs.getString(3)))));
            read = Collections.unmodifiableMap(all);
            if (!read.isEmpty()) { // a schema being made has none yet
                byCode = read;
            }
        }
        return read;
    }
}
