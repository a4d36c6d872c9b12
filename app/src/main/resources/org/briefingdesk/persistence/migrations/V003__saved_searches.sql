-- Version 3: saved searches (a name and a query in the search language), shown in the navigation.
CREATE TABLE saved_search (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    query      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
