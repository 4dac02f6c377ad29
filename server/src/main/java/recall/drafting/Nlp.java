package recall.drafting;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenNLP's English models (Universal Dependencies EWT: sentences, tokens, part-of-speech tags,
 * lemmas), read from the classpath once, on first use: nothing is fetched at run time. Loading takes
 * a second or so, so the first draft request should run off the event loop. The models are shared;
 * the taggers are not thread-safe, so each {@link #analyzer()} has its own.
 */
public final class Nlp {

  private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel pos;
  private final LemmatizerModel lemmas;

  private Nlp() throws IOException {
    try (InputStream s = open(SENTENCES); InputStream t = open(TOKENS); InputStream p = open(POS); InputStream l = open(LEMMAS)) {
      sentences = new SentenceModel(s);
      tokens = new TokenizerModel(t);
      pos = new POSModel(p);
      lemmas = new LemmatizerModel(l);
    }
  }

  private static final class Holder {
    static final Nlp INSTANCE = load();

    private static Nlp load() {
      try {
        return new Nlp();
      } catch (IOException e) {
        throw new UncheckedIOException("OpenNLP's English models are missing from the classpath", e);
      }
    }
  }

  /** The models, loaded on the first call. */
  public static Nlp get() {
    return Holder.INSTANCE;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = Nlp.class.getResourceAsStream(resource);
    if (in == null) throw new IOException("no " + resource + " on the classpath");
    return in;
  }

  /** A sentence splitter, tokenizer, tagger and lemmatizer for one thread. */
  public Analyzer analyzer() {
    return new Analyzer(new SentenceDetectorME(sentences), new TokenizerME(tokens), new POSTaggerME(pos), new LemmatizerME(lemmas));
  }

  /** Splits a line into tagged sentences; offsets are the line's own. */
  public record Analyzer(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME tagger, LemmatizerME lemmatizer) {

    public List<Sentence> analyze(String line) {
      List<Sentence> result = new ArrayList<>();
      for (Span s : sentences.sentPosDetect(line)) {
        String text = line.substring(s.getStart(), s.getEnd());
        // Curly quotes as straight ones (same length, so offsets hold): the models split "Lenin's" then.
        Span[] spans = tokens.tokenizePos(straight(text));
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = tagger.tag(Span.spansToStrings(spans, straight(text)));
        List<Token> list = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
          list.add(new Token(words[i], s.getStart() + spans[i].getStart(), s.getStart() + spans[i].getEnd(), tags[i], lemma(words[i], tags[i])));
        }
        result.add(Sentence.of(s.getStart(), s.getEnd(), text, list));
      }
      return result;
    }

    /**
     * Only nouns need a lemma (to match "chloroplasts" with "chloroplast"); lemmatising them one at a
     * time is many times faster than running the beam search over whole sentences.
     */
    private String lemma(String word, String tag) {
      if (!tag.equals("NOUN")) return word.toLowerCase(java.util.Locale.ROOT);
      String[] l = lemmatizer.lemmatize(new String[] {word}, new String[] {tag});
      return l.length == 1 && !l[0].isBlank() && !l[0].equals("O") ? l[0] : word.toLowerCase(java.util.Locale.ROOT);
    }

    private static String straight(String s) {
      return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
  }
}
