package recall.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The "known device" cookie: a browser that logged in to an account gets a random device id signed
 * with a server secret (HMAC-SHA256 over account and id), and keeps its own log-in budget there
 * ({@link LoginThrottle}). It proves nothing but "this browser logged in here before", so it opens
 * nothing by itself. The secret is made at start, so a restart forgets the devices (they fall back to
 * the address that logged in before).
 */
public final class KnownDevices {
  private final SecretKeySpec key = new SecretKeySpec(PasswordHasher.randomSecret(32).getBytes(StandardCharsets.UTF_8), "HmacSHA256");

  /** A new cookie value for a browser that just logged in to {@code account}. */
  public String issue(String account) {
    String id = PasswordHasher.randomSecret(16);
    return id + "." + sign(account, id);
  }

  /** The device id when the cookie was issued by this server for this account, else null. */
  public String recognise(String cookie, String account) {
    if (cookie == null || account == null) return null;
    int dot = cookie.indexOf('.');
    if (dot <= 0 || dot > 64) return null;
    String id = cookie.substring(0, dot);
    byte[] given = cookie.substring(dot + 1).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, sign(account, id).getBytes(StandardCharsets.UTF_8)) ? id : null;
  }

  private String sign(String account, String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] sig = mac.doFinal((account + "\n" + id).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
