/**
 * Limiting language: phrases in a person's own writing that voice powerlessness ("I can't"),
 * unworthiness ("I don't deserve") or overgeneralization ("I always fail"), so that Praxis can
 * invite them to examine the belief. Rule-based and pure; no clock, no I/O.
 *
 * What counts (the annotation guide of `limiting-language.fixtures.ts` in full):
 * - Self-talk only: the writer in the first person singular. "We", "you", "he always fails" are
 *   left alone, as is indirect speech attributed to someone else ("my manager says I can't").
 *   Impersonal global negatives ("nothing ever works") and universals about how others see the
 *   writer ("everyone thinks I'm…", "nobody listens to me") count as overgeneralization.
 * - Assertions only: questions that ask, conditionals ("if I can't…") and negated or disowned
 *   beliefs ("not that I can't", "I don't think I can't", "I used to think…") are left alone;
 *   rhetorical questions that presuppose the belief ("why do I always…", "who am I to…") count.
 * - Idioms ("I can't wait", "I can't believe how…", "I can't thank them enough") and practical
 *   facts ("I can't make Thursday", "I'm stuck in traffic") are not powerlessness; neither is an
 *   obligation ("I have to"): only an explicit absence of choice is ("I have no choice").
 * - Past-tense event reports ("I couldn't sleep") are left alone; "could" is never read as
 *   powerlessness.
 * - Quoted words: a quote the writer attributes to someone else ("she said 'I can't'") and a
 *   quoted phrase used as a name ("my 'I can't' story") are left alone; the writer's own quoted
 *   thoughts and unattributed quotes count.
 */

export type LimitingKind = 'powerlessness' | 'unworthiness' | 'overgeneralization';
export type Finding = { start: number; end: number; kind: LimitingKind; text: string };

export const LIMITING_KINDS: readonly LimitingKind[] = [
  'powerlessness',
  'unworthiness',
  'overgeneralization',
];

const APOSTROPHE = "['’ʼ‘`´]";

/**
 * A pattern source in a small shorthand: `'` stands for any apostrophe (straight or
 * typographic) and a space for any run of whitespace within a line (a line break ends a
 * sentence, as in a list of notes).
 */
const expand = (source: string) =>
  source.replaceAll("'", APOSTROPHE).replaceAll(' ', String.raw`[^\S\n]+`);
const global = (source: string) => new RegExp(expand(source), 'gi');
/** Tested against the text right after a match. */
const after = (source: string) => new RegExp(`^(?:${expand(source)})`, 'i');
const anywhere = (source: string) => new RegExp(expand(source), 'i');

const IM = String.raw`\bI(?:'?m| am)\b`;
const FEEL_OR_AM = String.raw`(?:${IM}(?: (?:so|just|really|completely|totally|utterly|absolutely|still|kind of|pretty))?|\bI(?: (?:just|really|still|often|always))? feel(?: (?:so|completely|totally|utterly|absolutely|really))?)`;
const CANT = String.raw`(?:can'?t|cannot|can not(?! only))`;
const DONT = String.raw`(?:don'?t|do not)`;
const SOFTENER = String.raw`(?:just|really|simply|still|honestly|literally|truly|seriously|absolutely|definitely|even)`;

