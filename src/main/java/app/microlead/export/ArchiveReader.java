package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.journal.Entry;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads an archive and checks it completely before anything is imported: the JSON strictly (no
 * number rounded, no value coerced, no field twice), then every field with {@link ArchiveValidator}.
 */
public final class ArchiveReader {

    /** Files larger than this are refused (a year of daily writing is a few MB). */
    public static final long MAX_BYTES = 512L * 1024 * 1024;
    /** Configured once: building a mapper's deserializers costs more than reading a small archive. */
    private static final ObjectMapper MAPPER = build();

    private ArchiveReader() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        // emoji and other characters beyond the BMP are written as themselves, not as escaped surrogates
        JsonFactory factory = JsonFactory.builder()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Entry.MAX_TEXT_CHARS * 2).build())
                .build();
        ObjectMapper m = JsonMapper.builder(factory).addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 4.7 is not read as 4, "4" not as 4, 20000 not as a date
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        m.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        // a number or true/false where text belongs is refused, not turned into text
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        // times only as text like 2026-03-14T18:30:00Z: a number would be read as seconds since 1970
        m.registerModule(new SimpleModule().addDeserializer(Instant.class, new StdDeserializer<>(Instant.class) {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
                }
                return InstantDeserializer.INSTANT.deserialize(p, ctxt);
            }
        }));
        return m;
    }

    public static Archive read(Path file) throws ImportException {
        ImportProblems.requireRegularFile(file);
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(ImportException.Kind.FILE, t("export.archive.too.big", name,
                        size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
            }
        } catch (IOException e) {
            throw ImportProblems.cannotRead(file, e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, name);
        } catch (ImportException e) {
            // a file of another kind fails where its fields do not fit an archive's ("version": "1.0" in a jrnl
            // export): say what the file is instead of where it does not fit
            if (e.kind() == ImportException.Kind.SYNTAX && e.getCause() instanceof JsonMappingException) {
                Optional<ImportException> other = notAnArchive(file, name);
                if (other.isPresent()) {
                    throw other.get();
                }
            }
            throw e;
        } catch (IOException e) {
            throw ImportProblems.cannotRead(file, e);
        }
    }

    /**
     * What {@code file} is when it is JSON but no Microlead archive: a jrnl export (its entries have a title or a
     * body), or a file without an archive's "format". Empty when it says it is an archive, or cannot be read.
     */
    static Optional<ImportException> notAnArchive(Path file, String name) {
        String format = null;
        boolean jrnl = false;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("format".equals(field) && value == JsonToken.VALUE_STRING) {
                        format = p.getText();
                    } else if ("entries".equals(field) && value == JsonToken.START_ARRAY
                            && p.nextToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            jrnl |= "body".equals(p.currentName()) || "title".equals(p.currentName());
                            p.nextToken();
                            p.skipChildren();
                        }
                        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                            p.skipChildren();
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (Archive.FORMAT.equals(format)) {
            return Optional.empty();
        }
        if (jrnl) {
            return Optional.of(new ImportException(ImportException.Kind.CONTENT, t("export.archive.is.jrnl", name)));
        }
        return Optional.of(ImportProblems.content(ImportProblems.Source.ARCHIVE, name, format == null
                ? t("export.check.no.format") : t("export.check.wrong.format", ImportProblems.shown(format))));
    }

    /** Reads and checks an archive; every refusal happens here, before a transaction begins. */
    static Archive parse(InputStream in, String name) throws ImportException, IOException {
        Archive a;
        try {
            a = mapper().readValue(in, Archive.class);
        } catch (JsonProcessingException e) {
            throw ImportProblems.syntax(ImportProblems.Source.ARCHIVE, name, e);
        }
        ArchiveValidator.validate(a, name);
        return a;
    }

    static Entry toEntry(Archive.EntryData d) {
        List<Entry.PromptAnswer> answers = d.answers() == null ? List.of() : d.answers().stream()
                .map(x -> new Entry.PromptAnswer(x.promptId(), x.promptText(), x.answer())).toList();
        return new Entry(d.date(), d.text(), d.mood(), d.energy(), d.tags(), answers, d.createdAt(), d.updatedAt());
    }
}
