package app.microlead.cli;

import app.microlead.journal.JournalSearch;
import app.microlead.journal.LuceneJournalSearch;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code microlead search QUERY [--limit N]}: ranked full-text search, a date and a snippet per hit. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the journal: words (all must match), \"a phrase\", or the start of a word.")
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    MicroleadCommand parent;

    @Parameters(index = "0..*", paramLabel = "QUERY", arity = "1..*")
    java.util.List<String> query;

    @Option(names = "--limit", defaultValue = "20", description = "Most hits to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            System.err.println("--limit must be at least 1.");
            return 2;
        }
        try (OpenJournal j = parent.open("search"); LuceneJournalSearch index = new LuceneJournalSearch()) {
            index.build(j.journal);
            JournalSearch.Results r = index.search(new JournalSearch.Request(String.join(" ", query), null, null, null,
                    null, limit));
            for (JournalSearch.Hit h : r.hits()) {
                String snippet = h.snippet().stream().map(s -> s.match() ? "*" + s.text() + "*" : s.text())
                        .collect(Collectors.joining()).replaceAll("\\s+", " ").strip();
                System.out.println(h.date() + "  " + snippet);
            }
            System.out.println((r.exact() ? "" : "more than ") + r.total() + (r.total() == 1 ? " day" : " days") + " found");
            return 0;
        }
    }
}
