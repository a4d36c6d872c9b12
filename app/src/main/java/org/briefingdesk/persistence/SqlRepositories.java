package org.briefingdesk.persistence;

import java.util.List;
import org.briefingdesk.logic.store.ChangeHistoryRepository;
import org.briefingdesk.logic.store.CommitmentRepository;
import org.briefingdesk.logic.store.CountryRepository;
import org.briefingdesk.logic.store.EventRepository;
import org.briefingdesk.logic.store.OrganisationRepository;
import org.briefingdesk.logic.store.PersonRepository;
import org.briefingdesk.logic.store.ReportRepository;
import org.briefingdesk.logic.store.SavedSearchRepository;
import org.briefingdesk.logic.store.StatementRepository;
import org.briefingdesk.logic.store.TopicRepository;

/**
 * The repositories of every record kind, the change history, the countries and the saved searches
 * over one database: the same classes and SQL for the SQLite file and the PostgreSQL server.
 */
public final class SqlRepositories {
    private final SqlEventRepository events;
    private final SqlPersonRepository people;
    private final SqlOrganisationRepository organisations;
    private final SqlReportRepository reports;
    private final SqlStatementRepository statements;
    private final SqlCommitmentRepository commitments;
    private final SqlTopicRepository topics;
    private final CountryRepository countries;
    private final ChangeHistoryRepository history;
    private final SavedSearchRepository savedSearches;

    public SqlRepositories(SqlDatabase db, AuditContext audit, SharedWrites shared) {
        SqlContext context = new SqlContext(db, audit, shared);
        this.events = new SqlEventRepository(context);
        this.people = new SqlPersonRepository(context);
        this.organisations = new SqlOrganisationRepository(context);
        this.reports = new SqlReportRepository(context);
        this.statements = new SqlStatementRepository(context);
        this.commitments = new SqlCommitmentRepository(context);
        this.topics = new SqlTopicRepository(context);
        this.countries = new SqlCountryRepository(db);
        this.history = new SqlChangeHistoryRepository(db);
        this.savedSearches = new SqlSavedSearchRepository(db, audit);
    }

    /** Keeps the search index in step with every record table, in the same transactions. */
    public void attach(IndexWriter index) {
        for (SqlRepository<?> repository : List.<SqlRepository<?>>of(events, people, organisations, reports,
                statements, commitments, topics)) {
            repository.attach(index);
        }
    }

    public EventRepository events() {
        return events;
    }

    public PersonRepository people() {
        return people;
    }

    public OrganisationRepository organisations() {
        return organisations;
    }

    public ReportRepository reports() {
        return reports;
    }

    public StatementRepository statements() {
        return statements;
    }

    public CommitmentRepository commitments() {
        return commitments;
    }

    public TopicRepository topics() {
        return topics;
    }

    public CountryRepository countries() {
        return countries;
    }

    public ChangeHistoryRepository history() {
        return history;
    }

    public SavedSearchRepository savedSearches() {
        return savedSearches;
    }
}