/** What follows "I can't" in an idiom or a practical, momentary fact. */
const NOT_POWERLESS_AFTER = after(
  String.raw` (?:(?:thank|recommend|praise|stress|emphasi[sz]e|speak (?:highly|well)|say|get|express)\b[^.!?\n]{0,40}?\benough\b|get over how|shake (?:the|this|that) feeling|for the life of me|change the past|undo the past|turn back (?:time|the clock)|wait|believe|complain|thank|recommend|deny|argue|overstate|emphasi[sz]e|stress|praise|hardly|not\b|go wrong|say enough|get enough|help (?:but|it|\w+ing)\b|stand(?! up)|stop (?:smiling|laughing|grinning|thinking about how)|imagine (?:how|what|why|a |life|anything)|make (?:it\b|(?:the |\w+'s )?(?:\w+ )?(?:gym|meeting|call|session|standup|stand-up|class|dinner|lunch|party|train|flight|bus|deadline|appointment|1:1|offsite|event|wedding|game)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|today)|afford (?!to\b)|see (?!myself|a way|how I|any way)|tell (?:if|whether|what|who|which|when|the difference)|be in two places|talk (?:right )?now|go to\b|be there|come\b|attend|join|access|reach|log ?in|log on|open|download|print|load|hear|find|locate|remember|recall|decide|choose between|eat|drink|sleep|figure)`,
);
/** Verbs after "I'll never" that promise, remember or are unworthiness, not powerlessness. */
const NOT_HOPELESS_NEVER = String.raw`(?:forget|regret|stop|give up|quit on|tire|get tired|understand|know|take|trade|miss|be\b|lie|doubt|leave|let|again|ever|want|need|go back)`;
/** "I'll never … again": a resolution, not a verdict. */
const RESOLUTION_AFTER = after(String.raw`[^.!?\n;]*\bagain\b`);
/** What follows "I'll never be able to" in an idiom of gratitude. */
const IDIOM_AFTER_NEVER_ABLE = after(String.raw` (?:thank|repay|say enough|express how)`);
const NOT_ABLE_AFTER = after(
  String.raw` to (?:make it|attend|join|access|come|go to|be there|hear|find|remember|sleep|wait|believe)\b`,
);
const NOT_STUCK_AFTER = after(
  String.raw`-| (?:on|behind|indoors|inside|waiting)\b| between (?!a rock)| at (?:home|work|school|my desk|(?:the|an?) (?:airport|office|station|gate|border|hospital|hotel|desk|lights?|bus stop|terminal|venue))\b| in (?:traffic|(?:a |an |the |this )?(?:meeting|queue|jam|lift|elevator|taxi|train|car|office|airport|line|snow|rain|bed|house|hotel|call)s?\b)| to (?:wait|believe|complain|thank|attend|join|access|make|come|go to|hear|find|remember|sleep)`,
);
const NOT_UNWORTHY_AFTER = after(
  String.raw` (?:to be (?:treated|spoken|talked|yelled|shouted|lied|ignored|screamed|blamed)|(?:this|that|such|any of this) (?:treatment|abuse|behaviou?r)|(?:all |any of )?the (?:credit|blame))`,
);
const NOT_OVERGENERAL_AFTER = after(
  String.raw` (?:that )?I'?m (?:so |really )?(?:great|amazing|brilliant|kind|funny|lovely|talented|good at|the best|doing (?:great|well|fine))`,
);

const WORTH_ADJECTIVE = String.raw`(?:good|smart|clever|bright|talented|qualified|experienced|strong|pretty|attractive|thin|fit|brave|disciplined|senior|creative|confident|worthy|capable|skilled|competent|interesting|funny|likeable|likable|lovable|loveable|successful|educated|sharp|organi[sz]ed|driven|ambitious|tough|productive|patient|articulate|charismatic|good-looking|special|important|technical|knowledgeable)`;
const NOT_ENOUGH_HEAD = String.raw`(?:${IM}(?: (?:just|simply|still|really|probably|clearly|obviously|honestly|definitely))? (?:not|nowhere near|not nearly|not even)|\bI(?:'?m| am) never going to be|\bI (?:${DONT}|never|just ${DONT}) feel|\bI(?:'ll| will) never (?:be|feel)|${IM} never|\bI was never|\bI(?:'ve| have) never been|\bI (?:${DONT}|do not) (?:think|believe) I(?:'?m| am))`;
const SELF_VERDICT = String.raw`(?:fraud|impostor|imposter|fake|failure|loser|disappointment|nobody|joke)`;

