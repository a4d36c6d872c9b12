package org.briefingdesk.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefingdesk.logic.store.CountryRepository;
import org.briefingdesk.model.Country;

final class SqlCountryRepository implements CountryRepository {
    private final SqlDatabase db;

    SqlCountryRepository(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public List<Country> findAll() {
        return db.read(c -> Jdbc.query(c, "SELECT code, name_cs, name_en FROM country",
                rs -> new Country(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    @Override
    public Optional<Country> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return db.read(c -> Jdbc.queryOne(c, "SELECT code, name_cs, name_en FROM country WHERE code = ?",
                rs -> new Country(rs.getString(1), rs.getString(2), rs.getString(3)),
                code.strip().toUpperCase(Locale.ROOT)));
    }
}
