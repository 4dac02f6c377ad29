package recall.http;

import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PfxOptions;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.app.NetConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HTTPS: the teacher's own PEM certificate and key, or a self-signed certificate made on first
 * start and kept in the data folder (so phones that accepted it once are not asked again).
 */
public final class Tls {
  private static final Logger LOG = LoggerFactory.getLogger(Tls.class);
  /** Set on each request: whether the browser reached us over HTTPS (directly or through a trusted proxy). */
  static final String SECURE = "recall-secure";

  private final PemKeyCertOptions pem;
  private final PfxOptions pfx;

  private Tls(PemKeyCertOptions pem, PfxOptions pfx) {
    this.pem = pem;
    this.pfx = pfx;
  }

  /**
   * The certificate to serve, or null for plain HTTP. Makes the self-signed one if needed, with
   * the JDK's own {@code keytool}: it blocks, so call off the event loop.
   *
   * @param names host names and addresses the certificate should name
   */
  public static Tls prepare(NetConfig net, Path dataDir, List<String> names) throws IOException, InterruptedException {
    if (net.tlsCert() != null) {
      return new Tls(new PemKeyCertOptions().setCertPath(net.tlsCert().toString()).setKeyPath(net.tlsKey().toString()), null);
    }
    if (!net.tls().equals("self-signed")) return null;
    Path dir = dataDir.resolve("tls");
    Path store = dir.resolve("self-signed.p12");
    Path pass = dir.resolve("self-signed.password");
    if (!Files.exists(store) || !Files.exists(pass)) generate(dir, store, pass, names);
    return new Tls(null, new PfxOptions().setPath(store.toString()).setPassword(Files.readString(pass).trim()));
  }

  private static void generate(Path dir, Path store, Path pass, List<String> names) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Files.deleteIfExists(store);
    byte[] secret = new byte[18];
    new SecureRandom().nextBytes(secret);
    String password = HexFormat.of().formatHex(secret);
    Files.writeString(pass, password);
    List<String> san = new ArrayList<>();
    for (String n : names) {
      if (n.isBlank() || n.contains("*")) continue;
      san.add((n.matches("[0-9.]+") || n.contains(":") ? "ip:" : "dns:") + n);
    }
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> cmd = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", "recall", "-keyalg", "EC",
        "-groupname", "secp256r1", "-validity", "3650", "-dname", "CN=Recall", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", password, "-keypass", password));
    if (!san.isEmpty()) cmd.addAll(List.of("-ext", "SAN=" + String.join(",", san)));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("keytool could not make a certificate: " + out);
    LOG.info("Made a self-signed certificate in {} for {}", store, san);
  }

  /** Puts the certificate into the server's options. */
  public HttpServerOptions apply(HttpServerOptions options) {
    options.setSsl(true);
    return pem != null ? options.setKeyCertOptions(pem) : options.setKeyCertOptions(pfx);
  }

  /** Whether this request came over HTTPS: directly, or through a proxy that is trusted to say so. */
  static boolean secure(RoutingContext ctx, boolean trustProxy) {
    if (ctx.request().isSSL()) return true;
    String proto = ctx.request().getHeader("X-Forwarded-Proto");
    return trustProxy && proto != null && proto.trim().equalsIgnoreCase("https");
  }
}
