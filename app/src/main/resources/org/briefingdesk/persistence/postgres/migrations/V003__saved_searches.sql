-- Version 3: saved searches (a name and a query in the search language), each role its own.
CREATE TABLE saved_search (
    id         uuid PRIMARY KEY,
    name       text NOT NULL CHECK (length(trim(name)) > 0),
    query      text NOT NULL,
    created_at timestamptz NOT NULL,
    owner      text NOT NULL DEFAULT current_user
);
ALTER TABLE saved_search ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON saved_search USING (owner = current_user);