/** Words that make a habit or an outcome a bad one, for "I always …" and "every time I …". */
const BAD_OUTCOME = String.raw`(?:fail\w*|mess\w*|screw\w*|ruin\w*|regret\w*|wrong|late|disappoint\w*|blow it|blew it|panic\w*|freez\w*|froze|chok\w*|over(?:commit|think|react|eat|spend|promise|share|do)\w*|procrastinat\w*|give up|gave up|quit|sabotag\w*|los[et]\w*|struggl\w*|stupid|awkward|embarrass\w*|disaster|worst|let \w+ down|fall(?:s|ing)? apart|goes wrong|go wrong|shot down|ignored|rejected|laughed at|apologi[sz]\w*)`;
const ALWAYS_BAD = String.raw`(?:fail|mess|screw|ruin|forget(?! how| to be grateful)|procrastinate|give up|quit|choke|lose|say the wrong|make (?:a mess|mistakes|the wrong|a fool)|let (?:\w+ ){0,3}down|disappoint|get (?:it|things|everything|this) wrong|blow|freeze|panic|end up|regret|overthink|pick the wrong|struggle|sabotage|self-sabotage|miss (?:deadlines|out|the (?:point|deadline|boat))|get (?:left|passed over|overlooked|ignored|blamed)|come (?:last|second)|fall (?:short|behind|apart))\b`;
const NEVER_GOOD = String.raw`(?:get (?:it|anything|things|this) right|do (?:anything|it|things) right|finish|follow through|succeed|win|get (?:picked|chosen|promoted|noticed|heard|anywhere|a break|anything done|things done)|stick (?:to|with)|keep (?:my|a|up)|learn|manage to|say (?:the right|no)|know what to say|make (?:progress|it)|catch a break|have enough|measure up|see (?:it|anything) through|get better|improve)\b`;
const OTHERS_VERB = String.raw`(?:listens|likes|cares|notices|asks|takes|believes|respects|wants|understands|calls|invites|picks|trusts|hears|sees|thanks|values|remembers|appreciates|supports|helps|gets|chooses)`;

type Rule = {
  kind: LimitingKind;
  pattern: RegExp;
  /** The phrase is not limiting when the text right after it matches. */
  unless?: RegExp;
  /** Still limiting as a question: the question presupposes the belief. */
  rhetorical?: boolean;
  /** Holds only when the sentence before the phrase matches. */
  needsBefore?: RegExp;
};

const rule = (kind: LimitingKind, source: string, options: Omit<Rule, 'kind' | 'pattern'> = {}) =>
  ({ kind, pattern: global(source), ...options }) satisfies Rule;

