package recall.room;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Friendly two-word nicknames ("Brave Otter") for a student who would rather not type a name, or
 * for a teacher who wants nobody to be named on the projector. Each fits the contract's 24
 * characters and passes {@link RudeNames}.
 */
public final class Nicknames {
  private static final List<String> ADJECTIVES = List.of(
      "Brave", "Bright", "Calm", "Clever", "Cosy", "Curious", "Daring", "Eager", "Fair", "Gentle",
      "Glad", "Golden", "Happy", "Honest", "Jolly", "Kind", "Lively", "Lucky", "Merry", "Mighty",
      "Nimble", "Noble", "Patient", "Plucky", "Polite", "Quick", "Quiet", "Rapid", "Sunny", "Swift",
      "Steady", "Tidy", "Witty", "Wise", "Zesty", "Bold", "Cheerful", "Keen", "Proud", "Smart");
  private static final List<String> ANIMALS = List.of(
      "Otter", "Badger", "Falcon", "Heron", "Panda", "Koala", "Lynx", "Puffin", "Robin", "Beaver",
      "Dolphin", "Eagle", "Fox", "Gecko", "Hedgehog", "Ibis", "Jaguar", "Kestrel", "Lemur", "Marten",
      "Newt", "Owl", "Pelican", "Quokka", "Raven", "Seal", "Tiger", "Walrus", "Wombat", "Yak",
      "Zebra", "Bison", "Crane", "Dingo", "Finch", "Gazelle", "Hare", "Moose", "Swan", "Wren");

  private final RandomGenerator random;

  /** A generator drawing from {@code random} (tests pass a seeded one). */
  public Nicknames(RandomGenerator random) {
    this.random = random;
  }

  /** One nickname such as "Brave Otter". */
  public String next() {
    return ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + " " + ANIMALS.get(random.nextInt(ANIMALS.size()));
  }

  /** How many different nicknames there are. */
  public static int variety() {
    return ADJECTIVES.size() * ANIMALS.size();
  }
}
