import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLimitingLanguage } from '../limiting-language';
import { analyse } from './nlp';
import { needsSupport, plainWords, rulesSpeakOfRisk } from './support';

const kinds = (text: string) => findLimitingLanguage(text).map((f) => f.kind);

describe('limiting language in the forms of issue 13', () => {
  it.each([
    ['Everything I try goes wrong.', 'overgeneralization'],
    ["I've always been the one nobody calls.", 'overgeneralization'],
    ['I can never get it right.', 'overgeneralization'],
    ['All my life I have never been chosen first.', 'overgeneralization'],
    ['nothing ever goes well', 'overgeneralization'],
    ['people always ignore me', 'overgeneralization'],
    ["I'm always so forgetful", 'overgeneralization'],
    ["I'm a useless person", 'unworthiness'],
    ['I am such a terrible friend', 'unworthiness'],
    ["I'm not funny or interesting enough", 'unworthiness'],
    ["I'm not capable of running a team", 'unworthiness'],
    ["it means I'm not competent", 'unworthiness'],
    ["I can't change who I am", 'powerlessness'],
    ["I'm a sorry excuse for a father", 'unworthiness'],
    ["I'm such a bitter old man", 'unworthiness'],
    ["i'm no use to anybody now", 'unworthiness'],
    ["It's always like this with me", 'overgeneralization'],
  ])('finds %j as %s, and says why', (text, kind) => {
    const findings = findLimitingLanguage(text);
    expect(findings.map((f) => f.kind)).toEqual([kind]);
    expect(findings[0]!.why.length).toBeGreaterThan(20);
  });

  it.each([
    "I can't afford therapy",
    "I can't lift it",
    "I can't take them because of my heart",
    "she responded, 'I can't do this'",
    'he muttered I can’t be bothered',
    // An apology, a feeling, a purse: states, not labels.
    "I'm sorry I was late, I told her so",
    'kissed her head and told her i am sorry',
    "I'm miserable today, the rain hasn't stopped",
    "I'm poor this month until payday",
  ])('leaves the practical limit, the state or the other person’s words %j alone', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('scopes by clause, not punctuation: a far-off "if" or "used to" suppresses nothing', () => {
    expect(
      kinds('if the train is late i take the bus its fine but honestly i cant stop worrying'),
    ).toEqual(['powerlessness']);
    expect(kinds('i used to swim every day and now i cant get out of bed')).toEqual([
      'powerlessness',
    ]);
    expect(kinds("if I can't get the visa I'll fly in March")).toEqual([]);
  });

  it('reads words that are also names of properties of an object ("constructor")', () => {
    expect(kinds('I can never be a constructor of anything, I always fail at it.')).toEqual([
      'overgeneralization',
      'overgeneralization',
    ]);
    expect(kinds('toString hasOwnProperty __proto__ valueOf: I am worthless')).toEqual([
      'unworthiness',
    ]);
  });

  it('cuts run-on text into clauses at a new subject', () => {
    const { clauses } = analyse('everything i try fails i have always been the one nobody picks');
    expect(clauses).toHaveLength(2);
  });
});

describe('the safety net', () => {
  it.each([
    'I deserve to die',
    'everyone would be better off without me',
    'I wrote goodbye letters',
    'I want it all to stop for good',
    'i dont want to be here anymore',
    'some nights i think about killing myself',
    'I have been self harming again',
    'i keep selfharming',
    'the urge to self harm is back',
    // Said in other words: a wish or thought, then dying or harm; a means with a mind to it;
    // self-injury; hints of two kinds (a time and things given away, a goodbye and no blame).
    'i keep hoping i just wont wake up tomorrow',
    'sometimes i think about taking all my pills at once',
    'honestly the thought of not being here anymore is the only thing that calms me down',
    'kept the sleeping tablets back this week. i know what theyre for',
    'scratched my arms raw again in the loo at work',
    'nobody would even miss me if i was gone',
    'picked a date. gave my bike to my brother today',
    'letters for my kids are in the drawer. its not anyones fault',
    // A place or a time that reads as a role or the past only when it is one.
    "they'd all be better off without me in their lives",
    'years ago I thought it too, and I still think everyone would be better off without me',
    "i don't want to exist any more",
  ])('notices %j', (text) => {
    expect(needsSupport(text)).toBe(true);
  });

  // The rules alone (the reader has read the sets these meanings came from).
  it.each([
    // Asked of oneself.
    'should i just end it before the review. asking myself that for real',
    'is it selfish to end it before the wedding?',
    // No strength left to live; rather that than go on; not existing; an accident wished for.
    'there is no will left in me to keep going, honestly no strength left to live',
    "i'd rather die than go on like this much longer",
    "don't want to exist after this term",
    'walking home along the ring road hoping a lorry hits me',
    // Harm done on purpose; a way named for oneself; being no one's problem much longer.
    'shut my fingers in the drawer on purpose so the noise in my head would stop',
    'better i finish myself quietly before the contract ends',
    "honestly i won't be anyone's burden for much longer",
    'the world would be quieter without me in it',
    'stopped taking my heart tablets. not telling the gp. let nature decide',
    // Two hints of different kinds: a means and a time, an arrangement and a secret.
    'bought a length of rope at the hardware store. tonights the night i reckon',
    'updated my beneficiary forms at work. she doesnt know why',
    'the contract ends in august and honestly so do i',
    'i want to stop. not the course. me. stop being',
    // Hints: a time with nothing after it, a gift named by whom it goes to, a secret.
    'gave Priya my good watch on Friday. she can have it after.',
    "texted my cousin my bank login. he doesn't know what it's for",
    'wrote a letter to my daughter to open when she is older. not planning on being around by then',
    // An ending said to be one's own; asked; a way out by the car, the cabinet, a handful.
    'thinking of calling it quits for good. not the band. me.',
    'is there any point going on? honestly asking',
    'sat in the van with the engine running and a pipe from the shed',
    'after the exams I am taking everything in the medicine cabinet',
    'took a handful of my sleeping tablets tonight to see what happens',
    'burned my arm on the oven door on purpose again tonight',
    "the family would be better rid of me, I'm only a cost",
    // Hints: a pet given with a false reason; last words.
    "gave the dog to my brother 'for a few weeks'. that's not really why",
    "goodbye, team. this is the last thing I will write here. this is the last thing I'm writing",
    // Not alive for a day to come; a last entry; written into the skin; a barrel; God asked.
    'kissed her head and told her i am sorry i will not be here for her first birthday',
    'this is probably my last entry. thank you journal for listening',
    'scratched "useless" into my forearm with a needle from the kit',
    'put the barrel of my rifle under my chin in the guard post. did not pull',
    "Lord I'm asking You to let me go. Let me fall asleep tonight and wake up with You.",
    'I have been counting down. 9 days left. Then it is quiet for good.',
    // Hints: affairs and a loaded gun; gifts and arrangements made; a playlist and a joke.
    'Got my affairs squared away. Gave Tommy my Purple Heart yesterday and the .45 is oiled.',
    "Gave my commendations and my old warrant card to my son today. I've made the arrangements for myself, quietly.",
    'Made a playlist for my funeral today. Sent it to my brother, said it was a joke.',
    // A fear of dying, then a wish.
    'I thought I was going to die and honestly I wish I had.',
    // Feeling suicidal, following a dying parent, no next month, a medicine's amount; by ear.
    'Feeling suicidal again. Third time this week.',
    'mums got weeks left and ive told myself when she goes i go too',
    "there won't be an April for me",
    'asked a friend how much insulin it would take and said it was for a book',
    'i dont want to be hear enymore',
    'Situation: voicemail\nThought: she will be sad but she will get over me\nPlan: Sunday.',
    // Algospeak in plain words; what one will do, with a time that is now; the only way.
    'thinking about sewerslide again. like seriously thinking',
    'i want to unalive myself and i am not even joking this time',
    "i'm going to ctb this month",
    'relapsed on sh. it is the only thing that works rn',
    'I want to fall asleep and just not come back. Tonight I will take all the tablets.',
    'suicide is the only door I see now',
    'I am finished with this life.',
    // Long entries and euphemism (the twelfth round): a time that is now, death asked for, a
    // plan to be dead, harm to one's own skin, hints of two kinds.
    "I'm ending it this weekend. No sense writing more than that.",
    'I do not wish to continue living.',
    'I pray every night not to wake.',
    "I have prayed and prayed for death to come and it won't.",
    'I am ready to go home to the Lord and I do not intend to wait for Him to send for me.',
    "Shan't trouble anyone much longer.",
    "I don't plan to be alive to see the new year.",
    'Stubbed a cigarette out on my arm again, the third this week.',
    'Whoever finds me, please see the cat is fed. I am sorry for what you will find.',
    'I have the paracetamol from the cupboard, two boxes. Tonight then.',
    // What a calm reading must not silence: a diagnosis beside a wish, out of hope, in no hurry
    // about the means, the writer's own "I said", a means on the bed, a goodbye as written.
    'My OCD is awful. I wish I was dead. I felt sick all day.',
    "I've written my goodbye letters as I'm out of hope.",
    "Counting the paracetamol again, it calms me. I'm in no hurry about it.",
    "Mum rang and they asked how I was and I said I'm better off dead.",
    "Going to overdose on my bed after everyone's asleep.",
    "When you read this I'll be gone.",
    "I've stopped eating so I can go",
    "I'm feeling really suicidal",
  ])('notices %j by its rules', (text) => {
    expect(rulesSpeakOfRisk(text)).toBe(true);
  });

  it.each([
    'this deadline is killing me',
    'my grandmother died',
    // The same words, calm: a relationship ended, a life welcomed, a job, a tin, a holiday.
    'I am ending it with Jake this weekend, it is not fair on either of us.',
    "I'm not waiting for death, I'm living.",
    "I don't expect to be alive next Christmas, the consultant says, so we are going to Rome.",
    'I cut myself on the tin opening the beans.',
    'Please make sure the cat is fed while I am in Spain, back on the 12th.',
    'Goodbye Lisbon! Back next spring, I hope. Last entry of the trip journal.',
    'we need to kill the feature',
    "I'm dying to try that place",
    'she said she wants to die of embarrassment',
    'I would never kill myself',
    'I should cut myself some slack this week',
    'I want to end it with him but I am scared',
    'I like dying my hair pink',
    'my phone died halfway through the call',
    'my best friend told me she has been having suicidal thoughts',
    'two years ago I was cutting most nights, now I have tools for it',
    "I'd die for a coffee right now",
    'suicide prevention training today was heavy but useful',
    'picked a date for the wedding and booked the venue',
    // A role, a time off, a form filled in, a year gone by, a saying.
    'kms if i have to sit through one more budget meeting',
    'the office would be better off without me on the project this sprint, swapping with Sam',
    'so tired I want to switch my phone off and not exist for a whole weekend',
    'mood log for the counsellor. thoughts of suicide: none',
    'In 2016 I wanted to die. Therapy, a dog and a new job later, I am glad I stayed.',
    // A will of another's, a question asked of the writer, a past told as past.
    "counting out mam's pills into the dosette box, my sunday job",
    'the nurse asked me, was i having thoughts of harming myself. i said no and meant it',
    'five year ago i took a lot of tablets and woke up in hospital. today i ran my first 10k',
    'the team will be fine without me for the week while I am on leave',
    'some days i feel like im dying inside at these council meetings about carpet',
    'the pain nurse asked, like she always does, if i had had any thoughts of ending my life. not for years',
    'my friend told me shes been thinking about ending it, so i drove four hours to be with her',
    "I'll sleep when I'm dead, says every new parent",
    // A form answered, a form's question, a chore, a schedule, a fence, a past, a client.
    'screening at the GP: "better off dead" — not at all. sleep: poor.',
    "the form asked 'have you had thoughts you would be better off dead' and I ticked no",
    'scrubbed that bathroom till I wanted to die, got the deposit back',
    'mum is on paracetamol 1g four times a day and I keep checking the chart',
    'ordered rope and fence posts, finally fixing the gap the dog gets through',
    'I remember my second year, when I thought about ending it. That was 2014; now I mentor new starters.',
    'Client disclosed an overdose. We did a safety plan together and I checked she has the number.',
    'He said on the phone, "you would all be better off without me." I drove straight over.',
    // An errand, a safety plan kept, someone else's words and wish, a chore, a form.
    'need to pick up my pills from the pharmacy tomorrow',
    "we agreed a plan: I've locked away all the tablets and the razors, and she has the number",
    "Dad told the nurse 'I want to die, take me home'. It's the dementia talking.",
    'the bride’s mother wanted me dead after I ruined the veil lol',
    'killing myself lifting these feed sacks, need a trolley',
    'questionnaire: "thoughts that you would be better off dead?" Not at all.',
    'I need a break. Not from work. From everything.',
    'Picked myself up after the slip, day 1 again, now on day 40.',
    'checking a leaflet: "In case of overdose, contact your doctor." Three proofs done.',
    'Cut my hand on the fence wire, bit of blood, jab is up to date.',
    'Made my will with a solicitor and named a guardianship for the kids if anything happens. Felt grown up.',
    'I was in a bad way in my first year and had thoughts of not being here. That is behind me.',
    'the winter after the divorce I thought about not waking up; this spring I planted the whole lane',
    // A day missed for a reason, a fear of dying, a hurt at sport, a past, a loved one's things.
    "I won't be here for christmas this year, I'm on deployment till march",
    'Tried a cold plunge at the gym. Thought I was going to die. Loved it.',
    'hurt myself at rugby today, properly. ankle like a balloon. physio thursday',
    'Seven years ago I gave away my stuff and said my goodbyes. Today I helped my neighbour move house.',
    "Today I gave away my late wife's sarees to the ashram, it was time. I felt lighter after.",
    "UC claim closed because I've started the part time job!!! Goodbye journal messages, won't miss you.",
    // The same words about a market, an office, a commute, a holiday.
    'I hope the crash comes soon so I can buy the dip, said every investor ever.',
    'Then it is quiet for good in the office once the builders leave.',
    "I can't keep doing this commute and I won't have to, the new job is remote!",
    "I'm done with this world of dating apps lol",
    "None of it will be my problem after Friday, I'm on holiday!",
    // Another's feeling, a past one, a fear said now, a joke's comparison, a place, a hotel.
    "my friend told me she's been feeling suicidal, how do i support her?",
    "I'm not suicidal, just exhausted",
    "I've been suicidal before, back in 2015. I'm not now.",
    'really scared im gonna die young like dad did, biopsy is next week',
    "I'd rather be dead than wear the new uniform hat lol",
    "I don't want to live in London anymore. Looking at places in Yorkshire.",
    'ready to check out permanently — of this hotel, I mean',
    // A thought named as intrusive and disowned, a nap, a treatment ended, a faith unhurried.
    "I had the thought of jumping in front of the train and it scared me. I'd never. Intrusive thought?",
    'going to die on my bed for 12 hours now',
    'Last chemo session today, no more chemo, finally!',
    "I know where I'm going and who'll be waiting for me there. But I'm in no hurry.",
    'theres a rope in the garage from when we moved house, need to take it to the tip',
    '',
  ])('leaves the idiom or the other person’s story %j alone', (text) => {
    expect(needsSupport(text)).toBe(false);
  });

  // The rules alone: algospeak and a time read as what they are.
  it.each([
    'ctb in 5 🚌 anyone need anything from the city',
    'delete myself era but only from tiktok lol',
    'kms this bug has been in prod for three days (kidding, fixing it rn)',
    "That song 'I want to die in your arms' plays in the kitchen every day",
    "i don't want to wake up tomorrow, it's my 6am shift",
    'the knife was so dull i almost cut myself chopping onions',
    'I will die one day like everyone, that is life',
  ])('leaves %j alone by its rules', (text) => {
    expect(rulesSpeakOfRisk(text)).toBe(false);
  });

  it('reads algospeak as the words it stands for, and other text as written', () => {
    expect(plainWords('planning my sewer slide, i wanna unalive')).toBe(
      'planning my suicide, i wanna die',
    );
    expect(plainWords('relapsed on sh again')).toBe('relapsed on self-harm again');
    expect(plainWords('sh, the baby is asleep')).toBe('sh, the baby is asleep');
    const plain = 'Nothing here changes at all.';
    expect(plainWords(plain)).toBe(plain);

    // Read once or twice, the same: the plain words hold no algospeak.
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('sewerslide', 'unalive', 'ctb', 'sh', 'to', 'on', 'i', 'want', ' ', ','),
          {
            maxLength: 12,
          },
        ),
        (parts) => {
          const once = plainWords(parts.join(' '));
          expect(plainWords(once)).toBe(once);
          expect(once).not.toMatch(/sewerslide|unalive/i);
        },
      ),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(typeof needsSupport(text)).toBe('boolean');
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