const RULES: readonly Rule[] = [
  // Powerlessness.
  rule('powerlessness', String.raw`\bI (?:${SOFTENER} )?${CANT}\b`, {
    unless: NOT_POWERLESS_AFTER,
  }),
  rule(
    'powerlessness',
    String.raw`\bI(?: ${DONT} (?:really )?think| doubt|'?m not sure| am not sure|'?m not convinced) (?:that |if )?I (?:can|could ever)\b(?!'?t| not)`,
    { unless: NOT_POWERLESS_AFTER },
  ),
  rule('powerlessness', String.raw`${FEEL_OR_AM} (?:stuck|trapped)\b`, { unless: NOT_STUCK_AFTER }),
  rule(
    'powerlessness',
    String.raw`${FEEL_OR_AM} (?:helpless|powerless|unable|incapable|not able)\b`,
    {
      unless: NOT_ABLE_AFTER,
    },
  ),
  rule('powerlessness', String.raw`${IM} (?:completely |totally )?out of options\b`),
  rule(
    'powerlessness',
    String.raw`\bI(?:(?:'ll| will) never|(?:'?m| am) never going to|(?:'ll| will) not ever| won'?t ever|(?:'ve| have) never been) (?:be )?able to\b`,
    { unless: IDIOM_AFTER_NEVER_ABLE },
  ),
  rule(
    'powerlessness',
    String.raw`\bI(?:'ve got| have got| have|'ve| had|'d|'ve had| had had) (?:no|zero|absolutely no|literally no) (?:other |real )?(?:choice|choices|option|options|alternative|say|control|power|way out)\b`,
  ),
  rule(
    'powerlessness',
    String.raw`\bI (?:${DONT}|didn'?t|did not) have (?:a|any) (?:real )?(?:choice|say|option|control|power)\b`,
  ),
  rule(
    'powerlessness',
    String.raw`(?:\bthere(?:'s| is| was) )?\bnothing (?:more )?I (?:can|could) do\b`,
  ),
  rule(
    'powerlessness',
    String.raw`\bnothing I (?:do|try|say) (?:ever )?(?:matters|makes (?:a|any) difference|helps|changes anything|works)\b`,
  ),
  rule(
    'powerlessness',
    String.raw`(?:\bit(?:'s| is) (?:all |completely |totally )?)?\b(?:out of my (?:hands|control)|beyond my control)\b`,
  ),
  rule(
    'powerlessness',
    String.raw`\bit(?:'s| is) (?:just |simply )?not (?:up to me|in my (?:control|hands))\b`,
  ),
  rule('powerlessness', String.raw`\bI (?:${DONT}|never) get (?:a|any) (?:say|choice|vote)\b`),
  rule('powerlessness', String.raw`${IM} (?:completely |totally )?at the mercy of\b`),
  rule(
    'powerlessness',
    String.raw`\bthere(?:'s| is) no way I(?:'ll| will|'d| would| can| could)? ever\b`,
  ),
  rule(
    'powerlessness',
    String.raw`\b(?:whatever|no matter what) I (?:do|try|say)\b[^.!?\n]{0,30}?\b(?:won'?t|doesn'?t|will not|does not|never) (?:change|matter|help|make a difference|work)\w*`,
  ),
  rule(
    'powerlessness',
    String.raw`\bI(?:'ll| will) never (?:be (?=\w+ed\b|taken seriously|chosen|happy|free)|(?!${NOT_HOPELESS_NEVER}))\w+`,
    {
      unless: RESOLUTION_AFTER,
    },
  ),
  rule('powerlessness', String.raw`\bmy hands are tied\b`),
  rule('powerlessness', String.raw`\bI (?:just )?give up\b`),

  // Unworthiness.
  rule(
    'unworthiness',
    String.raw`\bI (?:(?:really|just|simply|probably|honestly|still) )?(?:${DONT}|didn'?t|did not) (?:really |even )?deserve\b`,
    { unless: NOT_UNWORTHY_AFTER },
  ),
  rule(
    'unworthiness',
    String.raw`\bI(?: ${DONT} (?:really )?think| doubt|'?m not sure| am not sure| ${DONT} feel like) (?:that |if )?I (?:really )?deserve\b`,
  ),
  rule('unworthiness', String.raw`${NOT_ENOUGH_HEAD} (?:an? )?(?:${WORTH_ADJECTIVE} )?enough\b`),
  rule(
    'unworthiness',
    String.raw`(?:${IM}|\bI (?:(?:still|always|often|just) )?feel like) (?:(?:just|such|really|simply|basically|totally|completely|nothing but|kind of|sort of) )*(?:a|an) (?:(?:complete|total|real|absolute|utter|massive|huge|big) )?${SELF_VERDICT}\b`,
  ),
  rule(
    'unworthiness',
    String.raw`(?:${IM}|\bI (?:(?:still|always|often|just) )?feel) (?:(?:just|so|completely|totally|utterly|simply|really) )?(?:worthless|useless|unworthy|unlovable|not worthy|not worth (?:it|the|their|your|his|her|anyone|anything|much))\b`,
  ),
  rule('unworthiness', String.raw`${IM} (?:just )?not a real \w+`),
  rule('unworthiness', String.raw`\bwho am I to\b(?! judge\b)`, { rhetorical: true }),
  rule(
    'unworthiness',
    String.raw`${IM} (?:(?:just|probably|way|far|much|simply|already|getting) )?too (?:old|young|stupid|dumb) (?:to|for)\b`,
  ),
  rule('unworthiness', String.raw`\bit(?:'s| is) too late for me\b`),
  rule('unworthiness', String.raw`${IM} (?:just |simply )?not cut out (?:for|to)\b`),
  rule(
    'unworthiness',
    String.raw`(?:${IM} not|\bI(?:'ll| will) never be|\bI(?:'m| am) never going to be) (?:as |nearly as )?${WORTH_ADJECTIVE} (?:as|like) (?:the others|them|him|her|my \w+|everyone|everybody|other people|others|\w+ else)\b`,
  ),
  rule(
    'unworthiness',
    String.raw`${IM} (?:just |simply )?not (?:the|a) (?:kind|sort|type) of (?:person|man|woman|guy|girl|people) (?:who|that) (?:gets|can|could|deserves|succeeds|leads|wins|is)\b`,
  ),
  rule(
    'unworthiness',
    String.raw`${IM} (?:just |so |completely |totally |utterly )?(?:hopeless|useless|rubbish|terrible|awful|the worst) at\b`,
  ),
  rule(
    'unworthiness',
    String.raw`${IM} (?:just |really |simply )?not (?:qualified|experienced|senior|good|smart) (?:enough )?(?:for|to (?:be|lead|run|apply|ask)) (?:this|the|that|a|such|any)\b`,
  ),
  rule(
    'unworthiness',
    String.raw`\bI (?:just |simply )?(?:${DONT}|will never|'ll never) (?:belong|fit in)\b`,
    { unless: after(' to\\b') },
  ),
  rule(
    'unworthiness',
    String.raw`\bpeople like me (?:${DONT}|can'?t|cannot|never|aren'?t|are not|won'?t)\b`,
  ),
  rule('unworthiness', String.raw`\bI (?:just |simply )?${DONT} have what it takes\b`),
  rule('unworthiness', String.raw`${IM} (?:just |simply )?not (?:\w+ )?material\b`),

  // Overgeneralization.
  rule(
    'overgeneralization',
    String.raw`\bI (?:${SOFTENER} )?${CANT} (?:seem to )?(?:ever )?(?:do|get|say) anything right\b`,
  ),
  rule(
    'overgeneralization',
    String.raw`\bI (?:(?:always|constantly|forever) ${ALWAYS_BAD}|never ${NEVER_GOOD})`,
  ),
  rule(
    'overgeneralization',
    // Past forms are reports ("I always failed maths at school"); "eed" verbs are present.
    String.raw`\bI (?:always|constantly|forever) (?!forget how|\w*[^e]ed\b|(?:was|were|had|did|got|went|said|froze|blew|gave)\b)(?=[^.!?\n,;]{0,40}\b${BAD_OUTCOME}\b)[\w-]+`,
  ),
  rule(
    'overgeneralization',
    String.raw`\bI never (?:get|receive|got) (?:the |a |any )?(?:credit|recognition|chance|break|promotion|raise|praise|thanks|opportunit\w+|support|help|say|turn|picked|invited|asked|heard|noticed|chosen)\b`,
  ),
  rule(
    'overgeneralization',
    String.raw`${IM} (?:(?:always|constantly|forever) (?:(?:running |falling |lagging )?(?:late|behind)|wrong|the (?:one|last)|(?:messing|screwing|failing|forgetting|letting|disappointing|struggling|losing|ruining|falling|procrastinating)|too (?:slow|late|much))|never (?:on time|ready|prepared|good at|any good))\b`,
  ),
  rule(
    'overgeneralization',
    String.raw`\bI(?:'ve| have) (?:always been (?:bad|terrible|awful|hopeless|useless|rubbish|the worst)|never been (?:good|any good|great|smart|clever|confident|comfortable|organi[sz]ed|disciplined))\b`,
  ),
  rule(
    'overgeneralization',
    String.raw`\bI(?: will always be|'ll always be| always will be)(?=[^\S\n]*(?:[,.;!?\n]|$))`,
  ),
  rule(
    'overgeneralization',
    String.raw`\bwhy (?:do|am|does|must) I (?:always|never|ever)\b|\bwhy ${CANT} I ever\b|\bwhy (?:does|do|is|are) (?:this|it|everything|things|nothing|everyone|everybody|nobody|no one) (?:always|never|ever)\b`,
    { rhetorical: true },
  ),
  rule(
    'overgeneralization',
    String.raw`\bnothing (?:ever )?(?:works|goes (?:right|well|my way|to plan)|changes|gets better|turns out (?:right|well)|comes easy)\b`,
  ),
  rule(
    'overgeneralization',
    String.raw`\bthings (?:never (?:work out|go (?:right|well|my way))|always (?:go wrong|go badly|fall apart|end badly))\b`,
  ),
  rule(
    'overgeneralization',
    String.raw`\beverything (?:always )?(?:goes wrong|goes badly|falls apart)\b|\beverything I (?:touch|do|try|make|start) (?:is (?:wrong|a mess|a failure)|fails|falls apart|goes wrong|turns to \w+|breaks)\b`,
  ),
  rule('overgeneralization', String.raw`\bit(?:'s| is) always (?:my fault|me)\b`),
  rule(
    'overgeneralization',
    String.raw`\bI (?:ruin|spoil|wreck|fail at|keep failing at|mess up|screw up) everything\b|\bI get everything wrong\b|\bI (?:mess|screw|muck) everything up\b|${IM} (?:bad|terrible|hopeless|useless) at everything\b`,
  ),
  rule(
    'overgeneralization',
    String.raw`\b(?:everyone|everybody) (?:else )?(?:(?:seems to|must|probably|secretly|still|always) )?(?:thinks?|believes?|sees)(?= (?:that )?I\b)`,
    { unless: NOT_OVERGENERAL_AFTER },
  ),
  rule(
    'overgeneralization',
    String.raw`\b(?:everyone|everybody) (?:else )?(?:knows it|(?:will|'ll|is going to) (?:see|find out|know|realise|realize|notice)\b)`,
    {
      needsBefore: anywhere(String.raw`${IM}`),
    },
  ),
  rule(
    'overgeneralization',
    String.raw`\b(?:nobody|no one)(?: (?:here|at work|around here|in (?:this|my) \w+|on (?:this|my) team))? (?:(?:ever|really|even) )?(?:${OTHERS_VERB}|\w+s)(?: (?:to|for|about|of|with|on|at))? (?:me|my|what I|how I|that I)\b`,
  ),
  rule(
    'overgeneralization',
    String.raw`\b(?:everyone|everybody) (?:else )?(?:is|seems) (?:(?:so|much|way) )?(?:better|smarter|faster|further ahead|ahead|more \w+)\b[^.!?\n]{0,40}?\bthan me\b|\b(?:everyone|everybody) (?:hates|ignores|judges|laughs at|looks down on) me\b`,
  ),
  rule(
    'overgeneralization',
    String.raw`\bevery (?:single )?time I\b[^.!?\n]{0,80}?\b${BAD_OUTCOME}`,
  ),
];

