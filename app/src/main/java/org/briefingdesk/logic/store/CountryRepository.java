package org.briefingdesk.logic.store;

import java.util.List;
import java.util.Optional;
import org.briefingdesk.model.Country;

/** The ISO 3166 countries, with Czech and English names; read-only. */
public interface CountryRepository {
    List<Country> findAll();

    Optional<Country> findByCode(String code);
}
