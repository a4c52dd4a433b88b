import fontkit from "@pdf-lib/fontkit";
import { type Color, PageSizes, PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import {
  type CertificateFonts,
  loadCertificateFonts,
} from "../../certificates/certificate-font.js";
import { formatCalendarDate, ISSUER, rigaDate } from "../../certificates/certificate-texts.js";
import { wrap } from "../../certificates/render-certificate.js";
import { PROGRAMME_NAME } from "../../forms/render-page.js";
import { type Language, localized } from "../../i18n/localized.js";
import { countPhrase, plural } from "../../i18n/plural.js";
import {
  type CohortReport,
  cellKind,
  columnLabel,
  figureAt,
  formatFigure,
  REPORT_TITLE,
  type ReportTable,
  ROW_HEADERS,
} from "./cohort-report-model.js";

/**
 * The funder's report as a PDF in one language: A4 portrait, the programme and project, the
 * cohort's name and timetable, the small-group rule, then every table with its note. The
 * certificates' DejaVu fonts are embedded as subsets, so Latvian letters render and copy.
 */

const ACCENT = rgb(0x7a / 255, 0x1f / 255, 0x2b / 255);
const INK = rgb(0x1b / 255, 0x1b / 255, 0x1f / 255);
const MUTED = rgb(0x4a / 255, 0x4a / 255, 0x55 / 255);
const RULE = rgb(0.8, 0.8, 0.83);
const SHADE = rgb(0.955, 0.95, 0.95);

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const MARGIN = 48;
const BOTTOM = 64;
const WIDTH = PAGE_WIDTH - 2 * MARGIN;
const PAD = 3;

const T = {
  timetable: localized("Kārtas laika grafiks", "The round's timetable"),
  intakeOpensAt: localized("Pieteikšanās sākas", "Intake opens"),
  intakeClosesAt: localized("Pieteikšanās beidzas", "Intake closes"),
  seminar: localized("Informatīvais seminārs", "Information seminar"),
  matchingBy: localized("Savietošana jāpabeidz līdz", "Matching done by"),
  kickoffAt: localized("Pirmās tikšanās", "Kick-off (first meetings)"),
  endsAt: localized("Plānotās beigas", "Planned end"),
};
const MINUTES = plural(
  { zero: "{count} minūšu", one: "{count} minūte", other: "{count} minūtes" },
  { one: "{count} minute", other: "{count} minutes" },
);
const PREPARED = {
  lv: (date: string) => `Sagatavots ${formatCalendarDate(date, "lv", "locative")}`,
  en: (date: string) => `Prepared on ${formatCalendarDate(date, "en")}`,
};
const PAGE = {
  lv: (page: number, pages: number) => `${page}. lapa no ${pages}`,
  en: (page: number, pages: number) => `Page ${page} of ${pages}`,
};

const date = (iso: string, language: Language) => formatCalendarDate(rigaDate(iso), language);
const rigaTime = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Riga",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Lines of text at a size that lets the longest word fit the width too. */
function fitted(text: string, font: PDFFont, size: number, width: number) {
  let current = size;
  let lines = wrap(text, font, current, width);
  while (current > 5 && lines.some((line) => font.widthOfTextAtSize(line, current) > width)) {
    current -= 0.5;
    lines = wrap(text, font, current, width);
  }
  return { lines, size: current };
}

/** Top to bottom over as many pages as it takes. */
class Writer {
  page: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
    return this.page;
  }

  /** A new page unless `height` still fits above the bottom margin. */
  room(height: number): boolean {
    if (this.y - height >= BOTTOM) return false;
    this.newPage();
    return true;
  }

  text(text: string, x: number, y: number, size: number, bold = false, color: Color = INK) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    this.page.drawText(text, { x, y, size, font, color });
  }

  paragraph(
    text: string,
    size: number,
    options: { bold?: boolean; color?: Color; gap?: number } = {},
  ) {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    this.y -= options.gap ?? 0;
    for (const line of wrap(text, font, size, WIDTH)) {
      this.room(size * 1.3);
      this.y -= size;
      this.text(line, MARGIN, this.y, size, options.bold, options.color);
      this.y -= size * 0.3;
    }
  }
}

