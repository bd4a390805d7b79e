import type { Random } from './random';

/** What seeded people are called, write about and practise: plain English, varied, harmless. */

export const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chiara',
  'Dmitri',
  'Esi',
  'Farah',
  'Gabriel',
  'Hana',
  'Ivan',
  'Jonas',
  'Keiko',
  'Lars',
  'Maya',
  'Nikhil',
  'Olu',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Amara',
  'Bruno',
  'Carmen',
  'Dev',
  'Elif',
  'Femi',
] as const;

export const LAST_NAMES = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Silva',
  'Novak',
  'Haddad',
  'Kowalski',
  'Mensah',
  'Rossi',
  'Schmidt',
  'Patel',
  'Nguyen',
  'García',
  'Andersen',
  'Ivanova',
  'Costa',
  'Fischer',
  'Yilmaz',
  'Brennan',
  'Kim',
  'Dubois',
  'Hughes',
  'Mbeki',
] as const;

export const TIME_ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'Africa/Lagos',
] as const;

export const TEAM_WORDS = [
  'Platform',
  'Payments',
  'Onboarding',
  'Research',
  'Support',
  'Design',
  'Data',
  'Growth',
  'Mobile',
  'Security',
  'Finance',
  'People',
  'Operations',
  'Sales',
  'Marketing',
  'Quality',
] as const;

export const VALUES = [
  ['Honesty', 'Say what I see, kindly.'],
  ['Curiosity', 'Ask before I assume.'],
  ['Patience', 'Let things take the time they take.'],
  ['Courage', 'Do the hard conversation first.'],
  ['Craft', 'Leave work better than I found it.'],
  ['Health', 'Keep the body that carries me.'],
  ['Family', 'Be there for the people at home.'],
  ['Learning', 'Stay a beginner somewhere.'],
] as const;

export const ASPIRATIONS = [
  ['career', 'Lead a team people want to join', 'A team that tells me the truth and grows'],
  ['health', 'Run a half marathon', 'Running twenty kilometres at an easy, steady pace'],
  ['learning', 'Speak Spanish with ease', 'Holding a real conversation without translating'],
  ['relationships', 'Be a present parent', 'Evenings with my kids without the phone'],
  ['career', 'Write clearly', 'Documents people read to the end and act on'],
  ['health', 'Sleep well', 'Seven and a half hours on most nights'],
  ['learning', 'Understand statistics', 'Reading a study and knowing what it shows'],
  ['relationships', 'Keep old friends close', 'A call with a friend every week'],
  ['career', 'Give useful feedback', 'Feedback that is specific, timely and kind'],
  ['health', 'Cook at home', 'Most dinners cooked from fresh food'],
] as const;

export const PRACTICES = [
  ['Morning pages', 'Three pages of longhand before work.'],
  ['Walk at lunch', 'Twenty minutes outside, no phone.'],
  ['Read 20 minutes', 'A book, not a feed.'],
  ['Spanish lesson', 'One lesson and ten new words.'],
  ['Ask one open question', 'In every meeting I lead.'],
  ['Stretch', 'Ten minutes before bed.'],
  ['Meditate', 'Ten minutes of sitting.'],
  ['Plan tomorrow', 'Three things that matter, written down.'],
  ['Run', 'Easy pace, any distance.'],
  ['Gratitude note', 'One thing that went well and why.'],
] as const;

export const LEARNING = [
  ['book', 'The Fifth Discipline', 'Peter Senge'],
  ['book', 'Thinking in Systems', 'Donella Meadows'],
  ['course', 'Statistics for everyone', 'Open University'],
  ['article', 'The ladder of inference', 'A blog'],
  ['mentoring', 'Monthly talks with a mentor', 'A senior colleague'],
  ['experience', 'Leading the autumn offsite', ''],
  ['book', 'Crucial Conversations', 'Patterson et al.'],
  ['course', 'Spanish A2', 'Evening school'],
] as const;

const OPENINGS = [
  'Today I noticed',
  'This morning',
  'In the team meeting',
  'On the walk home',
  'Tonight',
  'After lunch',
  'Again today',
  'For the first time in weeks',
  'Late in the afternoon',
];
const MIDDLES = [
  'I interrupted someone before they had finished',
  'I stayed calm when the plan changed',
  'I put off the hard email until it was too late to send',
  'I asked a question instead of giving the answer',
  'the review went better than I expected',
  'I felt tired and short with people',
  'I made time for the practice even though the day was full',
  'I said yes to something I should have declined',
  'a colleague thanked me for the feedback last week',
  'I caught myself assuming what the customer wanted',
  'the run felt easy for the first time',
  'I listened to the whole story before deciding',
];
const CLOSINGS = [
  'Next time I want to pause first.',
  'I think it matters more than I admit.',
  'It felt small, but it was a step.',
  'I am not sure what to make of it yet.',
  'Tomorrow I will try the same again.',
  'There is a pattern here worth watching.',
  'That is the gap between where I am and where I want to be.',
  'I would like to talk about it in my next one-on-one.',
];

/** A reflection's body: one short line most days, a few paragraphs on some. */
export function reflectionBody(random: Random): string {
  const paragraphs = random.chance(0.6) ? 1 : random.int(2, 4);
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p += 1) {
    const sentences = random.int(1, paragraphs === 1 ? 3 : 5);
    const lines: string[] = [];
    for (let s = 0; s < sentences; s += 1) {
      lines.push(
        s % 2 === 0 ? `${random.pick(OPENINGS)} ${random.pick(MIDDLES)}.` : random.pick(CLOSINGS),
      );
    }
    parts.push(lines.join(' '));
  }
  return parts.join('\n\n');
}

export const FEEDBACK_QUESTIONS = [
  'How did I run the planning meeting?',
  'Was my design review useful to you?',
  'How do I come across when I disagree?',
  'What should I keep doing in our one-on-ones?',
] as const;

export const PROGRAMS = [
  ['Personal mastery, spring cohort', 'Eight weeks of vision, reality and daily practice.'],
  ['Leading conversations', 'Six weeks on advocacy, inquiry and the ladder of inference.'],
] as const;
