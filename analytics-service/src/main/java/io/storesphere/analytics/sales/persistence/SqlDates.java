package io.storesphere.analytics.sales.persistence;

import java.sql.Date;
import java.time.LocalDate;

/** A DATE column read by a native query: the drivers give either type. */
final class SqlDates {

	private SqlDates() {
	}

	static LocalDate localDate(Object column) {
		return (column instanceof Date date) ? date.toLocalDate() : (LocalDate) column;
	}

}
