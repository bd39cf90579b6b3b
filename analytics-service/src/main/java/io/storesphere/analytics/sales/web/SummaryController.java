package io.storesphere.analytics.sales.web;

import io.storesphere.analytics.sales.SalesSummary;
import io.storesphere.analytics.sales.SalesSummaryQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin dashboard's sales figures. */
@RestController
class SummaryController {

	private final SalesSummaryQuery summaries;

	SummaryController(SalesSummaryQuery summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/api/admin/analytics/summary")
	SalesSummary summary() {
		return this.summaries.current();
	}

}