/** Before a phrase in its clause: the belief is negated, disowned or only supposed. */
const DISOWNED = anywhere(
  String.raw`\bnothing\s*$|\bnot that\b|\b(?:isn|wasn)'?t true\b|\b(?:is|was) not true\b|\bnot true that\b|\bdoesn'?t mean\b|\bdoes not mean\b|\bno longer\b|\bused to\b|\bstopped (?:believing|thinking|telling|saying|feeling)\b|\b(?:don'?t|do not|didn'?t|did not|never) (?:think|believe)\b|\brefuse to\b|\b(?:myth|lie|false|untrue)\b|\binstead of\b|\brather than\b|\bstop (?:saying|thinking|telling)\b|\bwho says\b|\b(?:nobody|no one) (?:can|could|gets to|will)\b|\bif\b|\bunless\b|\bin case\b`,
);
const SPEECH_VERB = String.raw`(?:says?|said|saying|tells?|told|telling|thinks?|thought|believes?|claims?|claimed|insists?|insisted|reckons?|feels?|felt|asks?|asked|whisper(?:s|ed)?|shout(?:s|ed)?|wrote|writes?|yell(?:s|ed)?|repl(?:y|ies|ied))`;
const FREQUENCY = String.raw`(?:(?:always|keeps?|kept|still|often|once|even|just|never) )?`;
/** Before a phrase in its clause: someone else is the one saying or thinking it. */
const OTHER_SPEAKER = anywhere(
  String.raw`\b(?:he|she|they|whoever|someone|somebody|(?:my|his|her|their|our) (?!head\b|mind\b|gut\b|heart\b|inner\b)[a-z]+) ${FREQUENCY}${SPEECH_VERB}\b`,
);
const NAMED_SPEAKER = new RegExp(
  expand(
    String.raw`\b(?!(?:It|This|That|There|Here|What|Which|Who|Everyone|Everybody|Nobody|Everything|Nothing|Something|Anyone|Anything)\b)[A-Z][a-z]+ ${FREQUENCY}${SPEECH_VERB}\b`,
  ),
);