function drawHeading(w: Writer, report: CohortReport, language: Language) {
  w.paragraph(PROGRAMME_NAME[language], 9.5, { bold: true, color: ACCENT });
  w.paragraph(REPORT_TITLE[language], 20, { bold: true, gap: 10 });
  w.paragraph(report.name[language], 14, { bold: true, color: ACCENT, gap: 6 });
  w.paragraph(report.project[language], 10, { gap: 8 });
  w.paragraph(PREPARED[language](rigaDate(report.generatedAt)), 9, { color: MUTED, gap: 4 });

  const { timetable: t } = report;
  const minutes = countPhrase(language, t.seminarMinutes, MINUTES);
  const seminarTime = language === "lv" ? `plkst. ${rigaTime(t.seminarAt)}` : rigaTime(t.seminarAt);
  const items: [string, string][] = [
    [T.intakeOpensAt[language], date(t.intakeOpensAt, language)],
    [T.intakeClosesAt[language], date(t.intakeClosesAt, language)],
    [T.seminar[language], `${date(t.seminarAt, language)}, ${seminarTime} (${minutes})`],
    [T.matchingBy[language], date(t.matchingBy, language)],
    [T.kickoffAt[language], date(t.kickoffAt, language)],
    [T.endsAt[language], date(t.endsAt, language)],
  ];
  w.paragraph(T.timetable[language], 12, { bold: true, gap: 16 });
  w.y -= 4;
  for (const [label, value] of items) {
    w.room(14);
    w.y -= 10;
    w.text(`${label}:`, MARGIN, w.y, 9.5);
    w.text(value, MARGIN + 170, w.y, 9.5, true);
    w.y -= 4;
  }
  w.paragraph(report.rule[language], 8.5, { color: MUTED, gap: 12 });
}

interface Column {
  header: string;
  width: number;
  x: number;
}

function columnsOf(table: ReportTable, language: Language): Column[] {
  const figures = table.figures.length;
  const labelWidth = figures <= 1 ? WIDTH * 0.7 : Math.max(WIDTH * 0.3, WIDTH - figures * 64);
  const figureWidth = (WIDTH - labelWidth) / Math.max(1, figures);
  const headers = [
    ROW_HEADERS[table.name][language],
    ...table.figures.map((column) => columnLabel(table.name, column, language)),
  ];
  let x = MARGIN;
  return headers.map((header, i) => {
    const column = { header, width: i === 0 ? labelWidth : figureWidth, x };
    x += column.width;
    return column;
  });
}

const headerCells = (w: Writer, columns: Column[]) =>
  columns.map((c) => fitted(c.header, w.fonts.bold, 7.5, c.width - 2 * PAD));
const headerHeight = (cells: ReturnType<typeof headerCells>) =>
  Math.max(...cells.map((c) => c.lines.length * c.size * 1.2)) + 2 * PAD;

function drawHeaderRow(w: Writer, columns: Column[]) {
  const cells = headerCells(w, columns);
  const height = headerHeight(cells);
  w.page.drawRectangle({ x: MARGIN, y: w.y - height, width: WIDTH, height, color: SHADE });
  cells.forEach((cell, i) => {
    const column = columns[i] as Column;
    let y = w.y - PAD - cell.size;
    for (const line of cell.lines) {
      const width = w.fonts.bold.widthOfTextAtSize(line, cell.size);
      const x = i === 0 ? column.x + PAD : column.x + column.width - PAD - width;
      w.text(line, x, y, cell.size, true, MUTED);
      y -= cell.size * 1.2;
    }
  });
  w.y -= height;
  w.page.drawLine({
    start: { x: MARGIN, y: w.y },
    end: { x: MARGIN + WIDTH, y: w.y },
    thickness: 0.8,
    color: MUTED,
  });
}

