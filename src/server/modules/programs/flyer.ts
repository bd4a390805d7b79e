import type { Program } from '../../../contracts/programs';
import { plainBlocks } from '../../../core/plain-blocks';
import { BODY, BOLD, fontedPdf, headingRule } from '../../lib/pdf';

const ACCENT = '#1f5f5b';
const INK = '#24211e';
const MUTED = '#6b655e';
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
 * The printable flyer of a program, one A4 page or more: its title and dates, seats, the
 * description, the sessions with their local times, the curriculum by week, and where to enroll.
 * Names no one and counts no one but the seats.
 */
export async function programFlyer(
  program: Program,
  orgName: string,
  enrollUrl: string,
): Promise<Buffer> {
  const { doc, print, done } = await fontedPdf({
    margin: MARGIN,
    info: { Title: program.title, Author: orgName, Subject: 'Program flyer' },
  });
  const width = doc.page.width - 2 * MARGIN;

  const section = (title: string) => {
    doc.moveDown(1.2);
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.font(BOLD).fontSize(13).fillColor(ACCENT).text(print(title), { width });
    headingRule(doc, MARGIN, width);
    doc.moveDown(0.6);
  };
  const blocks = (markdown: string, size = 11) => {
    for (const block of plainBlocks(markdown)) {
      const text = print(block.text);
      if (block.kind === 'heading') {
        doc
          .moveDown(0.3)
          .font(BOLD)
          .fontSize(size + 1)
          .fillColor(INK)
          .text(text, { width });
      } else if (block.kind === 'item') {
        doc
          .font(BODY)
          .fontSize(size)
          .fillColor(INK)
          .text(`•  ${text}`, MARGIN + 10, doc.y, {
            width: width - 10,
            lineGap: 2,
          });
      } else {
        doc.font(BODY).fontSize(size).fillColor(INK).text(text, MARGIN, doc.y, {
          width,
          lineGap: 3,
        });
        doc.moveDown(0.4);
      }
      doc.x = MARGIN;
    }
  };

  doc.rect(0, 0, doc.page.width, 10).fill(ACCENT);
  doc.font(BODY).fontSize(11).fillColor(MUTED).text(print(orgName.toUpperCase()), MARGIN, MARGIN, {
    width,
    characterSpacing: 1.2,
  });
  doc.moveDown(0.4);
  doc.font(BOLD).fontSize(28).fillColor(INK).text(print(program.title), { width });
  doc.moveDown(0.3);
  doc
    .font(BODY)
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
        .font(BOLD)
        .fontSize(11)
        .fillColor(INK)
        .text(
          `${i + 1}.  ${longDate(s.date)}, ${s.time} (${s.timeZone}), ${s.durationMinutes} min`,
          {
            width,
          },
        );
      const where = [s.place, s.link].filter(Boolean).join('  ·  ');
      if (where) doc.font(BODY).fontSize(10).fillColor(MUTED).text(print(where), { width });
      if (s.agenda.trim()) blocks(s.agenda, 10);
      doc.moveDown(0.5);
    });
  }

  if (program.curriculum.length > 0) {
    section('Week by week');
    const weeks = [...new Set(program.curriculum.map((c) => c.week))].sort((a, b) => a - b);
    for (const week of weeks) {
      if (doc.y > doc.page.height - MARGIN - 50) doc.addPage();
      doc.font(BOLD).fontSize(11).fillColor(INK).text(`Week ${week}`, { width });
      for (const item of program.curriculum.filter((c) => c.week === week)) {
        doc
          .font(BODY)
          .fontSize(10.5)
          .fillColor(INK)
          .text(
            `${item.kind === 'prompt' ? 'Prompt' : 'Practice'}: ${print(item.title)}`,
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
    .font(BODY)
    .fontSize(11)
    .fillColor(INK)
    .text(
      'Enrollment is your own choice. When every seat is taken you join the waitlist and are given the next free seat in turn.',
      { width, lineGap: 3 },
    );
  doc.moveDown(0.4);
  doc.font(BOLD).fillColor(ACCENT).text(enrollUrl, { width, link: enrollUrl, underline: false });

  doc.end();
  return done;
}