const QUOTE_CLOSERS: Record<string, string> = {
  '"': '"',
  '“': '”"',
  '„': '“”"',
  '«': '»',
  "'": "'’",
  '‘': "’'",
};
const SINGLE_QUOTES = "'‘’";
const MAX_QUOTE = 300;
const MAX_LOOKAROUND = 300;
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

type Quote = { start: number; end: number; ignored: boolean };

const MENTION_BEFORE =
  /\b(?:my|the|a|an|that|this|his|her|their|our|your|every|any|old|usual|those|these|another)\s*$/i;
const SELF_SPEAKER = anywhere(
  String.raw`\bI\b|\bmyself\b|\bmy (?:head|mind|gut|heart)\b|\binner (?:voice|critic)\b`,
);
const SPEECH_BEFORE = anywhere(
  String.raw`\b(?:says?|said|tells?|told|asks?|asked|whisper\w*|shout\w*|wrote|writes?|yell\w*|repl(?:y|ies|ied)|goes|went|texted|messaged|posted|sighed|insisted|admitted|announced|muttered)\b`,
);
const SPEECH_AFTER = after(
  String.raw`[^\S\n]*,?[^\S\n]*(?:(?:[A-Za-z]{2,}|my \w+) (?:said|says|asked|whispered|shouted|replied|told|wrote|yelled|muttered|sighed|cried|added|admitted|insisted)|(?:said|says|asked|whispered|shouted|replied) (?:[A-Za-z]{2,}|my \w+))`,
);

