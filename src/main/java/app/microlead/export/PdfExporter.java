package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.people.Agenda;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a review to PDF with openhtmltopdf: embedded DejaVu Sans (regular, bold, italic), bookmarks,
 * a table of contents with page numbers, running headers, "page X of Y", charts drawn as vector paths
 * ({@link ReviewCharts}), and tagged (PDF/UA) output.
 */
public final class PdfExporter {

    /** The agenda's tries to fit on one page: lines of what happened, characters of a long text. */
    private static final int[][] AGENDA_FITS = {{30, 400}, {15, 240}, {8, 160}, {3, 100}, {0, 60}};

    /** Writes the review to {@code out}; a cancelled or failed export leaves no file behind. */
    public void export(ReviewData data, Path out, Progress progress) throws IOException {
        PdfLog.install();
        progress.update(0.1, t("export.step.preparing"));
        ReviewHtml review = new ReviewHtml(data);
        String html = review.build(progress);
        progress.checkCancelled();
        render(html, review.charts(), out, progress);
    }

    /** Writes one person's page ({@link PersonReportHtml}) to {@code out}. */
    public void exportPerson(PersonReport report, Path out, Progress progress) throws IOException {
        PdfLog.install();
        progress.update(0.1, t("export.step.preparing"));
        render(new PersonReportHtml(report).build(), new ReviewCharts(), out, progress);
    }

    /**
     * Writes the 1:1 agenda on one page: when it does not fit, the lines of what happened are fewer and
     * long texts shorter (the left-out lines are counted on the page) until it does.
     */
    public void exportAgenda(Agenda.Sheet sheet, Path out) throws IOException {
        PdfLog.install();
        byte[] pdf = null;
        for (int[] fit : AGENDA_FITS) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            typeset(new AgendaHtml(sheet, fit[0], fit[1]).build(), new ReviewCharts(), bytes, Progress.NONE);
            pdf = bytes.toByteArray();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                if (doc.getNumberOfPages() <= 1) {
                    break;
                }
            }
        }
        byte[] written = pdf;
        AtomicFile.write(out, os -> os.write(written));
    }

    private void render(String html, ReviewCharts charts, Path out, Progress progress) throws IOException {
        progress.update(0.55, t("export.step.typesetting"));
        AtomicFile.write(out, os -> typeset(html, charts, os, progress));
        progress.update(1.0, t("export.step.done"));
    }

    private static void typeset(String html, ReviewCharts charts, OutputStream os, Progress progress) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> stream(TextForPdf.REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL, true);
        builder.useFont(() -> stream(TextForPdf.BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true);
        builder.useFont(() -> stream(TextForPdf.ITALIC), "DejaVu Sans", 400, FontStyle.ITALIC, true);
        builder.useObjectDrawerFactory(charts.drawers());
        builder.withHtmlContent(html, null);
        builder.toStream(os);
        builder.run();
        if (progress.cancelled()) {
            throw new Progress.Cancelled();
        }
    }

    /** The font without its GSUB table (see {@link FontTables}), read once per export. */
    private static InputStream stream(String resource) {
        try (InputStream in = PdfExporter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font " + resource + " is missing from the app");
            }
            return new ByteArrayInputStream(FontTables.without(in.readAllBytes(), Set.of("GSUB")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
