package io.bilheteria.backend.customers;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.customers.Customer;
import io.bilheteria.api.customers.CustomerList;
import io.bilheteria.api.customers.CustomerRegistration;
import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.Validation;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** Customer accounts: a login by email, a name, and optionally a CPF. */
public final class CustomerService {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MIN_PASSWORD = 8;

    private final Transactions tx;
    private final CustomerRepository customers;
    private final AuthService auth;
    private final Clock clock;

    public CustomerService(Transactions tx, AuthService auth, Clock clock) {
        this.tx = tx;
        this.customers = new CustomerRepository(tx);
        this.auth = auth;
        this.clock = clock;
    }

    /**
     * Registers a customer: by themselves with a password, or at a box office by a cashier (or an
     * admin), where the password may be left out: the customer is then known by email and CPF,
     * sales can be put in their name, and their account has no password to log in with.
     */
    public Customer register(Principal caller, CustomerRegistration request) {
        if (request == null) {
            throw DomainException.invalid("a customer is required");
        }
        String name = Validation.maxLength(Validation.required(request.name(), "name"), 200, "name");
        String email = normalizeEmail(request.email());
        String password = request.password();
        boolean atTheDesk = caller.is(Role.CASHIER) || caller.is(Role.ADMIN);
        if (password == null && !atTheDesk || password != null && password.length() < MIN_PASSWORD) {
            throw DomainException.invalid("'password' must have at least " + MIN_PASSWORD + " characters");
        }
        if (password != null) {
            Validation.maxLength(password, 200, "password");
        }
        String cpf = null;
        if (request.cpf() != null && !request.cpf().isBlank()) {
            cpf = Cpf.normalize(request.cpf())
                    .orElseThrow(() -> DomainException.invalid("'cpf' is not a valid CPF (check digits do not match)"));
        }
        String customerCpf = cpf;
        return tx.inTransaction(() -> {
            String accountId = auth.createAccount(email, password, Role.CUSTOMER, null, () -> new DomainException(
                    DomainException.Kind.EMAIL_TAKEN, "An account with this email already exists"));
            Customer customer = new Customer(Ids.newId(), name, email, customerCpf);
            customers.insert(customer, accountId, clock.millis());
            return customer;
        });
    }

    /**
     * The customers with this email or CPF (exactly one of them), for a cashier to put a sale in
     * a customer's name: an empty list when none.
     */
    public CustomerList search(String email, String cpf) {
        boolean byEmail = email != null && !email.isBlank();
        boolean byCpf = cpf != null && !cpf.isBlank();
        if (byEmail == byCpf) {
            throw DomainException.invalid("give either 'email' or 'cpf'");
        }
        return new CustomerList(byEmail ? customers.byEmail(normalizeEmail(email.trim()))
                : customers.byCpf(Cpf.normalize(cpf)
                        .orElseThrow(() -> DomainException.invalid("'cpf' is not a valid CPF"))));
    }

    public Optional<Customer> find(String id) {
        return customers.find(id);
    }

    public static String normalizeEmail(String raw) {
        String email = Validation.required(raw, "email").toLowerCase();
        Validation.maxLength(email, 200, "email");
        if (!EMAIL.matcher(email).matches()) {
            throw DomainException.invalid("'email' is not a valid email address");
        }
        return email;
    }
}