/** Where the sentence holding `index` starts (after `.`, `!`, `?` or a line break). */
function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - MAX_LOOKAROUND);
  for (let i = index - 1; i >= limit; i -= 1) {
    if ('.!?\n'.includes(text[i]!)) return i + 1;
  }
  return limit;
}

/** Where the clause holding `index` starts (sentence ends and `,;:—–(`). */
function clauseStart(text: string, index: number): number {
  const limit = Math.max(0, index - MAX_LOOKAROUND);
  for (let i = index - 1; i >= limit; i -= 1) {
    if ('.!?\n,;:—–('.includes(text[i]!)) return i + 1;
  }
  return limit;
}

/** Whether the sentence holding `index` ends with a question mark. */
function endsWithQuestion(text: string, index: number): boolean {
  const limit = Math.min(text.length, index + MAX_LOOKAROUND);
  for (let i = index; i < limit; i += 1) {
    const ch = text[i]!;
    if (ch === '?') return true;
    if (ch === '.' || ch === '!' || ch === '\n') return false;
  }
  return false;
}

/** The quoted passages of `text`, each marked as ignored when it is someone else's words. */
function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text[i]!;
    const closers = QUOTE_CLOSERS[open];
    const before = text[i - 1];
    const next = text[i + 1];
    const single = SINGLE_QUOTES.includes(open);
    const opens =
      closers !== undefined &&
      (before === undefined || isSpace(before) || '([{:—–-"“'.includes(before)) &&
      next !== undefined &&
      !isSpace(next) &&
      (!single || isLetterOrDigit(next) || '"“'.includes(next));
    if (!opens) {
      i += 1;
      continue;
    }
    let close = -1;
    const limit = Math.min(text.length, i + MAX_QUOTE);
    for (let j = i + 1; j < limit; j += 1) {
      const ch = text[j]!;
      if (ch === '\n') break;
      if (!closers.includes(ch)) continue;
      if (single && (isSpace(text[j - 1]) || isLetterOrDigit(text[j + 1]))) continue;
      close = j;
      break;
    }
    if (close < 0) {
      i += 1;
      continue;
    }
    quotes.push({ start: i, end: close + 1, ignored: isOthersQuote(text, i, close + 1) });
    i = close + 1;
  }
  return quotes;
}

