package org.briefingdesk.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** What the connect dialog asks, remembers and refuses; no window needed. */
@ResourceLock(Locks.FX_TOOLKIT)
class ServerConnectViewModelTest {
    private final Localization czech = Localization.forLanguage("cs");

    @Test
    void aLoginCarriesThePasswordOnceAndRemembersTheServerWithoutIt() {
        RecentServers recent = RecentServers.inMemory();
        ServerConnectViewModel vm = new ServerConnectViewModel(czech, recent);
        vm.addressProperty().set("jdbc:postgresql://db.mv.cz/podklady?sslmode=verify-full");
        vm.userProperty().set("jnovak");
        vm.passwordProperty().set("tajne");
        ServerConnectViewModel.Login login = vm.login().orElseThrow();
        assertEquals("jnovak@db.mv.cz:5432/podklady", login.address().displayName());
        assertEquals("verify-full", login.address().parameters().get("sslmode"));
        assertEquals("tajne", login.password());
        assertEquals("", vm.passwordProperty().get(), "the field forgets it");
        assertEquals(List.of("postgresql://jnovak@db.mv.cz:5432/podklady?sslmode=verify-full"), recent.load());
        assertTrue(recent.load().stream().noneMatch(a -> a.contains("tajne")));

        ServerConnectViewModel next = new ServerConnectViewModel(czech, recent);
        assertEquals("postgresql://db.mv.cz:5432/podklady?sslmode=verify-full", next.addressProperty().get());
        assertEquals("jnovak", next.userProperty().get());
        assertNull(next.login().orElseThrow().password(), "empty: PGPASSWORD or ~/.pgpass");
    }

    @Test
    void aBadAddressOrAPasswordInItIsOneSentenceAndNoLogin() {
        ServerConnectViewModel vm = new ServerConnectViewModel(czech, RecentServers.inMemory());
        vm.addressProperty().set("http://db.mv.cz/podklady");
        assertTrue(vm.login().isEmpty());
        assertEquals(czech.get("error.server.address", "http://db.mv.cz/podklady"), vm.errorProperty().get());
        vm.addressProperty().set("postgresql://jnovak:tajne@db.mv.cz/podklady");
        assertTrue(vm.login().isEmpty());
        assertEquals(czech.get("error.server.passwordInAddress"), vm.errorProperty().get());
        vm.addressProperty().set("postgresql://db.mv.cz/");
        assertTrue(vm.login().isEmpty(), "no database named");
    }
}
