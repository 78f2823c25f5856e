package io.bilheteria.backend.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.backend.BackendConfig;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ticket signing key at rest: what a copy of the database holds cannot sign, the same
 * key-encryption key opens it after a restart (tickets already sold still go in), a wrong one
 * stops the start instead of making a new key, and a key an older version left in plain text
 * is sealed in place, the same pair.
 */
class SealedTicketKeyTest {
    private static final String OTHER_KEK = Base64.getEncoder().encodeToString(
            "not the key that sealed it, 32 b".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCopyOfTheDatabaseHoldsNoPrivateKeyThatCanBeRead(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String stored = Sql.strings(backend, "SELECT private_key FROM signing_keys").get(0);

            assertThat(Sql.strings(backend, "SELECT private_key_sealing FROM signing_keys")).containsExactly("AES-256-GCM");
            assertThatThrownBy(() -> KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored))))
                    .as("the stored text is no PKCS#8 private key").isInstanceOf(Exception.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void restartedWithTheSameKeyTheBackendAdmitsTicketsSoldBeforeAndAWrongKeyStopsTheStart(TestDatabase db) {
        TestBackend first = TestBackend.start(db);
        try {
            String session = first.theatreSession();
            Ticket sold = Sales.atTheKiosk(first, session, 1).tickets().get(0);
            String publicKey = first.anonymous().publicKey().publicKey();
            String sealed = Sql.strings(first, "SELECT private_key FROM signing_keys").get(0);
            first.server().close();

            assertThatThrownBy(() -> BackendServer.start(config(db, OTHER_KEK)))
                    .isInstanceOf(TicketKeyException.class)
                    .hasMessage("the key-encryption key from BILHETERIA_KEY_ENCRYPTION_KEY does not open the ticket "
                            + "signing key in the database: start with the key it was sealed with");
            try (BackendServer again = BackendServer.start(config(db, TestBackend.KEY_ENCRYPTION_KEY))) {
                BilheteriaClient gate = client(again, "gate");
                assertThat(gate.publicKey().publicKey()).as("the same key pair").isEqualTo(publicKey);
                assertThat(gate.checkin(sold.qr(), "north-1", List.of(session)).result())
                        .isEqualTo(CheckinResultType.ACCEPTED);
                assertThat(storedKey(again)).as("the refused start changed nothing").isEqualTo(sealed);
            }
        } finally {
            db.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aKeyLeftInPlainTextBeforeIsSealedInPlaceAndItsTicketsStillGoIn(TestDatabase db) throws Exception {
        TestBackend first = TestBackend.start(db);
        try {
            String session = first.theatreSession();
            Ticket sold = Sales.atTheKiosk(first, session, 1).tickets().get(0);
            // what an older version stored: its own pair, the private half in plain base64 PKCS#8
            KeyPair legacy = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String plain = Base64.getEncoder().encodeToString(legacy.getPrivate().getEncoded());
            String legacyPublic = Base64.getEncoder().encodeToString(legacy.getPublic().getEncoded());
            first.server().services().tx().useTransaction(h -> h.createUpdate("UPDATE signing_keys SET private_key = :p, "
                    + "public_key = :pub, private_key_sealing = NULL").bind("p", plain).bind("pub", legacyPublic)
                    .execute());
            String signedBefore = signed(legacy, TicketCode.parse(sold.qr()).orElseThrow().code());
            first.server().close();

            try (BackendServer again = BackendServer.start(config(db, TestBackend.KEY_ENCRYPTION_KEY))) {
                BilheteriaClient gate = client(again, "gate");
                assertThat(storedKey(again)).as("sealed in place").isNotEqualTo(plain).doesNotContain(plain);
                assertThat(gate.publicKey().publicKey()).as("the same pair").isEqualTo(legacyPublic);
                assertThat(gate.checkin(signedBefore, "north-1", List.of(session)).result())
                        .as("a ticket signed before the sealing").isEqualTo(CheckinResultType.ACCEPTED);
            }
            assertThatThrownBy(() -> BackendServer.start(config(db, OTHER_KEK))).isInstanceOf(TicketKeyException.class);
        } finally {
            db.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aSharedDatabaseWithoutAKeyEncryptionKeyIsSealedWithTheDataDirectorysKeyFileWhichEveryBackendNeeds(
            TestDatabase db, @TempDir Path tmp) throws Exception {
        assumeThat(db.pgSchema()).as("PostgreSQL only: an H2 file database has its key file by default").isNotNull();
        try {
            BackendConfig first = TestBackend.baseConfig(db.jdbcUrl()).withDataDir(tmp.resolve("first"))
                    .withKeyEncryption(KeyEncryption.besideTheDatabase());
            try (BackendServer server = BackendServer.start(first)) {
                assertThat(tmp.resolve("first").resolve(KeyEncryption.FILE_NAME)).as("zero set-up").exists();
                assertThat(client(server, "gate").publicKey().publicKey()).isNotBlank();
            }
            assertThatThrownBy(() -> BackendServer.start(first.withDataDir(tmp.resolve("second"))))
                    .as("another backend on the same database without the key")
                    .isInstanceOf(TicketKeyException.class)
                    .hasMessageContaining("is missing").hasMessageContaining("BILHETERIA_KEY_ENCRYPTION_KEY")
                    .hasMessageContaining("--key-file");
            assertThat(tmp.resolve("second").resolve(KeyEncryption.FILE_NAME)).as("no key of its own").doesNotExist();
            try (BackendServer again = BackendServer.start(first)) {
                assertThat(again.baseUrl()).isNotBlank();
            }
        } finally {
            db.drop();
        }
    }

    private static BackendConfig config(TestDatabase db, String kek) {
        return TestBackend.baseConfig(db.jdbcUrl()).withKeyEncryption(KeyEncryption.fromValue(kek));
    }

    private static BilheteriaClient client(BackendServer server, String demoUser) {
        BilheteriaClient client = BilheteriaClient.builder().baseUrl(server.baseUrl()).build();
        client.login(demoUser, "demo-" + demoUser);
        return client;
    }

    private static String storedKey(BackendServer server) {
        return server.services().tx().withHandle(h -> h.createQuery("SELECT private_key FROM signing_keys")
                .mapTo(String.class).one());
    }

    private static String signed(KeyPair pair, TicketCode code) throws Exception {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(pair.getPrivate());
        signature.update(code.signedPart().getBytes(StandardCharsets.US_ASCII));
        return code.signedPart() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }
}
