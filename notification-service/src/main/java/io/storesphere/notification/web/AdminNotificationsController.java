package io.storesphere.notification.web;

import java.util.List;

import io.storesphere.notification.delivery.NotificationLog;
import io.storesphere.notification.delivery.NotificationLog.Entry;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the admin UI shows: recent low-stock alerts, and recent customer e-mails without
 * bodies.
 */
@RestController
class AdminNotificationsController {

	private final NotificationLog log;

	AdminNotificationsController(NotificationLog log) {
		this.log = log;
	}

	@GetMapping("/api/admin/alerts")
	List<Entry> alerts(@RequestParam(defaultValue = "50") int limit) {
		return this.log.recent(false, clamp(limit));
	}

	@GetMapping("/api/admin/notifications")
	List<Entry> notifications(@RequestParam(defaultValue = "50") int limit) {
		return this.log.recent(true, clamp(limit));
	}

	private static int clamp(int limit) {
		return Math.max(1, Math.min(limit, 200));
	}

}
