package io.storesphere.analytics.sales;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.Repository;

interface DailySalesRepository extends Repository<DailySales, LocalDate> {

	List<DailySales> findBySalesDateBetweenOrderBySalesDate(LocalDate from, LocalDate to);

}
