package io.storesphere.testsupport.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of a dependency (SNS, SES, a service) that a test can cut and
 * restore, to see what a service does while the dependency is unreachable. While cut,
 * open connections are closed and new ones are closed as soon as they are accepted.
 */
public final class SwitchableTcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean connected = true;

	private SwitchableTcpProxy(InetSocketAddress target) throws IOException {
		this.target = target;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-" + this.server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Starts a proxy on a free loopback port, forwarding to {@code host:port}. */
	public static SwitchableTcpProxy to(String host, int port) {
		try {
			return new SwitchableTcpProxy(new InetSocketAddress(host, port));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start a TCP proxy", ex);
		}
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** {@code http://127.0.0.1:<port>}, for an endpoint property. */
	public String url() {
		return "http://127.0.0.1:" + port();
	}

	/** Makes the dependency unreachable. */
	public void cut() {
		this.connected = false;
		this.open.forEach(SwitchableTcpProxy::closeQuietly);
		this.open.clear();
	}

	/** Makes the dependency reachable again. */
	public void restore() {
		this.connected = true;
	}

	@Override
	public void close() {
		cut();
		closeQuietly(this.server);
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (!this.connected) {
					closeQuietly(client);
					continue;
				}
				connect(client);
			}
			catch (IOException ex) {
				// the proxy was closed
			}
		}
	}

	private void connect(Socket client) {
		Socket upstream = new Socket();
		try {
			upstream.connect(this.target, 2000);
		}
		catch (IOException refused) {
			closeQuietly(upstream);
			closeQuietly(client);
			return;
		}
		this.open.add(client);
		this.open.add(upstream);
		pipe(client, upstream);
		pipe(upstream, client);
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// either side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "tcp-proxy-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// closing is best effort
		}
	}

}
