package io.bilheteria.api.admin;

import java.util.List;

public record StaffAccountList(List<StaffAccount> items) {
}