/** Whether `start…end` lies inside an ignored quote; `quotes` are sorted and disjoint. */
function insideIgnoredQuote(quotes: readonly Quote[], start: number, end: number): boolean {
  let low = 0;
  let high = quotes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const quote = quotes[middle]!;
    if (quote.end <= start) low = middle + 1;
    else if (quote.start >= end) high = middle - 1;
    else return quote.ignored && quote.start < start && end <= quote.end;
  }
  return false;
}

function isOthersQuote(text: string, start: number, end: number): boolean {
  const lead = text.slice(sentenceStart(text, start), start);
  if (MENTION_BEFORE.test(lead)) return true;
  if (SELF_SPEAKER.test(lead)) return false;
  if (SPEECH_BEFORE.test(lead)) return true;
  return SPEECH_AFTER.test(text.slice(end, end + 60));
}

/**
 * The limiting phrases in `text`, sorted by `start` and never overlapping; `start` and `end` are
 * UTF-16 offsets, so `text.slice(start, end) === finding.text`.
 *
 * A span runs from the first word of the phrase (its subject, or the quantifier of an impersonal
 * phrase) through the words that decide its kind, and leaves out what the belief is about:
 * "I can't | do this", "I don't deserve | this promotion", "I always fail | at presentations",
 * "I can't do anything right" (the last words make it overgeneralization), "Everyone thinks |
 * I'm a fraud" (two phrases: overgeneralization, then unworthiness).
 *
 * @example findLimitingLanguage('I can’t wait, but I don’t deserve this.')
 * // → [{ start: 18, end: 33, kind: 'unworthiness', text: 'I don’t deserve' }]
 */
export function findLimitingLanguage(text: string): Finding[] {
  const quotes = findQuotes(text);
  const candidates: Finding[] = [];
  for (const { kind, pattern, unless, rhetorical, needsBefore } of RULES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (unless?.test(text.slice(end, end + 80))) continue;
      if (needsBefore && !needsBefore.test(text.slice(sentenceStart(text, start), start))) continue;
      if (!rhetorical && endsWithQuestion(text, end)) continue;
      const clause = text.slice(clauseStart(text, start), start);
      if (DISOWNED.test(clause) || OTHER_SPEAKER.test(clause) || NAMED_SPEAKER.test(clause)) {
        continue;
      }
      if (insideIgnoredQuote(quotes, start, end)) continue;
      candidates.push({ start, end, kind, text: match[0] });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  for (const candidate of candidates) {
    const last = findings.at(-1);
    if (!last || candidate.start >= last.end) findings.push(candidate);
  }
  return findings;
}
