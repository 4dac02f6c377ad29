package recall.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The keys that open a room's host screen. Only their SHA-256 is stored, so a room restored after a
 * restart knows the hashes but not the key; when its teacher lists the open rooms, a new key is
 * handed out (and its hash stored) while the old one keeps working for the page that holds it.
 * Changed only on the room's context.
 */
final class HostKeys {
  /** At most this many keys are kept: one per restart of a long game is plenty. */
  private static final int KEPT = 8;

  private final List<String> hashes = new ArrayList<>();
  private String known;

  /** The keys of a new room: one, known. */
  static HostKeys fresh() {
    HostKeys k = new HostKeys();
    k.known = Ids.secret();
    k.hashes.add(hash(k.known));
    return k;
  }

  /** The keys of a restored room: their hashes only. */
  static HostKeys restored(List<String> hashes) {
    HostKeys k = new HostKeys();
    k.hashes.addAll(hashes);
    return k;
  }

  /** The key this process handed out, or null for a restored room until {@link #mint}. */
  String known() {
    return known;
  }

  /** Hands out a new key for a restored room; its hash is kept with the others. */
  String mint() {
    known = Ids.secret();
    hashes.add(hash(known));
    while (hashes.size() > KEPT) hashes.remove(0);
    return known;
  }

  List<String> hashes() {
    return List.copyOf(hashes);
  }

  /** Whether a key opens the room, compared in constant time. */
  boolean opens(String key) {
    if (key == null) return false;
    byte[] h = hash(key).getBytes(StandardCharsets.UTF_8);
    boolean ok = false;
    for (String stored : hashes) ok |= MessageDigest.isEqual(h, stored.getBytes(StandardCharsets.UTF_8));
    return ok;
  }

  /** The SHA-256 of a secret (host key or player token), as stored. */
  static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
