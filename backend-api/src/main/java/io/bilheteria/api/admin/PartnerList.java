package io.bilheteria.api.admin;

import java.util.List;

public record PartnerList(List<Partner> items) {
}
