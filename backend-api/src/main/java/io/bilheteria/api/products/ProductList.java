package io.bilheteria.api.products;

import java.util.List;

public record ProductList(List<Product> items) {
}