function drawTable(w: Writer, table: ReportTable, language: Language) {
  const columns = columnsOf(table, language);
  const size = 8.5;
  const rows = table.rows.map((row) => {
    const label = String(row[`label_${language}`] ?? row.code ?? "");
    const { lines } = fitted(label, w.fonts.regular, size, (columns[0] as Column).width - 2 * PAD);
    return { row, lines, height: lines.length * size * 1.25 + 2 * PAD };
  });
  // The title stays with its header and its first rows (all of a short table).
  const first = rows.slice(0, rows.length <= 4 ? rows.length : 2);
  w.room(36 + headerHeight(headerCells(w, columns)) + first.reduce((h, r) => h + r.height, 0));
  w.paragraph(table.title[language], 12, { bold: true, gap: 14 });
  w.y -= 4;
  drawHeaderRow(w, columns);
  rows.forEach(({ row, lines, height }, index) => {
    if (w.room(height)) drawHeaderRow(w, columns);
    const total = row.code === "all";
    if (index % 2 === 1)
      w.page.drawRectangle({ x: MARGIN, y: w.y - height, width: WIDTH, height, color: SHADE });
    let y = w.y - PAD - size;
    for (const line of lines) {
      w.text(line, MARGIN + PAD, y, size, total);
      y -= size * 1.25;
    }
    table.figures.forEach((column, i) => {
      const cell = figureAt(row, column);
      const text = cell ? formatFigure(cell, cellKind(row, column), language) : "";
      const font = total ? w.fonts.bold : w.fonts.regular;
      const place = columns[i + 1] as Column;
      const width = font.widthOfTextAtSize(text, size);
      w.text(text, place.x + place.width - PAD - width, w.y - PAD - size, size, total);
    });
    w.y -= height;
    w.page.drawLine({
      start: { x: MARGIN, y: w.y },
      end: { x: MARGIN + WIDTH, y: w.y },
      thickness: 0.4,
      color: RULE,
    });
  });
  if (table.note) w.paragraph(table.note[language], 7.5, { color: MUTED, gap: 5 });
}

function drawFooters(doc: PDFDocument, fonts: Fonts, report: CohortReport, language: Language) {
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const size = 7.5;
    const left = `${report.name[language]} · ${report.projectNumber}`;
    page.drawText(left, { x: MARGIN, y: 32, size, font: fonts.regular, color: MUTED });
    const right = PAGE[language](index + 1, pages.length);
    const width = fonts.regular.widthOfTextAtSize(right, size);
    page.drawText(right, {
      x: PAGE_WIDTH - MARGIN - width,
      y: 32,
      size,
      font: fonts.regular,
      color: MUTED,
    });
  });
}

export async function renderCohortReportPdf(
  report: CohortReport,
  language: Language,
  fonts?: CertificateFonts,
): Promise<Uint8Array> {
  const bytes = fonts ?? (await loadCertificateFonts());
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const pdfFonts: Fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  const generatedAt = new Date(report.generatedAt);
  doc.setTitle(`${REPORT_TITLE[language]}: ${report.name[language]}`, {
    showInWindowTitleBar: true,
  });
  doc.setSubject(report.project[language]);
  doc.setAuthor(ISSUER.lv);
  doc.setCreator(ISSUER[language]);
  doc.setKeywords([report.projectNumber, report.cohortId]);
  doc.setLanguage(language === "lv" ? "lv-LV" : "en-GB");
  doc.setCreationDate(generatedAt);
  doc.setModificationDate(generatedAt);
  const w = new Writer(doc, pdfFonts);
  drawHeading(w, report, language);
  for (const table of report.tables) drawTable(w, table, language);
  drawFooters(doc, pdfFonts, report, language);
  return doc.save();
}
