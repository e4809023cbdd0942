package app.microlead.journal;

import app.microlead.common.BundledJson;
import app.microlead.common.I18n;
import app.microlead.common.LocalizedResource;
import app.microlead.common.Pillar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The built-in prompts (a JSON resource, checked when loaded) combined with the user's own. */
public final class PromptLibrary {

    public static final int MIN_PER_PILLAR = 10;
    private static final String RESOURCE = "/app/microlead/journal/prompts.json";

    private final List<Prompt> builtIns;

    private PromptLibrary(List<Prompt> builtIns) {
        this.builtIns = List.copyOf(builtIns);
    }

    /** The library shipped with the app, in the app's language ({@link I18n#locale()}). */
    public static PromptLibrary load() {
        return load(I18n.locale());
    }

    /**
     * The library shipped with the app in {@code locale}'s language ({@code prompts_de.json}), the
     * English one when there is no translation. Ids are the same in every language.
     */
    public static PromptLibrary load(Locale locale) {
        try (InputStream in = LocalizedResource.open(PromptLibrary.class, RESOURCE, locale)) {
            if (in == null) {
                throw new IllegalStateException("The prompt library " + RESOURCE + " is missing from the app");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record File(String format, int version, List<Item> prompts) {
    }

    record Item(String id, Pillar pillar, String tag, String text) {
    }

    /** Reads and checks a library; a problem is an {@link IllegalArgumentException} naming it. */
    public static PromptLibrary parse(InputStream json) throws IOException {
        File file;
        try {
            file = BundledJson.read(File.class, json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The prompt library is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (file == null || file.prompts() == null) {
            throw new IllegalArgumentException("The prompt library has no \"prompts\" list");
        }
        Set<String> ids = new HashSet<>();
        Map<Pillar, Integer> perPillar = new EnumMap<>(Pillar.class);
        List<Prompt> prompts = new ArrayList<>();
        for (Item it : file.prompts()) {
            if (it.id() == null || it.id().isBlank()) {
                throw new IllegalArgumentException("A prompt has no id (text: " + it.text() + ")");
            }
            if (!ids.add(it.id())) {
                throw new IllegalArgumentException("Prompt id '" + it.id() + "' is used twice");
            }
            if (it.text() == null || it.text().isBlank()) {
                throw new IllegalArgumentException("Prompt '" + it.id() + "' has no text");
            }
            if (it.pillar() == null) {
                throw new IllegalArgumentException("Prompt '" + it.id() + "' has no pillar");
            }
            perPillar.merge(it.pillar(), 1, Integer::sum);
            prompts.add(new Prompt(it.id(), it.pillar(), it.tag() == null ? "" : it.tag(), it.text().strip(), true));
        }
        for (Pillar p : Pillar.values()) {
            int n = perPillar.getOrDefault(p, 0);
            if (n < MIN_PER_PILLAR) {
                throw new IllegalArgumentException("The prompt library has " + n + " prompts for " + p.label()
                        + "; it needs at least " + MIN_PER_PILLAR);
            }
        }
        return new PromptLibrary(prompts);
    }

    public List<Prompt> builtIns() {
        return builtIns;
    }

    /** Built-ins that are not turned off, then the user's prompts, in a stable order. */
    public List<Prompt> activePool(List<PromptRepository.CustomPrompt> custom, Set<String> disabled) {
        List<Prompt> pool = new ArrayList<>();
        for (Prompt p : builtIns) {
            if (!disabled.contains(p.id())) {
                pool.add(p);
            }
        }
        for (PromptRepository.CustomPrompt c : custom) {
            pool.add(new Prompt(c.id(), c.pillar(), "", c.text(), false));
        }
        return pool;
    }
}
