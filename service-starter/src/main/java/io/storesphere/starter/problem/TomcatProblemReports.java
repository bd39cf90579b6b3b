package io.storesphere.starter.problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as a problem instead of its HTML page. It answers what Tomcat
 * refuses before Spring sees the request (a URL that is not valid UTF-8 or holds
 * {@code %00}, a request line or headers over the size limit) and any error nothing else
 * wrote a body for. It replaces the host's {@link ErrorReportValve}, which Boot adds when
 * stack traces are hidden.
 */
class TomcatProblemReports extends ErrorReportValve {

	/** Swaps the host's error report valve for this one; run after Boot's customizer. */
	static void install(Context context) {
		Container parent = context.getParent();
		if (!(parent instanceof StandardHost host)) {
			return;
		}
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.setErrorReportValveClass(TomcatProblemReports.class.getName());
		host.getPipeline().addValve(new TomcatProblemReports());
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			PrintWriter writer = response.getReporter();
			if (writer == null) {
				return;
			}
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			writer.write(json(status));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is closed: nothing more to tell it.
		}
	}

	/** Fixed texts only: nothing from the request, which may be what is malformed. */
	static String json(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String type = switch (status) {
			case 400 -> "malformed-request";
			case 500 -> "internal-error";
			default -> title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		};
		String detail = switch (status) {
			case 400 -> "The request cannot be read: check that the URL is percent-encoded UTF-8 (no %00,"
					+ " no stray %) and that the headers are well formed.";
			case 414 -> "The URL is longer than this service accepts; ids and parameters are short.";
			case 431 -> "The request's headers are larger than this service accepts.";
			case 500 -> "Something went wrong on our side. Try again in a moment.";
			default -> "The request was refused (" + status + " " + title + ").";
		};
		return "{\"type\":\"" + Problems.TYPES + type + "\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}";
	}

}
