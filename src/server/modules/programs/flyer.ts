import PDFDocument from 'pdfkit';
import type { Program } from '../../../contracts/programs';
import { plainBlocks } from '../../../core/plain-blocks';

const ACCENT = '#1f5f5b';
const INK = '#24211e';
const MUTED = '#6b655e';
const RULE = '#d9d3cb';
const MARGIN = 56;

/** A date written for people: "Mon 2 March 2026". */
function longDate(date: string) {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * The standard PDF fonts speak Windows-1252 only: pictographs (emoji) are left out, and any other
 * character beyond it prints as one `?`.
 */
function printable(text: string) {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\p{Extended_Pictographic}[\uFE0F\u200D]*/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2022\u2026\u20AC]/gu, '?')
    .trim();
}

/**
 * The printable flyer of a program, one A4 page or more: its title and dates, seats, the
 * description, the sessions with their local times, the curriculum by week, and where to enroll.
 * Names no one and counts no one but the seats.
 */
export function programFlyer(
  program: Program,
  orgName: string,
  enrollUrl: string,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: printable(program.title), Author: printable(orgName), Subject: 'Program flyer' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  const section = (title: string) => {
    doc.moveDown(1.2);
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(13).fillColor(ACCENT).text(printable(title), { width });
    const y = doc.y + 3;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .lineWidth(0.75)
      .strokeColor(RULE)
      .stroke();
    doc.moveDown(0.6);
  };
  const blocks = (markdown: string, size = 11) => {
    for (const block of plainBlocks(markdown)) {
      const text = printable(block.text);
      if (block.kind === 'heading') {
        doc
          .moveDown(0.3)
          .font('Helvetica-Bold')
          .fontSize(size + 1)
          .fillColor(INK)
          .text(text, { width });
      } else if (block.kind === 'item') {
        doc
          .font('Helvetica')
          .fontSize(size)
          .fillColor(INK)
          .text(`•  ${text}`, MARGIN + 10, doc.y, {
            width: width - 10,
            lineGap: 2,
          });
      } else {
        doc.font('Helvetica').fontSize(size).fillColor(INK).text(text, MARGIN, doc.y, {
          width,
          lineGap: 3,
        });
        doc.moveDown(0.4);
      }
      doc.x = MARGIN;
    }
  };

  doc.rect(0, 0, doc.page.width, 10).fill(ACCENT);
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor(MUTED)
    .text(printable(orgName.toUpperCase()), MARGIN, MARGIN, {
      width,
      characterSpacing: 1.2,
    });
  doc.moveDown(0.4);
  doc.font('Helvetica-Bold').fontSize(28).fillColor(INK).text(printable(program.title), { width });
  doc.moveDown(0.3);
  doc
    .font('Helvetica')
    .fontSize(13)
    .fillColor(MUTED)
    .text(
      `${longDate(program.startDate)} – ${longDate(program.endDate)}  ·  ${program.weeks} ${
        program.weeks === 1 ? 'week' : 'weeks'
      }  ·  ${program.seats} ${program.seats === 1 ? 'seat' : 'seats'}`,
      { width },
    );
  if (program.status === 'closed') {
    doc.moveDown(0.3).fillColor(ACCENT).text('Enrollment is closed.', { width });
  }

  if (program.description.trim()) {
    doc.moveDown(1);
    blocks(program.description, 12);
  }

  if (program.sessions.length > 0) {
    section('Sessions');
    program.sessions.forEach((s, i) => {
      if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
      doc
        .font('Helvetica-Bold')
        .fontSize(11)
        .fillColor(INK)
        .text(
          `${i + 1}.  ${longDate(s.date)}, ${s.time} (${s.timeZone}), ${s.durationMinutes} min`,
          {
            width,
          },
        );
      const where = [s.place, s.link].filter(Boolean).join('  ·  ');
      if (where)
        doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(printable(where), { width });
      if (s.agenda.trim()) blocks(s.agenda, 10);
      doc.moveDown(0.5);
    });
  }

  if (program.curriculum.length > 0) {
    section('Week by week');
    const weeks = [...new Set(program.curriculum.map((c) => c.week))].sort((a, b) => a - b);
    for (const week of weeks) {
      if (doc.y > doc.page.height - MARGIN - 50) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(`Week ${week}`, { width });
      for (const item of program.curriculum.filter((c) => c.week === week)) {
        doc
          .font('Helvetica')
          .fontSize(10.5)
          .fillColor(INK)
          .text(
            `${item.kind === 'prompt' ? 'Prompt' : 'Practice'}: ${printable(item.title)}`,
            MARGIN + 10,
            doc.y,
            {
              width: width - 10,
              lineGap: 1,
            },
          );
        doc.x = MARGIN;
      }
      doc.moveDown(0.5);
    }
  }

  section('Enroll');
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor(INK)
    .text(
      'Enrollment is your own choice. When every seat is taken you join the waitlist and are given the next free seat in turn.',
      { width, lineGap: 3 },
    );
  doc.moveDown(0.4);
  doc
    .font('Helvetica-Bold')
    .fillColor(ACCENT)
    .text(enrollUrl, { width, link: enrollUrl, underline: false });

  doc.end();
  return done;
}
