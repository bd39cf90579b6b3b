package io.storesphere.analytics.sales;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface ProductSalesRepository extends Repository<ProductSales, String> {

	List<ProductSales> findByUnitsGreaterThanOrderByRevenueDescProductIdAsc(long units, Limit limit);

}
