package org.briefingdesk.persistence.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.briefingdesk.logic.store.ServerAddress;

/** How a connection to the team server is opened: the address's parameters, the user and password. */
record PostgresConnector(ServerAddress address, String password) {
    private static final String APPLICATION_NAME = "Briefing Desk";

    Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", APPLICATION_NAME);
        // Ids, dates and times travel as text, as on SQLite: the server gives them their column's type.
        props.setProperty("stringtype", "unspecified");
        props.setProperty("connectTimeout", "5");
        props.setProperty("tcpKeepAlive", "true");
        // Our own statement cache keeps statements; the server prepares them after two uses.
        props.setProperty("prepareThreshold", "2");
        // A prepared search is planned for its own words: a plan kept for every word walked the newest entries for
        // a rare one (1.4 s) or ranked every match of a common one. Planning costs well under a millisecond.
        props.setProperty("options", "-c plan_cache_mode=force_custom_plan");
        return DriverManager.getConnection(address.jdbcUrl(), props);
    }
}
