package io.bilheteria.api.partners;

import java.util.List;

public record SectionList(List<ManagedSection> items) {
}
