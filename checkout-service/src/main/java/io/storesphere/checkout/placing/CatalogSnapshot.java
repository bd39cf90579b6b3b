package io.storesphere.checkout.placing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The products catalog knows, by id, and the ids it does not (deleted since they were put
 * in the cart).
 */
public record CatalogSnapshot(Map<String, CatalogProduct> products, Set<String> missing) {

	public CatalogSnapshot {
		products = Map.copyOf(products);
		missing = Set.copyOf(missing);
	}

	public static CatalogSnapshot of(List<CatalogProduct> products, Set<String> missing) {
		return new CatalogSnapshot(
				products.stream().collect(Collectors.toMap(CatalogProduct::id, Function.identity(), (a, b) -> a)),
				missing);
	}

}
