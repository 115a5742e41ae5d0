package org.plandesk.chart.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.TrajectoryChart;
import org.plandesk.chart.export.NativeCharts;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;

/**
 * A progress report as a Word document a planner hands in: A4, 仿宋 body and 黑体 headings (the reader's font where
 * they are missing), a header with the plan's short name, the counts per 一级指标, the numbered indicator table with
 * each status as a word and a symbol, the missed and at-risk indicators as native, editable charts with numbered
 * captions, notes and sources as footnotes, and the document's properties. No text is in a picture.
 */
public final class DocxReport {
    private static final String BODY = "仿宋";
    private static final String HEADING = "黑体";
    private static final String LATIN = "Times New Roman";
    private static final int BODY_PT = 14;
    private static final int TABLE_PT = 10;
    /** A chart 16 cm × 8 cm, in EMU. */
    private static final int CHART_WIDTH = 16 * 360_000;

    private static final int CHART_HEIGHT = 8 * 360_000;

    private final ChartTheme theme;
    private final Messages messages;
    private final String author;
    private final Clock clock;

    public DocxReport(ChartTheme theme, Messages messages, String author, Clock clock) {
        this.theme = theme;
        this.messages = messages;
        this.author = author;
        this.clock = clock;
    }

    public void write(ProgressReport r, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            properties(doc, r);
            XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            header.setAlignment(ParagraphAlignment.RIGHT);
            text(header, r.shortName(), BODY, 9, false, null);

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            text(title, r.title(), HEADING, 22, false, null);

            XWPFParagraph about = body(doc);
            text(
                    about,
                    messages.get("report.about", r.plan(), r.period(), String.valueOf(r.year()), r.asOf()),
                    BODY,
                    BODY_PT,
                    false,
                    null);
            if (!r.issuer().isEmpty()) {
                text(body(doc), messages.get("report.issuer", r.issuer()), BODY, BODY_PT, false, null);
            }

            heading(doc, messages.get("report.h.summary"));
            text(
                    body(doc),
                    counts(messages, messages.get("report.summary.all", String.valueOf(r.year())), r.totals()),
                    BODY,
                    BODY_PT,
                    false,
                    null);
            for (ProgressReport.Group g : r.groups()) {
                XWPFParagraph p = body(doc);
                text(p, g.name() + "：", BODY, BODY_PT, true, null);
                text(p, counts(messages, "", g.counts()), BODY, BODY_PT, false, null);
            }

            heading(doc, messages.get("report.h.table"));
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            text(
                    caption,
                    messages.get("report.table.caption", r.shortName(), String.valueOf(r.year())),
                    HEADING,
                    12,
                    false,
                    null);
            if (!r.source().isEmpty()) {
                footnote(doc, caption, messages.get("report.source", r.source()));
            }
            table(doc, r);

            heading(doc, messages.get("report.h.charts"));
            if (r.charts().isEmpty()) {
                text(body(doc), messages.get("report.noCharts", String.valueOf(r.year())), BODY, BODY_PT, false, null);
            }
            NativeCharts charts = new NativeCharts(theme, messages);
            int figure = 0;
            for (TrajectoryChart c : r.charts()) {
                if (c.isCard()) {
                    // one target and one actual: a sentence says it better than a chart of one point
                    text(body(doc), cardSentence(c, messages), BODY, BODY_PT, false, null);
                    continue;
                }
                XWPFParagraph holder = doc.createParagraph();
                holder.setAlignment(ParagraphAlignment.CENTER);
                XWPFChart chart;
                try {
                    chart = doc.createChart(holder.createRun(), CHART_WIDTH, CHART_HEIGHT);
                } catch (InvalidFormatException e) {
                    throw new IOException(e);
                }
                charts.fill(chart, c.spec(), true);
                XWPFParagraph cap = doc.createParagraph();
                cap.setAlignment(ParagraphAlignment.CENTER);
                cap.setSpacingAfter(200);
                String unit = c.spec().unit().isEmpty() ? "" : "（" + c.spec().unit() + "）";
                text(cap, messages.get("report.figure", ++figure, c.spec().title() + unit), HEADING, 11, false, null);
            }
            doc.write(out);
        }
    }

    /** A one-target task in words: *…2024年目标≥40，实际32，未达成。* (Word and PDF). */
    static String cardSentence(TrajectoryChart c, Messages messages) {
        StringBuilder sb = new StringBuilder(c.spec().title()).append("：");
        for (var p : c.spec().parts()) {
            if (p.targets().isEmpty()) {
                continue;
            }
            String part = p.name().isEmpty() ? "" : p.name();
            String actual = p.actuals().isEmpty()
                    ? messages.get("status.pending")
                    : p.actuals().get(0).label();
            sb.append(messages.get(
                    "report.cardSentence",
                    part,
                    String.valueOf(p.targets().get(0).year()),
                    p.targets().get(0).label(),
                    actual));
        }
        return sb.append(messages.get(c.spec().status().messageKey()))
                .append("。")
                .toString();
    }

    /** The summary: the year's counts, then one line per 一级指标 (the PDF's paragraphs). */
    static List<String> summaryLines(ProgressReport r, Messages messages) {
        List<String> out = new ArrayList<>();
        out.add(counts(messages, messages.get("report.summary.all", String.valueOf(r.year())), r.totals()));
        for (ProgressReport.Group g : r.groups()) {
            out.add(g.name() + "：" + counts(messages, "", g.counts()));
        }
        return out;
    }

    /** The table's header cells. */
    static String[] headerCells(ProgressReport r, Messages messages) {
        return new String[] {
            messages.get("report.col.code"),
            messages.get("report.col.indicator"),
            messages.get("report.col.part"),
            messages.get("report.col.unit"),
            messages.get("report.col.target", String.valueOf(r.year())),
            messages.get("report.col.actual"),
            messages.get("report.col.status"),
            messages.get("report.col.achievement")
        };
    }

    private void table(XWPFDocument doc, ProgressReport r) {
        String[] head = headerCells(r, messages);
        int[] widths = {600, 2900, 900, 700, 1300, 1000, 1200, 1000};
        XWPFTable t = doc.createTable(1, head.length);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth("100%");
        XWPFTableRow h = t.getRow(0);
        h.setRepeatHeader(true);
        for (int c = 0; c < head.length; c++) {
            cell(h.getCell(c), head[c], true, null, widths[c]);
            h.getCell(c).setColor("D9E2EC");
        }
        for (ProgressReport.Group g : r.groups()) {
            XWPFTableRow gr = t.createRow();
            XWPFTableCell first = gr.getCell(0);
            cell(first, g.name(), true, null, widths[0]);
            first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(head.length));
            first.setColor("EEF2F6");
            for (int c = head.length - 1; c > 0; c--) {
                gr.removeCell(c);
            }
            for (ProgressReport.Row row : g.rows()) {
                XWPFTableRow tr = t.createRow();
                cell(tr.getCell(0), row.code(), false, null, widths[0]);
                XWPFParagraph name = cell(tr.getCell(1), row.indicator(), false, null, widths[1]);
                if (!row.note().isEmpty()) {
                    footnote(doc, name, row.note());
                }
                cell(tr.getCell(2), row.part(), false, null, widths[2]);
                cell(tr.getCell(3), row.unit(), false, null, widths[3]);
                cell(tr.getCell(4), row.target(), false, null, widths[4]);
                cell(tr.getCell(5), row.actual(), false, null, widths[5]);
                Status s = row.status();
                cell(
                        tr.getCell(6),
                        s.symbol() + " " + messages.get(s.messageKey()),
                        s != Status.PENDING,
                        theme.status(s),
                        widths[6]);
                cell(tr.getCell(7), row.achievement(), false, null, widths[7]);
            }
        }
    }

    private XWPFParagraph cell(XWPFTableCell cell, String value, boolean bold, Color colour, int width) {
        cell.setWidth(Integer.toString(width));
        XWPFParagraph p = cell.getParagraphs().get(0);
        text(p, value, BODY, TABLE_PT, bold, colour);
        return p;
    }

    private static String counts(Messages messages, String lead, Map<Status, Integer> counts) {
        StringBuilder sb = new StringBuilder(lead);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        sb.append(messages.get("report.summary.total", total));
        for (Status s : ProgressReport.COUNTED) {
            sb.append(messages.get("report.summary.one", messages.get(s.messageKey()), counts.getOrDefault(s, 0)));
        }
        return sb.append("。").toString().replace("，。", "。");
    }

    private void footnote(XWPFDocument doc, XWPFParagraph at, String text) {
        XWPFFootnote fn = doc.createFootnote();
        XWPFParagraph p = fn.createParagraph();
        fn.ensureFootnoteRef(p);
        text(p, " " + text, BODY, 9, false, null);
        at.addFootnoteReference(fn);
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(BODY_PT * 2 * 20);
        p.setSpacingAfter(60);
        return p;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        p.setStyle("Heading1");
        text(p, text, HEADING, 16, false, null);
    }

    private static void text(XWPFParagraph p, String text, String font, int size, boolean bold, Color colour) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        run.setBold(bold);
        if (colour != null) {
            run.setColor(String.format("%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue()));
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        // A4 in twentieths of a point; margins as the GB/T 9704 page for official documents (3.7 / 3.5 / 2.8 / 2.6 cm)
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
    }

    private void properties(XWPFDocument doc, ProgressReport r) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(r.title());
        core.setCreator(author);
        core.setCreated(Optional.of(Date.from(clock.instant())));
        core.setSubjectProperty(r.plan());
        doc.getProperties().getExtendedProperties().setApplication("PlanDesk");
    }
}
