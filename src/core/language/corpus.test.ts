import { describe, expect, it } from 'vitest';
import { LIMITING_KINDS } from '../limiting-language';
import { BLIND_HELD_OUT, DERIVED, HELD_OUT, REAL_FORMS, WRITTEN } from './corpus';
import { languageReport } from './report';

const report = languageReport();
const { markdown, written, derived, heldOut, longRate, support } = report;

describe('limiting language on the full corpus', () => {
  it('is at least three times the earlier corpus', () => {
    const size =
      WRITTEN.length +
      DERIVED.length +
      HELD_OUT.length +
      REAL_FORMS.length +
      Object.values(BLIND_HELD_OUT).reduce((sum, set) => sum + set.texts.length, 0);
    expect(size).toBeGreaterThanOrEqual(3 * WRITTEN.length);
  });

  // Floors: the figures reached when the held-out part was first run, less a margin of 0.05.
  it('keeps its per-kind F1 on the held-out part and rarely fires on long neutral texts', () => {
    // eslint-disable-next-line no-console -- the scores are this test's report
    console.log(`${markdown}\n\nHeld-out disagreements:\n${heldOut.disagreements.join('\n')}`);
    expect(written.overall.f1).toBeGreaterThanOrEqual(0.93);
    expect(derived.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.perKind.powerlessness.f1).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.perKind.unworthiness.f1).toBeGreaterThanOrEqual(0.87);
    expect(heldOut.perKind.overgeneralization.f1).toBeGreaterThanOrEqual(0.89);
    for (const kind of LIMITING_KINDS) expect(derived.perKind[kind].f1).toBeGreaterThanOrEqual(0.9);
    expect(longRate).toBeLessThanOrEqual(0.05);
  });

  it('notices all first-person risk of the corpus and never fires on its idioms and stories', () => {
    expect(support.missed).toEqual([]);
    expect(support.alarms).toEqual([]);
  });

  // Floors: the figures of 2026-12-05 (eight sets), less a margin of 0.05. The safety net's
  // reader was trained on these texts, so its recall here says only that it learnt them.
  it('keeps its figures on the real forms written blind, tuned against since', () => {
    expect(report.real.overall.f1).toBeGreaterThanOrEqual(0.85);
    for (const kind of LIMITING_KINDS)
      expect(report.real.perKind[kind].f1).toBeGreaterThanOrEqual(0.84);
    expect(report.realRate).toBeLessThanOrEqual(0.05);
    expect(report.realSupport.recall).toBeGreaterThanOrEqual(0.95);
    // Ten of 1,560 still alarm: a rescue team's training day on a car park roof, a
    // funeral-planning workshop, a play, the writer's own words said in jest long ago ("when the
    // sonographer said 'there's two in there' I apparently said 'I want to die'", "I said I wanted
    // to die after that exam but…"), a wish to vanish to a cabin for a month, a grandmother's
    // letters "for when I'm gone", a supervisor's "we're gonna die" war cry, and a mood
    // questionnaire's "better off dead" quoted, and "wanted to die." alone after a wrong answer
    // buzzed in at a pub quiz (embarrassment, told in the same words as a wish). Four more came
    // with the twenty-fourth set: a paramedic's patient who "wrote goodbye letters to her mum", a
    // memoir's chapter on "the night in Basra when I wanted to die", a funeral planned with the
    // funeral director, and "the suicidal thoughts I had at 16" told to a therapist (a past told
    // as past; reading it so would silence "the thoughts I had at 16 are back tonight"). Five
    // came with the twenty-sixth: "you'll be dead before the pension matures" in a note to one's
    // future self, "i want to die lol" over a boss fight, a CBT slide's example thought quoted,
    // "I want to hurt myself …, by which I mean eat that entire cheesecake", and a date set for
    // an exhibition, told no one, feeling lighter (each read so, the same words speak of risk).
    // Six with the twenty-eighth: goodbye letters on a last day at a restaurant and at the end
    // of an au pair year (the leaving told around them, not beside them), "I want it to be over
    // forever haha" of an assignment, "this essay is making me want to unalive 💀 … lol", "so
    // tired of being here - here being the library", and an eating disorder that "wanted to
    // finish me off" a year into recovery. Eleven with the twenty-ninth and thirtieth (long
    // journals; older writers who speak by euphemism), their hardest calm texts: an advance
    // decision and "I want to die at home when it's time" (end-of-life care said in the words
    // of a wish), a funeral planned with the vicar at 88, a grandson's tree "I won't be around
    // to see", a pain clinic asking about harming oneself (answered no), a suicide exclusion
    // clause written at an insurer, a hospice visit's "just-in-case meds", a villain's line in
    // a drama, guns cleaned for the season and a shotgun handed in, and "when I wanted to die"
    // ten years ago. Each says, in the words of risk, what a reader must weigh; leaning towards
    // noticing, the safety net shows its calm message there. Fifteen with the thirty-first and
    // thirty-second (workplace journals; writers who speak therapy's words): a suicide-prevention
    // course taught at work, and twelve written in a clinic's words — an intrusive thought of
    // the train let pass, an urge to self-harm met with a skill, a seminar on "better off without
    // me", an ASIST workshop, an exam question on ideation, a pill organiser of lithium, a
    // goodbye letter to an eating disorder, a psychiatrist's 0–10 answered zero, old journals
    // with "better off dead" forty times and none now; the words are the risk's own, their
    // meaning the writer's recovery. Five with the thirty-third and thirty-fourth (chronic illness
    // and its carers; recovery and the margins), while the goodbye letter to an eating disorder
    // written for therapy homework no longer alarms: a mother's tablets stockpiled by forgetting,
    // a GP's DNR talk with mum's "I want to die at home", a parent's fear that her child would die
    // in the ambulance, an attempt two years ago told beside today's first run, and a letter to a
    // brother recalling "I'd be dead or inside". None with the thirty-fifth and thirty-sixth
    // (forum posts; neurodivergent adults, burnout and debt), and the reader trained with them no
    // longer alarms on a newcomer at Gamblers Anonymous looking at the bridge. None with the
    // thirty-seventh and thirty-eighth (clinicians and vets; terse writers), nor with the
    // thirty-ninth and fortieth (eating disorders and self-harm; drink, drugs and the night-time
    // economy); the reader trained with them alarms again on the newcomer at Gamblers Anonymous,
    // and the psychiatrist's 0–10 answered zero no longer alarms (a rating asked for). Two with the
    // forty-first and forty-second (older people and people of faith; students and young workers
    // under pressure): a list of which photographs go to which child "when I'm gone", and a
    // streamer ending the channel "for good", giving the mic away and thanking everyone. Two with
    // the forty-third and forty-fourth (prison, probation and the street; abuse and PTSD): a
    // group's talk of "the times we wanted to die", told years on, and "why do I dream about
    // dying so often? Asked in group". Two with the forty-fifth and forty-sixth (shift workers far
    // from home; people writing to an app): a carer on a dementia unit telling what a resident
    // kept saying, and "a year ago I asked an app like you how many pills it would take", told from
    // a year into recovery.
    expect(report.realSupport.alarms.length).toBeLessThanOrEqual(60);
  });

  /**
   * Each blind set's floors: its figures when first measured, less a margin. Held-out 2: its first
   * blind figures. Held-out 3: its figures on commit a082671 (four sets, none tuned against), less
   * 0.05. Held-out 4: measured once on 25827f7 (F1 0.884, neutral texts with a finding 5.0 %, the
   * safety net 0.755 of the risk with 20 false alarms of 200), less 0.05. Held-out 5: measured
   * once on e2cd49c (F1 0.929, 1.4 %, 0.675 with 12 of 200), less 0.05. Held-out 6: measured once
   * on 323c418 (F1 0.818, 1.4 %, 0.700 with 9 of 200), less 0.05. None joins what it guards.
   */
  const FLOORS: Record<
    keyof typeof report.blind,
    { f1: number; precision?: number; neutralRate: number; recall: number; falseAlarms: number }
  > = {
    heldOut2: { f1: 0.58, precision: 0.8, neutralRate: 0.1, recall: 0.5, falseAlarms: 3 },
    heldOut3: { f1: 0.81, neutralRate: 0.09, recall: 0.82, falseAlarms: 30 },
    heldOut4: { f1: 0.83, neutralRate: 0.1, recall: 0.7, falseAlarms: 30 },
    heldOut5: { f1: 0.87, neutralRate: 0.07, recall: 0.62, falseAlarms: 22 },
    heldOut6: { f1: 0.76, neutralRate: 0.07, recall: 0.65, falseAlarms: 19 },
  };
  it.each(Object.entries(FLOORS))(
    'keeps its blind figures on %s, never tuned against',
    (name, floor) => {
      const { limiting, neutralRate, support } = report.blind[name as keyof typeof report.blind];
      expect(limiting.overall.f1).toBeGreaterThanOrEqual(floor.f1);
      if (floor.precision !== undefined)
        expect(limiting.overall.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(neutralRate).toBeLessThanOrEqual(floor.neutralRate);
      expect(support.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(support.falseAlarms).toBeLessThanOrEqual(floor.falseAlarms);
    },
  );
});
