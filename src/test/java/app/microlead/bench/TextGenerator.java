package app.microlead.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Reproducible journal-like text: a few thousand words with a Zipf-like spread, plus leadership words. */
public final class TextGenerator {

    static final String[] CORE = ("team meeting feedback delegate delegated delegating trust decision explained why"
            + " listened interrupt quiet voice celebrated win release deadline late early reply message email"
            + " calm paused reacted responded energy tired tone sprint review plan budget hire interview coached"
            + " mentor onboarding customer bug fix incident retro goal priority conflict apology thanks praised"
            + " Ana Marco Priya Lena Tom Sam Jonas Mei Olu Sara").split(" ");

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();

    public TextGenerator(long seed, int vocabularySize) {
        random = new Random(seed);
        for (String w : CORE) {
            vocabulary.add(w);
        }
        String[] syllables = {"ka", "lo", "mi", "ter", "an", "vo", "ri", "sen", "da", "pu", "el", "or", "ni", "sta", "qu"};
        Random r = new Random(seed ^ 0x5DEECE66DL);
        while (vocabulary.size() < vocabularySize) {
            StringBuilder w = new StringBuilder();
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                w.append(syllables[r.nextInt(syllables.length)]);
            }
            vocabulary.add(w.toString());
        }
    }

    /** Roughly {@code words} words in sentences and paragraphs. */
    public String text(int words) {
        StringBuilder sb = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            sb.append(word());
            if (i % 14 == 13) {
                sb.append(". ");
            } else if (i % 90 == 89) {
                sb.append(".\n\n");
            } else {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** A word, common ones far more often (rank drawn from a rough power law). */
    public String word() {
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(vocabulary.size(), u)) - 1;
        return vocabulary.get(Math.max(0, Math.min(vocabulary.size() - 1, rank)));
    }

    public Random random() {
        return random;
    }
}
