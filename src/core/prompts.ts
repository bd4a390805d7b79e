/**
 * The reflection prompt library: one question a day, each with a plain "why" that says what the
 * question serves in personal mastery. Written for Praxis. Ids are stored with reflections and
 * daily deliveries, so an id, once published, never changes and is never reused; retire a prompt
 * by leaving it out of the library a caller passes, not by renaming it.
 */

export const PROMPT_THEMES = [
  'vision',
  'current_reality',
  'purpose',
  'values',
  'learning',
  'emotions',
  'beliefs',
  'compassion',
  'intuition',
  'patience',
  'weekly_review',
] as const;

export type PromptTheme = (typeof PROMPT_THEMES)[number];

/** `tension`: the prompt looks at the gap between vision and reality, or at lowering a vision. */
export type PromptTag = 'tension';

export type Prompt = {
  /** `<theme>-NN`, stable forever. */
  id: string;
  theme: PromptTheme;
  text: string;
  /** One sentence on what the prompt serves. */
  why: string;
  tags?: readonly PromptTag[];
};

const TENSION = ['tension'] as const;

export const PROMPTS: readonly Prompt[] = [
  // Vision: a concrete picture of what one chooses to create, and the tension it holds.
  {
    id: 'vision-01',
    theme: 'vision',
    text: 'Picture one aspiration fully realized. What do you see, hear and do on an ordinary day there?',
    why: 'A vivid picture of the result you want gives creative tension something to pull toward.',
  },
  {
    id: 'vision-02',
    theme: 'vision',
    text: 'Where is the gap between your vision and your current reality widest right now? Describe it without judging it.',
    why: 'Naming the gap plainly lets it become energy for change instead of a verdict.',
    tags: TENSION,
  },
  {
    id: 'vision-03',
    theme: 'vision',
    text: 'Have you lowered a vision lately? Was it a clear choice, or a way to make an uncomfortable gap go away?',
    why: 'Lowering a vision to ease discomfort is how goals quietly erode; seeing it lets you choose again.',
    tags: TENSION,
  },
  {
    id: 'vision-04',
    theme: 'vision',
    text: 'If nothing stood in the way, what would you want to create in the next year? Write it down before you edit it.',
    why: 'Separating what you want from what seems possible keeps a vision from shrinking before it starts.',
  },
  {
    id: 'vision-05',
    theme: 'vision',
    text: 'Hold one vision and its current reality side by side. What feeling comes up, and can you let it stay without changing either?',
    why: 'Creative tension often brings emotional tension; noticing it keeps you from easing it by lowering the vision.',
    tags: TENSION,
  },
  {
    id: 'vision-06',
    theme: 'vision',
    text: 'Which of your aspirations do you want for its own sake, not for what it might get you?',
    why: 'A vision valued for itself holds steadier than one that is only a means to something else.',
  },
  {
    id: 'vision-07',
    theme: 'vision',
    text: 'Choose one aspiration. What small step this week would move reality toward the vision, rather than the vision toward reality?',
    why: 'Tension resolves one of two ways; a concrete step chooses the one that raises reality.',
    tags: TENSION,
  },
  {
    id: 'vision-08',
    theme: 'vision',
    text: 'Three years from now, what would you like the people close to you to notice about your life?',
    why: 'Seeing your vision through the eyes of others can make it concrete and specific.',
  },
  {
    id: 'vision-09',
    theme: 'vision',
    text: 'Is there a vision you have stopped saying out loud? What made it go quiet?',
    why: 'Visions we stop voicing often erode in silence; naming one lets you decide whether to keep it.',
    tags: TENSION,
  },
  {
    id: 'vision-10',
    theme: 'vision',
    text: 'Describe one vision in a sentence a friend would understand, with one detail that makes it clearly yours.',
    why: 'A clear and specific vision is easier to keep in view on ordinary days.',
  },
  {
    id: 'vision-11',
    theme: 'vision',
    text: 'Think of a gap you have lived with for a long time. Is it still pulling you forward, or has it become background noise?',
    why: 'A gap can stay alive as creative tension or fade into resignation; checking which keeps the vision honest.',
    tags: TENSION,
  },

  // Current reality: seeing where one is, honestly and without blame.
  {
    id: 'current_reality-01',
    theme: 'current_reality',
    text: 'What is one fact about where you stand today that you have been reluctant to look at?',
    why: 'Seeing reality clearly, including the uncomfortable parts, is what makes creative tension useful.',
  },
  {
    id: 'current_reality-02',
    theme: 'current_reality',
    text: 'Pick one aspiration. Where are you on it today, from 0 to 10, and what evidence tells you so?',
    why: 'An honest rating with evidence gives you a fixed point from which to see movement.',
  },
  {
    id: 'current_reality-03',
    theme: 'current_reality',
    text: 'What is going well right now that you tend to overlook?',
    why: 'An objective view of reality includes strengths, not only gaps.',
  },
  {
    id: 'current_reality-04',
    theme: 'current_reality',
    text: 'Which habit shaped your last week more than you intended? Describe it the way a neutral observer would.',
    why: 'Describing a pattern without blame makes it easier to see and to change.',
  },
  {
    id: 'current_reality-05',
    theme: 'current_reality',
    text: 'If a fair and kind friend described your situation today, what would they say that you would not?',
    why: 'An outside view loosens the stories that color how we see our own reality.',
  },
  {
    id: 'current_reality-06',
    theme: 'current_reality',
    text: 'In broad strokes, how did you actually spend yesterday? What surprises you when you see it written down?',
    why: 'Looking at how time was really spent is a plain and reliable way to see current reality.',
  },
  {
    id: 'current_reality-07',
    theme: 'current_reality',
    text: 'Where have you been hoping things are better than they are? Write down what you actually know.',
    why: 'Separating what you know from what you hope keeps your picture of reality accurate.',
  },
  {
    id: 'current_reality-08',
    theme: 'current_reality',
    text: 'Where have you been telling yourself things are worse than they are? What does the evidence say?',
    why: 'Reality seen too darkly distorts the picture as much as reality seen too brightly.',
  },
  {
    id: 'current_reality-09',
    theme: 'current_reality',
    text: 'What do you have to work with right now (people, time, skills) that you have not been counting?',
    why: 'Current reality includes the resources you have, not only what is missing.',
  },
  {
    id: 'current_reality-10',
    theme: 'current_reality',
    text: 'What has changed in your situation over the last month, even slightly?',
    why: 'Noticing small changes keeps your picture of reality current instead of fixed.',
  },

  // Purpose: the why that visions serve.
  {
    id: 'purpose-01',
    theme: 'purpose',
    text: 'Choose one aspiration and write the why beneath it. What does it serve for you?',
    why: 'Purpose is the direction a vision serves; finding it beneath a goal gives the goal depth.',
  },
  {
    id: 'purpose-02',
    theme: 'purpose',
    text: 'Finish the sentence ‘I want to live in a way that…’ in three different ways.',
    why: 'Trying several phrasings helps your sense of purpose become words you recognize.',
  },
  {
    id: 'purpose-03',
    theme: 'purpose',
    text: 'When did you last feel part of something larger than yourself? What was happening?',
    why: 'Moments of meaning are clues to a purpose that is already at work in you.',
  },
  {
    id: 'purpose-04',
    theme: 'purpose',
    text: 'Name one vision that clearly serves your purpose. Is there one that seems to serve nothing you care about?',
    why: 'Purpose is not vision; seeing how they connect helps you keep the visions that matter.',
  },
  {
    id: 'purpose-05',
    theme: 'purpose',
    text: 'What would you keep working toward even if no one ever noticed?',
    why: 'What you would do unseen points to your purpose rather than to approval.',
  },
  {
    id: 'purpose-06',
    theme: 'purpose',
    text: 'If your purpose were fully lived, whose life would be different, and how?',
    why: 'A purpose often becomes clearer once you see whom it serves.',
  },
  {
    id: 'purpose-07',
    theme: 'purpose',
    text: 'Read your purpose as if for the first time. What still rings true, and what feels borrowed?',
    why: 'Purpose deepens over time; noticing what no longer fits keeps it your own.',
  },
  {
    id: 'purpose-08',
    theme: 'purpose',
    text: 'Which problem in the world do you find yourself coming back to, again and again?',
    why: 'A concern that keeps returning can reveal what you care about most deeply.',
  },

  // Values: what one stands for, seen in what one does.
  {
    id: 'values-01',
    theme: 'values',
    text: 'Which of your values showed up in something you did today? Describe the moment.',
    why: 'Seeing a value in a concrete action makes integrity visible rather than abstract.',
  },
  {
    id: 'values-02',
    theme: 'values',
    text: 'Where did something you did this week pull against a value you hold? What got in the way?',
    why: 'Noticing gaps between values and actions, without blame, is how alignment grows.',
  },
  {
    id: 'values-03',
    theme: 'values',
    text: 'If you could keep only three of your values, which would they be, and why those three?',
    why: 'Ranking values shows which ones guide you when they pull in different directions.',
  },
  {
    id: 'values-04',
    theme: 'values',
    text: 'Think of a decision in front of you. Which value would you like to lead it?',
    why: 'Choosing with a named value in mind turns values into a practical guide.',
  },
  {
    id: 'values-05',
    theme: 'values',
    text: 'Whose way of living one of your values do you admire? What do they actually do?',
    why: 'Seeing a value in someone else’s behavior shows what it could look like in yours.',
  },
  {
    id: 'values-06',
    theme: 'values',
    text: 'What is one small thing you could do tomorrow that would express a value you care about?',
    why: 'Values become real through small actions repeated over time.',
  },
  {
    id: 'values-07',
    theme: 'values',
    text: 'When two of your values pulled in different directions recently, how did you choose?',
    why: 'How you settle a conflict between values shows which one you truly put first.',
  },
  {
    id: 'values-08',
    theme: 'values',
    text: 'Is there a value you hold that your calendar does not yet reflect? What would a first step look like?',
    why: 'How time is spent is honest evidence of which values are being lived.',
  },
  {
    id: 'values-09',
    theme: 'values',
    text: 'Which value would the people who know you best say you live most fully?',
    why: 'Others often see our values in action more clearly than we do.',
  },

  // Learning: lifelong, and tied to what it serves.
  {
    id: 'learning-01',
    theme: 'learning',
    text: 'What did you learn this week that changed how you see something?',
    why: 'Learning that shifts how you see things is the kind that expands what you can create.',
  },
  {
    id: 'learning-02',
    theme: 'learning',
    text: 'Which skill would help one of your aspirations most if you grew it? What is one way to practice it?',
    why: 'Tying learning to what it serves keeps it focused and worth the effort.',
  },
  {
    id: 'learning-03',
    theme: 'learning',
    text: 'What feedback have you received lately that you have not yet fully taken in?',
    why: 'Feedback is material for learning; returning to it calmly lets it be useful.',
  },
  {
    id: 'learning-04',
    theme: 'learning',
    text: 'Which mistake from the past month taught you something? What would you try differently now?',
    why: 'Treating mistakes as information supports learning rather than self-criticism.',
  },
  {
    id: 'learning-05',
    theme: 'learning',
    text: 'Who could you learn from right now, and what would you ask them?',
    why: 'Mentors and peers speed up learning, and a specific question makes asking easier.',
  },
  {
    id: 'learning-06',
    theme: 'learning',
    text: 'What are you reading or studying at the moment, and which idea from it would you like to try out?',
    why: 'An idea sticks once it has been tested in your own life.',
  },
  {
    id: 'learning-07',
    theme: 'learning',
    text: 'Where do you feel like a beginner right now? What helps you stay curious there?',
    why: 'Staying open as a beginner is the attitude that keeps learning alive.',
  },
  {
    id: 'learning-08',
    theme: 'learning',
    text: 'What question have you been carrying lately that you do not yet know how to answer?',
    why: 'Open questions are where learning begins; naming them keeps them in view.',
  },
  {
    id: 'learning-09',
    theme: 'learning',
    text: 'Think of something that went well recently. What did it teach you, beyond the fact that it worked?',
    why: 'Successes hold lessons too, and they are easier to miss than the lessons of setbacks.',
  },

  // Emotions: naming feelings, responding rather than reacting.
  {
    id: 'emotions-01',
    theme: 'emotions',
    text: 'What are you feeling right now? Try a word more precise than good or bad.',
    why: 'Naming an emotion precisely helps you understand it and choose how to respond.',
  },
  {
    id: 'emotions-02',
    theme: 'emotions',
    text: 'Think of a moment today when you reacted quickly. What happened just before, and what did you feel?',
    why: 'Tracing a reaction back to its trigger and feeling opens room to respond differently next time.',
  },
  {
    id: 'emotions-03',
    theme: 'emotions',
    text: 'Describe a recent moment when you paused before responding. What made the pause possible?',
    why: 'Knowing what helps you pause strengthens your capacity to respond rather than react.',
  },
  {
    id: 'emotions-04',
    theme: 'emotions',
    text: 'Which emotion visited you most often this week? What might it be telling you?',
    why: 'A recurring emotion often carries information about what matters to you.',
  },
  {
    id: 'emotions-05',
    theme: 'emotions',
    text: 'Where in your body do you notice tension or ease right now? Which word fits it?',
    why: 'Sensations in the body are often the first sign of an emotion, before it has a name.',
  },
  {
    id: 'emotions-06',
    theme: 'emotions',
    text: 'Think of a situation coming up that may stir strong feelings. How would you like to respond?',
    why: 'Choosing a response ahead of time makes it easier to reach for when the moment comes.',
  },
  {
    id: 'emotions-07',
    theme: 'emotions',
    text: 'What brought you a moment of joy or calm today, however small?',
    why: 'Noticing pleasant emotions is as much a part of emotional awareness as noticing hard ones.',
  },
  {
    id: 'emotions-08',
    theme: 'emotions',
    text: 'Is there a feeling you have been pushing aside? What would it say if you let it speak for a minute?',
    why: 'An emotion that is acknowledged tends to lose its grip on how we react.',
  },
  {
    id: 'emotions-09',
    theme: 'emotions',
    text: 'How did someone else’s mood affect yours today? What did you do with it?',
    why: 'Seeing how feelings pass between people helps you respond with awareness.',
  },
  {
    id: 'emotions-10',
    theme: 'emotions',
    text: 'Recall a reaction you later regretted. Without blaming yourself, which response would you choose now?',
    why: 'Replaying a moment with a chosen response builds the habit of responding rather than reacting.',
  },

  // Beliefs: noticing powerlessness and unworthiness in one's own words, and examining them.
  {
    id: 'beliefs-01',
    theme: 'beliefs',
    text: 'Finish the sentence ‘I can’t…’ with something that crossed your mind this week. Is it a fact, or a belief?',
    why: 'Powerlessness often hides in everyday words; noticing them lets you ask whether they are true.',
  },
  {
    id: 'beliefs-02',
    theme: 'beliefs',
    text: 'Is there something good you hesitate to want because part of you feels you do not deserve it?',
    why: 'A belief in your own unworthiness quietly limits what you let yourself aim for.',
  },
  {
    id: 'beliefs-03',
    theme: 'beliefs',
    text: 'Take one gap between a vision and your current reality. What belief about yourself makes it feel permanent?',
    why: 'A limiting belief can turn a gap into a verdict; seeing the belief loosens its hold.',
    tags: TENSION,
  },
  {
    id: 'beliefs-04',
    theme: 'beliefs',
    text: 'Choose a belief that holds you back. What evidence do you have against it, even small pieces?',
    why: 'Looking for evidence against a belief weakens one that has gone unexamined.',
  },
  {
    id: 'beliefs-05',
    theme: 'beliefs',
    text: 'When you last lowered or let go of a goal, what did you tell yourself about why? Does it still sound true?',
    why: 'The reasons we give for lowering a vision often carry a belief worth examining.',
    tags: TENSION,
  },
  {
    id: 'beliefs-06',
    theme: 'beliefs',
    text: 'Notice a time you said ‘always’ or ‘never’ about yourself recently. What would a more accurate sentence be?',
    why: 'Overgeneralizing turns a single event into a rule; rewording it restores perspective.',
  },
  {
    id: 'beliefs-07',
    theme: 'beliefs',
    text: 'Which belief about yourself helps you most? Where did it come from?',
    why: 'Empowering beliefs are worth knowing too, so you can lean on them on purpose.',
  },
  {
    id: 'beliefs-08',
    theme: 'beliefs',
    text: 'If you fully believed you could close one gap, what would you do differently this week?',
    why: 'Acting as if a limiting belief had loosened shows what it has been costing you.',
    tags: TENSION,
  },
  {
    id: 'beliefs-09',
    theme: 'beliefs',
    text: 'Whose voice does one of your limiting beliefs sound like? Do you still agree with it?',
    why: 'Many beliefs are inherited; recognizing where one came from makes it easier to question.',
  },
  {
    id: 'beliefs-10',
    theme: 'beliefs',
    text: 'Which of your aspirations feels too big for someone like you? What makes it feel that way?',
    why: 'Unworthiness often shows up as a vision that feels too large; naming it helps you keep the vision.',
    tags: TENSION,
  },
  {
    id: 'beliefs-11',
    theme: 'beliefs',
    text: 'What would change if you saw the gap you feel as energy, rather than as proof of falling short?',
    why: 'Seeing the gap as creative tension rather than failure is what lets a vision last.',
    tags: TENSION,
  },

  // Compassion: for oneself and for others.
  {
    id: 'compassion-01',
    theme: 'compassion',
    text: 'What would you say to a good friend in your situation today? Can you say it to yourself?',
    why: 'Treating yourself as you would a friend makes honest reflection easier to sustain.',
  },
  {
    id: 'compassion-02',
    theme: 'compassion',
    text: 'Think of someone whose behavior frustrated you recently. What might they have been dealing with?',
    why: 'Considering what others carry can turn frustration into understanding.',
  },
  {
    id: 'compassion-03',
    theme: 'compassion',
    text: 'Where have you been hard on yourself this week? What would a kinder, still honest view be?',
    why: 'Kindness and honesty work together; kindness makes it safe to see reality.',
  },
  {
    id: 'compassion-04',
    theme: 'compassion',
    text: 'Who has supported your growth without being asked? How might you thank them?',
    why: 'Noticing the support you receive strengthens connection and the wish to support others.',
  },
  {
    id: 'compassion-05',
    theme: 'compassion',
    text: 'What is one way you could make someone’s day a little easier tomorrow?',
    why: 'Small acts of care keep personal growth connected to the people around you.',
  },
  {
    id: 'compassion-06',
    theme: 'compassion',
    text: 'Recall a mistake you made. What did you need back then that you could offer yourself now?',
    why: 'Meeting past mistakes with care frees energy for learning.',
  },
  {
    id: 'compassion-07',
    theme: 'compassion',
    text: 'Whose growth do you care about? What do you see in them that they may not see yet?',
    why: 'Seeing the potential in others is the start of supporting their own mastery.',
  },
  {
    id: 'compassion-08',
    theme: 'compassion',
    text: 'Think of someone you disagree with. What might you both want, underneath the disagreement?',
    why: 'Finding a shared wish beneath a conflict makes compassion practical.',
  },
  {
    id: 'compassion-09',
    theme: 'compassion',
    text: 'What part of your life is hard right now? Acknowledge it in one kind sentence.',
    why: 'Acknowledging difficulty gently is part of seeing reality as it is.',
  },

  // Intuition: what one senses before one can explain it, alongside reason.
  {
    id: 'intuition-01',
    theme: 'intuition',
    text: 'What have you sensed lately but not yet been able to explain? Write it down without defending it.',
    why: 'An intuition is easier to look at and test once it is written down plainly.',
  },
  {
    id: 'intuition-02',
    theme: 'intuition',
    text: 'Recall a decision where your gut feeling and your reasoning agreed. What did that feel like?',
    why: 'Knowing how agreement between intuition and reason feels helps you recognize it again.',
  },
  {
    id: 'intuition-03',
    theme: 'intuition',
    text: 'Is there a choice in front of you where your first instinct differs from your analysis? Describe both.',
    why: 'Personal mastery brings reason and intuition together rather than choosing one over the other.',
  },
  {
    id: 'intuition-04',
    theme: 'intuition',
    text: 'When was your intuition wrong? What might have been mixed into it: fear, hope, or habit?',
    why: 'Looking at a missed intuition sharpens the next one without dismissing it.',
  },
  {
    id: 'intuition-05',
    theme: 'intuition',
    text: 'If you had ten seconds to decide something important you are weighing, what would you choose?',
    why: 'A quick answer can bring up what you already know beneath the arguments.',
  },
  {
    id: 'intuition-06',
    theme: 'intuition',
    text: 'What pattern are you starting to notice in your life or work that no one has named yet?',
    why: 'Intuition often sees connections and wholes before analysis can.',
  },
  {
    id: 'intuition-07',
    theme: 'intuition',
    text: 'When do your best ideas tend to arrive? How could you make more room for those moments?',
    why: 'Intuition needs quiet space; knowing when it shows up lets you make room for it.',
  },
  {
    id: 'intuition-08',
    theme: 'intuition',
    text: 'What hunch about one of your aspirations have you not acted on yet? What would a small test look like?',
    why: 'Small experiments let intuition and evidence inform each other.',
  },

  // Patience: steady progress over time.
  {
    id: 'patience-01',
    theme: 'patience',
    text: 'What progress have you made over the past few months that is easy to miss from day to day?',
    why: 'Steady progress is often invisible up close; looking back makes it visible.',
  },
  {
    id: 'patience-02',
    theme: 'patience',
    text: 'Which of your practices is slowly getting stronger? What helps you keep coming back to it?',
    why: 'Patience is built from coming back again and again, not from never missing a day.',
  },
  {
    id: 'patience-03',
    theme: 'patience',
    text: 'Where are you wanting results faster than they can come? What pace could you keep up?',
    why: 'A pace you can sustain protects a vision from the frustration that can erode it.',
  },
  {
    id: 'patience-04',
    theme: 'patience',
    text: 'Think of something you do well now that once felt hard. How long did it take to get there?',
    why: 'Remembering past growth makes the time that present growth needs feel reasonable.',
  },
  {
    id: 'patience-05',
    theme: 'patience',
    text: 'What is one thing you could simply keep doing this week without needing it to show results yet?',
    why: 'Patience means trusting a practice before it pays off.',
  },
  {
    id: 'patience-06',
    theme: 'patience',
    text: 'After a missed day or a setback, what helps you begin again without feeling you start from zero?',
    why: 'Returning gently after a gap matters more than an unbroken record.',
  },
  {
    id: 'patience-07',
    theme: 'patience',
    text: 'What are you waiting for at the moment? How would you like to spend the waiting?',
    why: 'Patience is not passive; choosing how you wait keeps you engaged with what matters.',
  },
  {
    id: 'patience-08',
    theme: 'patience',
    text: 'Which slow change in your life would you like to acknowledge today?',
    why: 'Acknowledging slow change keeps long-term commitments alive.',
  },

  // Weekly review: looking back on the week as a whole.
  {
    id: 'weekly_review-01',
    theme: 'weekly_review',
    text: 'Looking back on this week, what moved you closer to one of your visions?',
    why: 'A weekly look at progress connects daily actions to the visions they serve.',
  },
  {
    id: 'weekly_review-02',
    theme: 'weekly_review',
    text: 'Which of your top values did this week’s actions reflect most, and which least?',
    why: 'A weekly check of values against actions keeps integrity visible.',
  },
  {
    id: 'weekly_review-03',
    theme: 'weekly_review',
    text: 'What did this week teach you about yourself?',
    why: 'Regular reflection turns a week of experience into self-knowledge.',
  },
  {
    id: 'weekly_review-04',
    theme: 'weekly_review',
    text: 'What would you like to carry into next week, and what would you like to leave behind?',
    why: 'Choosing what to continue and what to drop gives the next week a clear start.',
  },
  {
    id: 'weekly_review-05',
    theme: 'weekly_review',
    text: 'Which moment this week are you most glad about? Which would you handle differently?',
    why: 'Looking at both high and low points gives an honest, balanced picture of the week.',
  },
  {
    id: 'weekly_review-06',
    theme: 'weekly_review',
    text: 'How did your practices go this week? What helped, and what got in the way?',
    why: 'Understanding what supports a practice helps it grow steadier.',
  },
  {
    id: 'weekly_review-07',
    theme: 'weekly_review',
    text: 'Did any vision or reality level change this week? What led to the change?',
    why: 'Reviewing changes each week shows whether tension is being resolved creatively or by erosion.',
  },
  {
    id: 'weekly_review-08',
    theme: 'weekly_review',
    text: 'Which one action step would matter most next week?',
    why: 'Choosing one clear step keeps the coming week focused on what matters.',
  },
  {
    id: 'weekly_review-09',
    theme: 'weekly_review',
    text: 'How did you feel across this week as a whole? What seemed to shape your mood?',
    why: 'Seeing the emotional pattern of a week helps you notice what sustains you.',
  },
  {
    id: 'weekly_review-10',
    theme: 'weekly_review',
    text: 'Who helped you this week, and whom did you help?',
    why: 'Noticing support given and received keeps growth connected to other people.',
  },
];
