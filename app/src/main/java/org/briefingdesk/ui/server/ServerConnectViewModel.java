package org.briefingdesk.ui.server;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.ServerAddress;

/**
 * What Soubor › Připojit k týmovému serveru… asks: the address (recent servers offered), the user
 * (the OS login unless the address or the field says otherwise) and the password, which goes to the
 * connection and nowhere else. No nodes here.
 */
public final class ServerConnectViewModel {
    /** What the user asked for: where, as whom, and the password (null: PGPASSWORD or ~/.pgpass). */
    public record Login(ServerAddress address, String password) {
    }

    private final Localization l10n;
    private final RecentServers recent;
    private final ObservableList<String> recentAddresses = FXCollections.observableArrayList();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty password = new SimpleStringProperty("");
    private final SimpleStringProperty error = new SimpleStringProperty("");

    public ServerConnectViewModel(Localization l10n, RecentServers recent) {
        this.l10n = l10n;
        this.recent = recent;
        recentAddresses.setAll(recent.load());
        if (!recentAddresses.isEmpty()) {
            choose(recentAddresses.get(0));
        }
    }

    public ObservableList<String> recentAddresses() {
        return recentAddresses;
    }

    /** Takes a recent address: its user fills the user field. */
    public void choose(String recentAddress) {
        try {
            ServerAddress parsed = ServerAddress.parse(recentAddress, null);
            address.set(recentAddress.replaceFirst("//[^@/]*@", "//"));
            user.set(parsed.user());
        } catch (UserFacingException e) {
            address.set(recentAddress);
        }
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the address cannot be used, in one sentence; empty when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /**
     * The login to connect with, remembered among the recent servers; empty (with a sentence) when the
     * address is bad.
     */
    public Optional<Login> login() {
        try {
            ServerAddress parsed = ServerAddress.parse(address.get(), user.get());
            error.set("");
            recent.remember(parsed.text());
            String typed = password.get();
            password.set("");
            return Optional.of(new Login(parsed, typed == null || typed.isEmpty() ? null : typed));
        } catch (UserFacingException e) {
            error.set(e.localizedMessage(l10n));
            return Optional.empty();
        }
    }
}
