/**
 * The rules of limiting language: one pattern a phrase, with its kind and the exceptions that
 * keep idioms and practical facts out (the annotation guide is in `limiting-language.ts`).
 */
import type { LimitingKind } from './limiting-language';
import { after, anywhere, global } from './limiting-language-patterns';

const IM = String.raw`\bI(?:'?m| am)\b`;
const FEEL_OR_AM = String.raw`(?:${IM}(?: (?:so|just|really|completely|totally|utterly|absolutely|still|kind of|pretty))?|\bI(?: (?:just|really|still|often|always))? feel(?: (?:so|completely|totally|utterly|absolutely|really))?)`;
const CANT = String.raw`(?:can'?t|cannot|cannae|can not(?! only))`;
const DONT = String.raw`(?:don'?t|do not)`;
/** Where a sentence opens: a phrase whose subject, the writer, is left out ("dont deserve her"). */
const SENTENCE_START = String.raw`(?<=^|[.!?\n]\s*)`;
const SOFTENER = String.raw`(?:just|really|simply|still|honestly|literally|truly|seriously|absolutely|definitely|even|physically|genuinely|actually)`;

/** What follows "I can't" in an idiom or a practical, momentary fact. */
const NOT_POWERLESS_AFTER = after(
  String.raw` (?:(?:thank|recommend|praise|stress|emphasi[sz]e|speak (?:highly|well)|say|get|express)\b[^.!?\n]{0,40}?\benough\b|get over how|shake (?:the|this|that) feeling|for the life of me|change the past|undo the past|turn back (?:time|the clock)|wait|believe|be (?:bothered|arsed|assed)|complain|thank|recommend|deny|argue|overstate|emphasi[sz]e|stress|praise|hardly|not\b|go wrong|say enough|get enough|help (?:but|it|\w+ing)\b|stand(?! up)|stop (?:smiling|laughing|grinning|thinking about how)|imagine (?:how|what|why|a |life|anything)|make (?:it\b|(?:the |\w+'s )?(?:\w+ )?(?:gym|meeting|call|session|standup|stand-up|class|dinner|lunch|party|train|flight|bus|deadline|appointment|1:1|offsite|event|wedding|game)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|today)|afford (?!to\b)|see (?!myself|a way|how I|any way|(?:that|it|this|things|anything) (?:ever )?changing)|tell (?:if|whether|what|who|which|when|the difference)|be in two places|talk (?:right )?now|go to\b|be there|come\b|attend|join|access|reach|log ?in|log on|open(?! up)|download|print|load|hear|find|locate|remember|recall|decide|choose between|eat|drink|sleep|figure)`,
);
/** Verbs after "I'll never" that promise, remember or are unworthiness, not powerlessness. */
const NOT_HOPELESS_NEVER = String.raw`(?:mind\b|get used to|forget|regret|stop|give up|quit on|tire|get tired|understand|know|take|trade|miss|be\b|lie|doubt|leave|let|again|ever|want|need|go back)`;
/** "I'll never … again": a resolution, not a verdict. */
const RESOLUTION_AFTER = after(String.raw`[^.!?\n;]*\bagain\b`);
/** What follows "I'll never be able to" in an idiom of gratitude. */
const IDIOM_AFTER_NEVER_ABLE = after(String.raw` (?:thank|repay|say enough|express how)`);
const NOT_ABLE_AFTER = after(
  String.raw` to (?:make it|attend|join|access|come|go to|be there|hear|find|remember|sleep|wait|believe)\b`,
);
const NOT_STUCK_AFTER = after(
  String.raw`-| (?:on|behind|indoors|inside|waiting)\b| with (?:the|my|an?|this|that|our) (?:\w+ ){0,3}?\w+ (?:until|till|for now|for (?:another|a few|a couple of|the next) \w+)\b| between (?!a rock)| at (?:home|work|school|my desk|(?:the|an?) (?:airport|office|station|gate|border|hospital|hotel|desk|lights?|bus stop|terminal|venue))\b| in (?:traffic|(?:a |an |the |this )?(?:meeting|queue|jam|lift|elevator|taxi|train|car|office|airport|line|snow|rain|bed|house|hotel|call)s?\b)| to (?:wait|believe|complain|thank|attend|join|access|make|come|go to|hear|find|remember|sleep)`,
);
const NOT_UNWORTHY_AFTER = after(
  String.raw` (?:to be (?:treated|spoken|talked|yelled|shouted|lied|ignored|screamed|blamed)|(?:this|that|such|any of this) (?:treatment|abuse|behaviou?r)|(?:all |any of )?the (?:credit|blame))`,
);
const NOT_OVERGENERAL_AFTER = after(
  String.raw` (?:that )?I'?m (?:so |really )?(?:great|amazing|brilliant|kind|funny|lovely|talented|good at|the best|doing (?:great|well|fine))`,
);

const WORTH_ADJECTIVE = String.raw`(?:good|smart|clever|bright|talented|qualified|experienced|strong|pretty|attractive|thin|fit|brave|disciplined|senior|creative|confident|worthy|capable|skilled|competent|interesting|funny|likeable|likable|lovable|loveable|successful|educated|sharp|organi[sz]ed|driven|ambitious|tough|productive|patient|articulate|charismatic|good-looking|special|important|technical|knowledgeable)`;
const NOT_ENOUGH_HEAD = String.raw`(?:${IM}(?: (?:just|simply|still|really|probably|clearly|obviously|honestly|definitely))? (?:not|nowhere near|not nearly|not even)|\bI(?:'?m| am) never going to be|\bI (?:${DONT}|never|just ${DONT}) feel|\bI(?:'?ll| will) never (?:be|feel)|${IM} never|\bI was never|\bI(?:'ve| have) never been|\bI (?:${DONT}|do not) (?:think|believe) I(?:'?m| am))`;
/** Effort one might make for oneself, futile in "no point asking", "what's the point of applying". */
const EFFORT = String.raw`(?:asking|applying|bothering|hoping|fighting|chasing|practi[cs]ing|training|retraining|studying|learning|caring|complaining|speaking up|starting (?:over|again)|putting (?:myself|my hand) (?:forward|up))`;
const SELF_VERDICT = String.raw`(?:fraud|impostor|imposter|fake|failure|loser|disappointment|nobody|joke)`;

/** Words that make a habit or an outcome a bad one, for "I always …" and "every time I …". */
const BAD_OUTCOME = String.raw`(?:fail\w*|mess\w*|screw\w*|ruin\w*|regret\w*|wrong|late|disappoint\w*|blow it|blew it|panic\w*|freez\w*|froze|chok\w*|over(?:commit|think|react|eat|spend|promise|share|do)\w*|procrastinat\w*|give up|gave up|quit|sabotag\w*|los[et]\w*|struggl\w*|stupid|awkward|embarrass\w*|disaster|worst|let \w+ down|fall(?:s|ing)? apart|goes wrong|go wrong|shot down|ignored|rejected|laughed at|apologi[sz]\w*|blows? up|blew up|backfir\w*|falls? flat|fell flat|ends? badly|ended badly|goes badly|went badly|comes? out wrong|came out wrong|knocks? me|back to square one|falls? through|fell through|against me|bottl\w* it|cock\w* (?:it |things )?up|(?:goes|go|went|gone) (?:tits|belly) up|(?<!-)flops?|flopped|(?:goes|go|went) (?:sideways|pear-shaped)|the flak)`;
const ALWAYS_BAD = String.raw`(?:fail|blank|go blank|mess|screw|ruin|forget(?! how| to be grateful)|procrastinate|give up|quit|choke|lose|say the wrong|make (?:a mess|mistakes|the wrong|a fool)|make (?:the |even the |every )?(?:\w+ ){0,2}?(?:things?|it|everything) (?:weird|awkward|worse|harder)|say too much|let (?:\w+ ){0,3}down|disappoint|get (?:it|things|everything|this) wrong|blow|freeze|panic|end up|regret|overthink|pick the wrong|struggle|sabotage|self-sabotage|miss (?:deadlines|out|the (?:point|deadline|boat))|get (?:left|passed over|overlooked|ignored|blamed)|come (?:last|second)|fall (?:short|behind|apart)|burn (?:something|it|everything|the (?:toast|dinner|food|tea|rice|pan|sauce))|bottle it|cock (?:it |things |everything )?up|get (?:the )?(?:rubbish|worst|crap|shit|boring|dirty|grotty) (?:jobs?|shifts?|end|bits?)|take (?:the )?(?:flak|blame|fall)|make a (?:hash|mess|pig'?s ear|balls-up|dog'?s dinner|muck) of|find a way to (?:spoil|ruin|wreck|mess|screw|sabotage|blow)|(?:land|end up|finish|come) (?:at the bottom|bottom|dead last)|fold(?! (?:the|my|it|them|your|his|her|our|their|a|an|up|clothes|laundry|washing|towels|sheets|paper)\b)|cave|back down|wing it|get caught out|kena (?:blamed|scolded|marked down))\b`;
const NEVER_GOOD = String.raw`(?:get (?:it|anything|owt|things|this) right|do (?:anything|owt|it|things) right|finish|follow through|succeed|win|get (?:picked|chosen|promoted|noticed|heard|anywhere|a break|anything done|things done)|stick (?:to|with)|keep (?:my|a|up)|learn|manage to|say (?:the right|no)|know what to say|make (?:progress|it)|catch a break|have enough|measure up|see (?:it|anything) through|get better|improve|(?:stick|stand|speak) up for myself|get through (?:a|one|any) \w+ without|get the hang of|get past)\b`;
const OTHERS_VERB = String.raw`(?:listens|likes|cares|notices|asks|takes|believes|respects|wants|understands|calls|invites|picks|trusts|hears|sees|thanks|values|remembers|appreciates|supports|helps|gets|chooses)`;

/** What one does after a setback to grow from it: "every time I fail I learn something". */
const GROWTH = String.raw`(?:learn|grow|get back up|get back on|bounce back|pick myself up|come back stronger|try again|get better|adapt|figure (?:it|things) out)`;
/** After a setback, what one does to grow from it: the rule is a way of learning, not a verdict. */
const GROWS_AFTER = String.raw`[^.!?\n]{0,50}\b(?:I|and) (?:\w+ )?${GROWTH}\b`;
/** A quantifier that pledges, not a verdict: "I always show up", "I never miss training". */
const PLEDGE = String.raw`\b(?:always (?:just |still |really )?(?:show up|turn up|make time|do my best|try|give it (?:my all|everything)|keep (?:my word|going|trying)|help|look out for|come through|pick myself up|find a way|have \w+ back|put \w+ first|get (?:back )?up)|never (?:ever )?(?:miss|skip|give up|quit|stop trying|back down|forget|let (?:\w+ ){0,2}down|fail to)|I (?:just |always )?${GROWTH})\b`;
/** A rule for every time: "every single shift", "all the time", "always", "constantly". */
const EVERY_TIME = String.raw`every (?:single |damn |bloody |other )?\w+|all the time|constantly|always|again and again|time after time`;
/** A bad outcome, never itself denied ("never miss" is no bad outcome). */
const NEG_OUTCOME = String.raw`(?<!\b(?:never|not|n't|don'?t|didn'?t|rarely|hardly) )(?:goes wrong|go wrong|went wrong|get (?:it|things) wrong|wrong thing|mess\w*|mistakes?|miss(?:ed|es)? (?:something|things|it|deadlines?|the)|lose\b|losing|wreck\w*|ruin\w*|fail\w*|screw\w* (?:up|it)|blamed?|on me\b|falls? flat|fell flat|forget\w*|stupid|useless|a disaster|panic\w*|let (?:\w+ ){0,2}down|over me\b|ignored|ignore me|procrastinat\w*|(?:don'?t|dont) understand|wrong|falls? through|fell through|(?:goes|go|went) (?:sideways|pear-shaped|pear shaped)|(?<!-)flops?|flopped|(?:falls?|fell) apart|backfire[sd]?|bottle[sd]? it|cock(?:s|ed)? (?:it |things )?up|burn(?:s|t|ed)? (?:something|it|the (?:toast|dinner|food|tea|rice|pan|sauce|\w+ again))|comes? to nothing|ends? (?:badly|in tears)|(?:goes|go|went|gone) (?:tits|belly) up)\b`;
const NEG_WORDS =
  'wrong|mess|mistake|miss|lose|losing|wreck|ruin|fail|screw|blame|on me|flat|forget|stupid|useless|disaster|panic|down|over me|ignor|procrastin|understand|apart|against|through|sideways|pear|flop|backfir|bottle|cock|burn|nothing|badly|tears|tits up|belly up';

export type Rule = {
  kind: LimitingKind;
  /**
   * Words every match holds, as groups of which each must have one word in the lower-case text
   * ("think|doubt|sure & can|could"): a cheap test before the pattern, which is slower to scan.
   */
  needs: readonly (readonly string[])[];
  pattern: RegExp;
  /** The phrase is not limiting when the text right after it matches. */
  unless?: RegExp;
  /** Still limiting as a question: the question presupposes the belief. */
  rhetorical?: boolean;
  /** Holds only when the sentence before the phrase matches. */
  needsBefore?: RegExp;
};

const rule = (
  kind: LimitingKind,
  needs: string,
  source: string,
  options: Omit<Rule, 'kind' | 'needs' | 'pattern'> = {},
) =>
  ({
    kind,
    needs: needs.split(' & ').map((group) => group.split('|')),
    pattern: global(source),
    ...options,
  }) satisfies Rule;

/** Every rule, by kind; findings are collected from all of them and then de-overlapped. */
export const RULES: readonly Rule[] = [
  // Powerlessness.
  rule('powerlessness', 'can', String.raw`\bI (?:${SOFTENER} )?${CANT}\b`, {
    unless: NOT_POWERLESS_AFTER,
  }),
  rule(
    'powerlessness',
    'think|doubt|sure|convinced & can|could',
    String.raw`\bI(?: ${DONT} (?:really )?think| doubt|'?m not sure| am not sure|'?m not convinced) (?:that |if )?I (?:can|could ever)\b(?!'?t| not)`,
    { unless: NOT_POWERLESS_AFTER },
  ),
  rule(
    'powerlessness',
    'stuck|trapped',
    String.raw`\b(?:stuck|trapped) (?:in|with|at) (?:this|my|the) (?:\w+ ){0,2}?(?:forever|for life|for good|for ever)\b`,
  ),
  // "this is just my life now", "I'm never going to get better".
  rule(
    'powerlessness',
    'life now',
    String.raw`\bmy life now\b(?<=\b(?:this|that'?s|thats|that is) (?:is )?(?:just |simply )?my life now)`,
  ),
  rule(
    'powerlessness',
    'never going|gonna',
    String.raw`\bI(?:'?m| am) never (?:going to|gonna) (?:get better|change|get on in (?:this|the|life|my)\b|be (?:okay|ok|normal|happy|free|well)|pass|make it|get (?:there|anywhere|out|through|ahead|on top of (?:it|things))|get (?:my (?:old )?life|it|things) back|get (?:cast|hired|picked|chosen|promoted|signed|published|(?:a|another) (?:job|part|role|contract|place)))\b`,
  ),
  // "I've lost the ability to decide anything", "nothing's in my hands": agency gone, not a
  // body's function ("lost the ability to taste" is a fact of an illness).
  rule(
    'powerlessness',
    'lost the|lost my|lost all|in my hands|under my control|in my control',
    String.raw`\bI(?:'ve| have)? lost (?:the|my|all|any) (?:ability|power|will|say) to (?:decide|choose|change|control|make (?:decisions|choices|a decision|a choice)|cope|say no|stand up for myself|plan|run my own)\b|\bnothing(?:'s| is) (?:in|under) my (?:hands|control|power)\b`,
  ),
  rule('powerlessness', 'stuck for', String.raw`\bstuck (?:for good|forever|for life)\b`),
  rule('powerlessness', 'this is it for me', String.raw`\bthis is it for me\b`),
  rule(
    'powerlessness',
    'matter what',
    String.raw`\b(?:it )?(?:doesn'?t|does not|don'?t) matter what I (?:want|think|say|feel)\b`,
  ),
  rule('powerlessness', 'trapped', String.raw`\btrapped\b(?<=${FEEL_OR_AM} trapped)`, {
    unless: after(String.raw` in (?:traffic|(?:a |an |the )?(?:lift|elevator|queue|jam|snow))\b`),
  }),
  rule('powerlessness', 'stuck', String.raw`${FEEL_OR_AM} stuck\b`, {
    unless: NOT_STUCK_AFTER,
  }),
  rule(
    'powerlessness',
    'helpless|powerless|able',
    String.raw`${FEEL_OR_AM} (?:helpless|powerless|unable|incapable|not able)\b`,
    {
      unless: NOT_ABLE_AFTER,
    },
  ),
  rule('powerlessness', 'options', String.raw`${IM} (?:completely |totally )?out of options\b`),
  rule(
    'powerlessness',
    'able',
    String.raw`\bI(?:(?:'ll| will) never|(?:'?m| am) never going to|(?:'ll| will) not ever| won'?t ever|(?:'?ve| have) never been) (?:be )?able to\b`,
    { unless: IDIOM_AFTER_NEVER_ABLE },
  ),
  rule(
    'powerlessness',
    'choice|option|alternative|say|control|power|way|voice|leverage|pull|influence|clout',
    String.raw`\b(?:I(?:'ve got| have got| got| have|'ve| had|'d|'ve had| had had)|ive got|ive) (?:no|zero|absolutely no|literally no) (?:other |real )?(?:choice|choices|option|options|alternative|say|control|power|way out|voice|leverage|pull|influence|clout)\b`,
  ),
  rule(
    'powerlessness',
    'choice|say|option|control|power|voice|leverage|pull|influence|clout|willpower',
    String.raw`\bI (?:${DONT}|didn'?t|did not) have (?:a|any) (?:real )?(?:choice|say|option|control|power|voice|leverage|pull|influence|clout|willpower)\b`,
  ),
  rule(
    'powerlessness',
    'nothing',
    String.raw`(?:\bthere(?:'s| is| was) )?\bnothing (?:more )?I (?:can|could) do\b|\bthere(?:'s| is) nothing I (?:can|could) (?:say|change|fix)\b`,
  ),
  rule(
    'powerlessness',
    'nothin',
    String.raw`\bnothin(?:g|'?) I \w+(?: \w+){0,5}? (?:ever |really )?(?:matters|makes? (?:a|any|a blind bit of|the slightest) (?:difference|dent)|helps|changes (?:anything|a thing|how|what)|works|stops|lands|goes right|comes out right|moves (?:anything|the \w+)|shifts (?:anything|the \w+))\b`,
  ),
  rule(
    'powerlessness',
    'hands|control',
    String.raw`(?:\bit(?:'s| is) (?:all |completely |totally )?)?\b(?:out of my (?:hands|control)|beyond my control|not in my (?:hands|control))\b`,
  ),
  rule(
    'powerlessness',
    'up|control|hands',
    String.raw`\bit(?:'s| is) (?:just |simply )?not (?:up to me|in my (?:control|hands))\b`,
  ),
  rule(
    'powerlessness',
    'say|choice|vote',
    String.raw`\bI (?:${DONT}|never) get (?:a|any) (?:say|choice|vote)\b`,
  ),
  rule('powerlessness', 'mercy', String.raw`${IM} (?:completely |totally )?at the mercy of\b`),
  rule(
    'powerlessness',
    'ever & way',
    String.raw`\bthere(?:'s| is) no way I(?:'ll| will|'d| would| can| could)? ever\b`,
  ),
  rule(
    'powerlessness',
    'way|choice|option',
    String.raw`\bthere(?:'s| is) no way I (?:can|could)\b|\bthere(?:'s| is) no way out\b|\bno way out of (?:this|here|it)\b|\bthere(?:'s| is) no (?:other )?(?:choice|option|way out) for me\b`,
  ),
  rule(
    'powerlessness',
    'whatever|matter',
    String.raw`\b(?:whatever|no matter what) I (?:do|try|say)\b[^.!?\n]{0,30}?\b(?:won'?t|doesn'?t|will not|does not|never) (?:change|matter|help|make a difference|work)\w*`,
  ),
  rule(
    'powerlessness',
    'never',
    String.raw`\bI(?:'ll| will) never (?:be (?=\w+ed\b|taken seriously|chosen|happy|free)|(?!${NOT_HOPELESS_NEVER}))\w+`,
    {
      unless: RESOLUTION_AFTER,
    },
  ),
  rule('powerlessness', 'tied', String.raw`\bmy hands are tied\b`),
  rule(
    'powerlessness',
    'give|given',
    String.raw`\bI (?:just )?give up\b|\bI(?:'?ve| have) (?:just )?given up (?:trying|on (?:myself|everything|life|it all|ever \w+))\b`,
  ),
  rule(
    'powerlessness',
    'pointless',
    String.raw`(?:^|[.!?\n](?: )?)(?:it'?s|it is|it all feels|everything(?:'s| is)) (?:all |just |so )?pointless(?=(?: )?(?:[,.!;\n]|$))`,
  ),
  // "My input doesn't change anything", "i dont get to decide anything", "no point in me even
  // applying", "no way up from here".
  rule(
    'powerlessness',
    'input|opinion|voice|view|vote|say|work|effort|idea & chang|matter|count|differ',
    String.raw`\bmy (?:input|opinion|voice|view|vote|say|work|effort|ideas?) (?:doesn'?t|does not|never|won'?t) (?:change (?:anything|a thing)|matter|count|make (?:a|any) difference)\b`,
  ),
  rule(
    'powerlessness',
    'get to',
    String.raw`\bI (?:don'?t|do not|never) get to (?:decide|choose|say)\b`,
  ),
  rule(
    'powerlessness',
    'option|choice & have',
    String.raw`\bI (?:don'?t|do not) have (?:any )?(?:other )?(?:options|choice)\b`,
  ),
  rule('powerlessness', 'no point', String.raw`\bno point (?:in )?me (?:even )?\w+ing\b`),
  rule('powerlessness', 'from here', String.raw`\bno way (?:up|out|forward) from here\b`),
  // "can't change anything about my life", "none of it is mine to change", "My life isn't mine
  // to steer anymore", "I can't see that changing".
  rule(
    'powerlessness',
    'change anything',
    String.raw`(?:^|[.!?\n,](?: )?|\bI )${CANT} change anything\b`,
  ),
  rule(
    'powerlessness',
    'mine to|up to me to',
    String.raw`\b(?:none of it|nothing) is (?:mine|up to me) to \w+`,
  ),
  rule(
    'powerlessness',
    'mine to|up to me to',
    String.raw`\b(?:my life|it) (?:isn'?t|is not|'s not) (?:mine|up to me) to \w+`,
  ),
  rule(
    'powerlessness',
    'changing',
    String.raw`\bI ${CANT} see (?:that|it|this|things|anything) (?:ever )?changing\b`,
  ),
  // "it is pointless for me to even try", "there's no point in me trying": trying is futile.
  rule(
    'powerlessness',
    'point & try',
    String.raw`\b(?:it'?s|it is|it feels|feels) (?:so |just |completely )?pointless (?:for me )?(?:to )?(?:even )?try(?:ing)?\b|\b(?:(?:there'?s|there is|I see) )?no point (?:in )?(?:me |my )?(?:even )?trying\b`,
    {
      unless: after(
        String.raw` (?:the |that |this |a )?(?:key|door|printer|app|code|password|link|number|shop|route|road|website|site|charger|cable)\b`,
      ),
    },
  ),
  rule(
    'powerlessness',
    'point',
    String.raw`\bthere'?s no point (?:in )?(?:me )?(?:even )?\w+ing\b[^.!?\n]{0,30}?\b(?:I won'?t|I'?ll never|I will never|it won'?t|they won'?t|he won'?t|she won'?t|nobody|no one|never)\b`,
  ),

  // Unworthiness.
  rule(
    'unworthiness',
    'deserve',
    String.raw`\bI (?:(?:really|just|simply|probably|honestly|still) )?(?:${DONT}|didn'?t|did not) (?:really |even )?deserve\b`,
    { unless: NOT_UNWORTHY_AFTER },
  ),
  rule(
    'unworthiness',
    'deserve',
    String.raw`\bI(?: ${DONT} (?:really )?think| doubt|'?m not sure| am not sure| ${DONT} feel like) (?:that |if )?I (?:really )?deserve\b`,
  ),
  rule(
    'unworthiness',
    'enough',
    String.raw`${NOT_ENOUGH_HEAD} (?:an? )?(?:${WORTH_ADJECTIVE} )?enough\b`,
  ),
  rule(
    'unworthiness',
    'fraud|impost|fake|failure|loser|disappointment|nobody|joke',
    String.raw`(?:${IM}|\bI (?:(?:still|always|often|just) )?feel like) (?:(?:just|such|really|simply|basically|totally|completely|nothing but|kind of|sort of) )*(?:a|an) (?:(?:complete|total|real|absolute|utter|massive|huge|big) )?${SELF_VERDICT}\b`,
  ),
  // "I don't matter (here)", "not much of a son", "not a man worth knowing", "damaged goods":
  // a verdict on the writer's worth without a word of the lists.
  rule(
    'unworthiness',
    't matter|not matter|much of a|worth|damaged goods',
    String.raw`\bI (?:(?:just|really|simply|honestly) )?${DONT} (?:really )?matter\b(?! (?:if|whether|how|what|which|when|where|who)\b)|${IM} (?:(?:just|really|simply|honestly) )?not much of an? (?:son|daughter|dad|father|mum|mom|mother|husband|wife|partner|friend|parent|man|woman|person|brother|sister|grandad|grandma|human being)\b|${IM} not an? (?:man|woman|person|friend|human being) (?:worth|anyone would)\b|${IM} (?:just |only )?damaged goods\b`,
  ),
  // "I'm just a weight on her", "I've no business running a restaurant", "I have no right to
  // be happy": the writer as a load on others, or without a place where they stand.
  rule(
    'unworthiness',
    'weight|drain on|millstone|no business|no right',
    String.raw`${IM} (?:just |only |nothing but )?(?:a )?(?:weight|drain|millstone) (?:on|round|around) (?:her|him|them|everyone(?:'?s)?|everybody(?:'?s)?|us|my \w+|the (?:family|team))\b|\bI(?:'ve| have)(?: got)? no (?:business|right) (?:being|running|doing|trying|calling myself|to (?:be|feel|ask|want|expect|call myself|be happy|complain))\b`,
  ),
  // "I am not the husband she deserved", "What use am I now": not what one should be to others.
  rule(
    'unworthiness',
    'not the|what use|what good',
    String.raw`${IM} (?:just |simply )?not the (?:husband|wife|father|mother|dad|mum|mom|son|daughter|friend|partner|man|woman|parent|brother|sister|grandad|grandma|grandfather|grandmother) (?:she|he|they|you|my \w+|\w+) (?:deserved?|deserves|needed|needs|wanted|wants|hoped for)\b|\bwhat (?:use|good) am I\b`,
  ),
  // "It is all decided over my head", "there's no choice in the matter for me", "I haven't got it
  // in me anymore": a life run by others, or the will to act gone.
  rule(
    'powerlessness',
    'decided|no choice|in me',
    String.raw`\b(?:is|'s|gets|get) (?:all )?decided (?:over my head|for me|without me)\b|\bthere(?:'s| is) no choice (?:in the matter )?for me\b|\bI (?:haven'?t|have not|don'?t have|do not have)(?: got)? it in me(?: any ?more| now)?\b(?! to (?:be (?:cruel|mean|angry|unkind|rude|nasty)|hurt|hate|lie|judge|hold a grudge|stay angry))`,
  ),
  // "I let everyone down": whoever is let down, always by me.
  rule(
    'overgeneralization',
    'everyone down|everybody down|them down|people down',
    String.raw`\bI (?:(?:always|just|only|eventually|inevitably) )?let (?:everyone|everybody|all of them|people) down\b`,
  ),
  rule(
    'unworthiness',
    'worth|useless|unlovable|obsolete|talentless|unemployable|use|good for',
    String.raw`(?:${IM}|\bI (?:(?:still|always|often|just) )?feel) (?:(?:just|so|completely|totally|utterly|simply|really) )?(?:worthless|useless|unworthy|unlovable|obsolete|talentless|unemployable|not worthy|not worth (?:it|the|their|your|his|her|anyone|anything|much|all (?:this|the|that) (?:trouble|effort|bother|fuss|hassle))|(?:no|not any|of no) use to (?:anybody|anyone|anyone|nobody|any of them|them|anybody else|anyone else)|not good for (?:anything|much|nothing)|good for nothing)\b`,
  ),
  rule(
    'unworthiness',
    'real|proper',
    String.raw`${IM} (?:just )?not a (?:real|proper) \w+|\bI(?:'?ll| will) never be a (?:real|proper) \w+`,
  ),
  rule('unworthiness', 'who', String.raw`\bwho am I(?:, [^,?.!\n]{1,60},)? to\b(?! judge\b)`, {
    rhetorical: true,
  }),
  rule(
    'unworthiness',
    'too',
    String.raw`${IM} (?:(?:just|probably|way|far|much|simply|already|getting) )?too (?:old|young|stupid|dumb|thick|slow|useless|weak|soft|broken|damaged|lazy|ugly|shy|messed up|far gone) (?:to|for)\b`,
  ),
  rule('unworthiness', 'late', String.raw`\bit(?:'s| is) too late for me\b`),
  rule('unworthiness', 'cut', String.raw`${IM} (?:just |simply )?not cut out (?:for|to)\b`),
  rule(
    'unworthiness',
    'not|never & as|like',
    String.raw`(?:${IM} not|\bI(?:'ll| will) never be|\bI(?:'m| am) never going to be) (?:as |nearly as )?${WORTH_ADJECTIVE} (?:as|like) (?:the others|the other \w+|the \w+ who|them|him|her|my \w+|everyone|everybody|other people|others|\w+ else|\w+ (?:was|is|does|did))\b`,
  ),
  rule(
    'unworthiness',
    'kind|sort|type',
    String.raw`${IM} (?:just |simply )?not (?:the|a) (?:kind|sort|type) of (?:person|man|woman|guy|girl|people) (?:who|that) (?:gets|can|could|deserves|succeeds|leads|wins|is)\b`,
  ),
  rule(
    'unworthiness',
    'hopeless|useless|rubbish|terrible|awful|worst|trash|crap|garbage|pants',
    String.raw`${IM} (?:just |so |completely |totally |utterly )?(?:hopeless|useless|rubbish|terrible|awful|the worst|trash|crap|garbage|pants) at\b`,
  ),
  rule(
    'unworthiness',
    'qualified|experienced|senior|good|smart',
    String.raw`${IM} (?:just |really |simply )?not (?:qualified|experienced|senior|good|smart) (?:enough )?(?:for|to (?:be|lead|run|apply|ask)) (?:this|the|that|a|such|any)\b`,
  ),
  rule(
    'unworthiness',
    'belong|fit',
    String.raw`\bI (?:just |simply )?(?:${DONT}|will never|'ll never) (?:belong|fit in)\b`,
    { unless: after(' to\\b') },
  ),
  rule(
    'unworthiness',
    'people',
    String.raw`\bpeople like me (?:${DONT}|can'?t|cannot|never|aren'?t|are not|won'?t)\b`,
  ),
  rule('unworthiness', 'takes', String.raw`\bI (?:just |simply )?${DONT} have what it takes\b`),
  rule(
    'unworthiness',
    'material',
    String.raw`${IM} (?:just |simply )?not (?:\w+ )?material\b|${IM} (?:just |only )(?:a|an|the) [^.!?\n,]{1,30}, not (?:\w+ )?material\b`,
  ),
  // "i hate myself", "I can't stand myself": contempt for oneself.
  rule(
    'unworthiness',
    'myself & hate|loathe|despise|disgust|stand',
    String.raw`\bI (?:(?:${SOFTENER}|kind of|sort of|sometimes|often|still) )?(?:hate|loathe|despise|${CANT} stand|am disgusted (?:with|by)|'?m disgusted (?:with|by)) myself\b`,
  ),
  // "I'm not the teacher these kids deserve", "I'm washed up", "I'm no good at this", "not worth
  // the training money they'd spend on me".
  rule(
    'unworthiness',
    'deserve|washed|no good|worth',
    String.raw`${IM} not the \w+ (?:\w+ ){0,3}deserves?\b|${IM} (?:just |completely |totally )?washed up\b|${IM} no good (?:at|with|for|to)\b|(?:^|[.!?\n](?: )?|${IM} )not worth (?:the|their|your|any) \w+ (?:\w+ ){0,4}?(?:on|for) me\b`,
  ),
  // "that's where I belong" at the bottom, "I'm nothing", "a driver pretending to be a manager".
  rule(
    'unworthiness',
    'belong|nothing|pretending|all i',
    String.raw`\b(?:bottom|last|gutter|nowhere)\b[^.!?\n]{0,60}\b(?:that'?s|is) (?:exactly |probably |just )?where I belong\b|\bI(?:'?m| am) (?:just )?nothing(?! (?:if|like|compared|to (?:do|worry|lose)))\b(?! else)|\bI(?:'?m| am) (?:just )?worth nothing\b|\bI(?:'?m| am) (?:just )?(?:a|an) (?:\w+ ){1,3}?pretending to be\b|\bthat'?s all I(?:'?m| am)(?=(?: )?(?:[,.!;\n]|$))|${IM} (?:just|only|nothing but) (?:a|an) [^.!?\n]{0,40}\bnothing more\b`,
  ),
  // "not smart enough for this course", "I'm not fit to wear this uniform", "all I'll ever be good
  // for", "too kind to someone like me", "I'm still no good at", "I'm not even good at",
  // "my English is never going to be good enough".
  rule(
    'unworthiness',
    'not & enough',
    String.raw`(?:^|[.!?\n,](?: )?)not (?:\w+ )?enough (?:for|to)\b`,
    { rhetorical: true },
  ),
  rule('unworthiness', 'not fit', String.raw`${IM} not fit (?:to|for)\b`, { rhetorical: true }),
  rule('unworthiness', 'good for', String.raw`\ball I'?ll ever be good for\b`, {
    rhetorical: true,
  }),
  rule('unworthiness', 'good for', String.raw`\bwhat am I (?:even )?good for\b`, {
    rhetorical: true,
  }),
  rule('unworthiness', 'good for nothing', String.raw`\bgood for nothing\b`, { rhetorical: true }),
  rule(
    'unworthiness',
    'like me',
    String.raw`\btoo (?:good|kind|nice) (?:to|for) (?:someone|somebody|a person|people) like me\b`,
    { rhetorical: true },
  ),
  rule(
    'unworthiness',
    'no good',
    String.raw`${IM} (?:still |just |really )?no good (?:at|with|for)\b`,
    { rhetorical: true },
  ),
  rule('unworthiness', 'not even good', String.raw`${IM} not even good at\b`, { rhetorical: true }),
  rule(
    'unworthiness',
    'never & enough',
    String.raw`\bmy \w+ (?:is|'s) never (?:going to be|gonna be) (?:\w+ )?enough\b`,
    { rhetorical: true },
  ),
  // "What's wrong with me", "I'm so far behind everyone my age".
  rule(
    'unworthiness',
    'wrong|behind',
    String.raw`\bwhat'?s wrong with me\b|\bwhat is wrong with me\b|${IM} (?:so |way |really |still )?(?:far )?behind (?:everyone|everybody|other people|my friends|people my age|my peers)\b`,
    { rhetorical: true },
  ),
  // "I'm the problem", "I'm the reason everything goes wrong".
  rule(
    'unworthiness',
    'problem|reason|disap|dissap|failure|loser|screw|sheep|burden|weak|useless|stupid|backup|lesser|spare|second|afterthought',
    String.raw`${IM} (?:(?:always|just|clearly|obviously|probably|really|only|still) )?the (?:real )?(?:problem|disappointment|dissapointment|dissappointment|failure|loser|screw-?up|black sheep|burden|weak link|useless one|stupid one|backup|lesser one|spare|second best|afterthought|reason (?:everything|things|it all|it) (?:goes|went|go|falls|fell) (?:wrong|badly|apart))\b`,
  ),
  // "I'm just not an artsy person": a self-label (not "a morning person").
  rule(
    'unworthiness',
    'person',
    String.raw`${IM} (?:just|simply) not (?:a|an) (?!(?:morning|night|cat|dog|beach|coffee|tea|summer|winter|city|country|sports?|gym|breakfast|big|huge|phone|texting|party|parties|museum)\b)[\w-]+ person\b`,
  ),
  // "im going to be a rubbish dad": a harsh label for who one will be.
  rule(
    'unworthiness',
    'going|gonna',
    String.raw`${IM} (?:going to|gonna) be (?:a |an |such a )?(?:rubbish|terrible|awful|useless|bad|crap|hopeless|lousy|shit|failure|disappointment)\b`,
  ),
  // "I'm just not a creative person", "I will never be a good mother": a self-label.
  rule(
    'unworthiness',
    'not|never',
    String.raw`(?:${IM}(?: (?:just|simply|really|honestly|clearly|obviously))? not|\bI(?:'ll| will) never be|\bI(?:'m| am) never going to be) (?:a |an )?(?:very |particularly |really )?${WORTH_ADJECTIVE} (?:person|human|human being|friend|parent|mother|mom|mum|father|dad|partner|leader|manager|wife|husband|daughter|son|sister|brother|teacher|writer|colleague|man|woman|guy|bloke|girl|lad|christian|believer|student|employee|worker|boss|artist|player|priest|doctor|nurse|mentor)\b`,
  ),

  // "i'm not the sort that builds a business", "im not the kind of person these firms want",
  // "im not someone a child should look up to": a self-label by what others want or reach (not
  // "I'm not the type to complain").
  rule(
    'unworthiness',
    'not|no|never & sort|kind|type|someone|somebody|person|man|woman|bloke|guy|girl|lad|lass',
    String.raw`${IM} (?:just |simply |really )?(?:not|no|never going to be) (?:the (?:sort|kind|type)(?: of (?:\w+ )?\w+)?|someone|somebody|a (?:person|man|woman|bloke|guy|girl|lad|lass))(?: (?:that|who|to))? (?:(?:gets? (?:ahead|anywhere|picked|chosen|promoted|hired|on)|makes? it|succeeds?|wins?|builds? (?:a|an|anything|something)|goes? (?:far|places))\b|(?:anybody|anyone|people|these \w+|those \w+|firms|employers|companies|a child|kids|\w+s) (?:would |should |could |will )?(?:want|wants|picks?|hires?|chooses?|leaves? (?:a|an|the|their|his|her) \w+ to|looks? up to|trusts?|promotes?|loves?|rates?)\b)`,
  ),
  // "i'm a laughing stock in that church", "i'm a spent force", "now i'm just dead weight".
  rule(
    'unworthiness',
    'stock|force|weight|noise|cause|waste',
    String.raw`${IM} (?:just |only |nothing but |now )*(?:a |an )?(?:laughing ?stock|spent force|dead ?weight|background noise|lost cause|charity case|waste of (?:space|a place|oxygen|a (?:\w+ )?(?:place|seat|salary|wage|uniform)))\b`,
  ),

  // "i am not free to choose anything here", "i just go where i'm put", "what i want doesnt come
  // into it".
  rule(
    'powerlessness',
    'not free|go where|what i want',
    String.raw`${IM} not free to (?:choose|decide|leave|do|say|live)\b|\bI (?:just )?go where (?:I'?m|I am) (?:put|told|sent)\b|\bwhat I want (?:doesn'?t|does not|never) (?:come into it|count|matter)\b`,
  ),

  // "a second-rate mind", "i'm the least clever person in this hall", "im just the girl who
  // stamps things": a rank or a role that makes the writer less.
  rule(
    'unworthiness',
    'rate|least|just the|only the',
    String.raw`${IM} (?:just |only |really )?(?:a |an )?(?:second|third)(?:-| )rate\b|${IM} (?:probably |clearly )?the least (?:clever|talented|capable|experienced|qualified|intelligent|useful|competent|interesting|likeable|popular|gifted) \w+|${IM} (?:just|only) the (?:\w+ ){0,2}?(?:girl|guy|woman|man|bloke|lady|one|person|kid|attachment|extra|spare|help)(?= (?:who|that) (?!(?:loves?|cares?|helps?|makes? (?:it|things) (?:work|happen))\b)\w+)`,
  ),

  // "I don't get to decide where I sleep", "my recommendation doesn't count for anything",
  // "whatever i say in those rooms changes nothing", "i can do nothing".
  rule(
    'powerlessness',
    'get to|count|matter|changes nothing|do nothing',
    String.raw`\bI (?:${DONT}|never) get to (?:decide|choose|pick|say)\b|\bmy (?:recommendation|opinion|voice|view|input|say|vote) (?:doesn'?t|does not|never) (?:count|matter|carry)\b|\b(?:whatever|anything) I (?:say|do|try)\b[^.!?\n]{0,30}\bchanges? nothing\b|\bI can do nothing\b`,
  ),

  // Overgeneralization.
  // "not one shift goes by without me messing something up", "it always ends the same way for me",
  // "every observer finds something wrong with me".
  rule(
    'overgeneralization',
    'goes by without|passes without|ends without|same way|with me',
    String.raw`\b(?:not one|never a|not a single) \w+ (?:goes by|passes|ends) without (?:me|my)\b|\b(?:it |things )?always ends? the same way\b|\b(?:everyone|everybody|every (?!(?:time|day|week|night|morning|year|month|single|other)\b)\w+) (?:\w+ )?finds? (?:something|fault) (?:wrong )?with me\b`,
  ),
  // "everybody in that office looks straight through me", "every recruiter looks past me",
  // "everyone drifts off from me in the end", "every caller can tell im new".
  rule(
    'overgeneralization',
    'every & through|past|from|over|down to|up on|about|out|granted|picks|underestimat|dismiss|overlook|can tell|can see',
    String.raw`\b(?:everyone|everybody|every (?!(?:time|day|week|night|morning|year|month|single|other)\b)\w+)(?: (?:at|in|on) (?:my |the |this |that )?\w+| here)? (?:\w+ )?(?:looks? (?:straight |right )?(?:through|past)|drifts? (?:off |away )?from|talks? (?:over|down to)|gives? up on|forgets? about|leaves? me out|takes? me for granted|sees? (?:straight |right )?through|picks? on|underestimates?|dismisses?|overlooks?) me\b|\b(?:everyone|everybody|every (?!(?:time|day|week|night|morning|year|month|single|other)\b)\w+) (?:\w+ )?can (?:tell|see)(?= (?:that )?(?:I'?m|im|I am)\b)`,
  ),
  // "nothing i try in this pub ever takes off", "nothing i make is ever really any good".
  rule(
    'overgeneralization',
    'nothin',
    String.raw`\bnothin(?:g|'?) I (?:\w+ ){0,5}?(?:ever )?(?:takes? off|sells?|sticks?|is (?:ever )?(?:really )?(?:any )?good(?: enough)?|turns? out (?:right|well)|makes? it|survives?|lasts?|gets? (?:anywhere|off the ground))\b`,
  ),
  // "everything breaks the minute i lay a hand on it", "why does this only ever happen to me",
  // "same story with me every time", "theres never a week where something doesnt go wrong for
  // me", "nothing here works out for me", "its always my name that comes up".
  rule(
    'overgeneralization',
    'breaks|wrong|apart|dies|fails|south|happen|same|never a|works|goes|always my',
    String.raw`\b(?:everything|anything) (?:\w+ )?(?:breaks|goes wrong|falls apart|dies|fails|goes south) (?:the (?:minute|moment|second)|as soon as|whenever|once) I\b|\bonly ever happens? to me\b|\bwhy does (?:this|it|everything|stuff|this stuff) (?:\w+ )?(?:only ever|always) happen to me\b|\bsame (?:old )?(?:story|thing) (?:with me )?every (?:single )?time\b|\bnever a (?:week|day|month|shift|year) (?:where|when|that) (?:something|anything) (?:doesn'?t|does not|don'?t) go wrong\b|\bnothing (?:here |ever )?(?:works|goes) (?:out |right )?for me\b|\balways my (?:name|head|neck) that\b`,
  ),
  // "I always fade in the last 5k. Always.", "every gig i book falls through. every single one.":
  // a sentence of the writer's with a quantifier, then the quantifier again alone, to insist on
  // it. Not a day's count ("every parcel today was for one house. Every single one.").
  rule(
    'overgeneralization',
    'always|never|every',
    // The word first: the two readings back are asked only where it stands.
    String.raw`(?=(?:always|never|without|every)\b)(?<!${PLEDGE}[^.!?\n]{0,80}?[.!?]+ )(?<=(?:\b(?:I|me|my|im|i'm)\b(?![^.!?\n]*\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening))\b)[^.!?\n]{0,60}?\b(?:always|never|every|whenever)\b|\b(?:always|never|every|whenever)\b(?![^.!?\n]*\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening))\b)[^.!?\n]{0,80}?\b(?:I|me|my|im|i'm)\b)[^.!?\n]{0,80}?[.!?]+ )(?:always|never(?: fails| ever)?|without fail|every (?:single |bloody |damn )?(?:time|one)|every\. ?(?:single\. ?)?(?:time|one))(?=[.!])`,
  ),
  // "my body always lets me down", "my brain goes blank every time": one's own body or mind,
  // failing one always.
  rule(
    'overgeneralization',
    'always|constantly|every|never fails',
    String.raw`\bmy (?:body|brain|mind|memory|nerves|confidence|voice|hands) (?:always|constantly|never fails to) (?:lets? me down|fails? me|gives? (?:up|out|way)|goes? (?:blank|to pieces)|freezes?|shuts? down|betrays? me)\b|\bmy (?:body|brain|mind|memory|nerves|confidence|voice|hands) (?:lets? me down|fails? me|gives? (?:up|out|way)|goes? (?:blank|to pieces)|freezes?|shuts? down|betrays? me) (?:every (?:single )?time|always)\b`,
  ),
  // "always me that gets sent to the freezers", "happens to me every single time", "I forget
  // everything these days": one person singled out by all of what happens.
  rule(
    'overgeneralization',
    'always|every|everything',
    String.raw`\b(?:it'?s |its )?always me (?:that|who) (?:gets?|has to|ends? up|is the one)\b|\bhappens to me every (?:single )?time\b|\bI (?:just |always )?forget everything\b`,
  ),
  rule(
    'overgeneralization',
    'anything|nothing|owt|nowt',
    String.raw`\bI (?:${SOFTENER} )?${CANT} (?:seem to )?(?:ever )?(?:do|get|say) (?:anything|nothing|owt|nowt) right\b|(?:^|[.!?\n](?: )?)${CANT} (?:seem to )?(?:ever )?(?:do|get|say) (?:anything|nothing|owt|nowt) right\b`,
  ),
  rule(
    'overgeneralization',
    'always|constantly|forever|never',
    String.raw`\bI (?:do |just |still )?(?:(?:always|constantly|forever) ${ALWAYS_BAD}|never ${NEVER_GOOD})`,
  ),
  rule(
    'overgeneralization',
    'always|constantly|forever',
    // Past forms are reports ("I always failed maths at school"); "eed" verbs are present.
    String.raw`\bI (?:always|constantly|forever) (?!forget how|\w*[^e]ed\b|(?:was|were|had|did|got|went|said|froze|blew|gave)\b)(?=[^.!?\n,;]{0,40}\b${BAD_OUTCOME}\b)[\w-]+`,
  ),
  rule(
    'overgeneralization',
    'never',
    String.raw`\bI never (?:get|receive|got) (?:the |a |any )?(?:credit|recognition|chance|break|promotion|raise|praise|thanks|opportunit\w+|support|help|say|turn|picked|invited|asked|heard|noticed|chosen)\b`,
  ),
  rule(
    'overgeneralization',
    'always|constantly|forever|never',
    String.raw`${IM} (?:(?:always|constantly|forever) (?:(?:running |falling |lagging )?(?:late|behind)|wrong|the (?:one|last)|(?:messing|screwing|failing|forgetting|letting|disappointing|struggling|losing|ruining|falling|procrastinating)|too (?:slow|late|much))|never (?:on time|ready|prepared|good at|any good))\b`,
  ),
  rule(
    'overgeneralization',
    'always|never',
    String.raw`\bI(?:'ve| have) (?:always been (?:bad|terrible|awful|hopeless|useless|rubbish|the worst)|never been (?:good|any good|great|smart|clever|confident|comfortable|organi[sz]ed|disciplined))\b`,
  ),
  rule(
    'overgeneralization',
    'always',
    String.raw`\bI(?: will always be|'ll always be| always will be)(?=[^\S\n]*(?:[,.;!?\n]|$))`,
  ),
  rule(
    'overgeneralization',
    'why',
    String.raw`\bwhy (?:do|am|does|must) I (?:always|never|ever)\b|\bwhy ${CANT} I ever\b|\bwhy (?:does|do|is|are) (?:this|it|everything|things|nothing|everyone|everybody|nobody|no one) (?:always|never|ever)\b`,
    { rhetorical: true },
  ),
  rule(
    'overgeneralization',
    'nothing',
    String.raw`\bnothing (?:ever )?(?:works|goes (?:right|well|my way|to plan)|changes|gets better|turns out (?:right|well)|comes easy)\b`,
  ),
  rule(
    'overgeneralization',
    'things',
    String.raw`\bthings (?:never (?:work out|go (?:right|well|my way))|always (?:go wrong|go badly|fall apart|end badly))\b`,
  ),
  rule(
    'overgeneralization',
    'everything',
    String.raw`\beverything (?:always )?(?:goes wrong|goes badly|falls apart)\b|\beverything I (?:touch|do|try|make|start) (?:is (?:wrong|a mess|a failure)|fails|falls apart|goes wrong|turns to \w+|breaks)\b`,
  ),
  rule('overgeneralization', 'always', String.raw`\bit(?:'s| is) always (?:my fault|me)\b`),
  rule(
    'overgeneralization',
    'every',
    String.raw`\bI (?:(?:just|always|keep|seem to) )?(?:ruin|spoil|wreck|fail at|keep failing at|mess up|screw up|ruining|wrecking|messing up|screwing up) (?:literally |absolutely |just |pretty much )?(?:everything|every (?:single )?(?:relationship|job|friendship|chance|opportunity|thing|project|team|conversation|date))\b|\bI get everything wrong\b|\bI (?:mess|screw|muck) everything up\b|${IM} (?:bad|terrible|hopeless|useless) at everything\b`,
  ),
  rule(
    'overgeneralization',
    'everyone|everybody',
    String.raw`\b(?:everyone|everybody)(?: (?:at|in|on|from) (?:\w+ ){0,3}?\w+| here| around me)?(?:, [^,.!?\n]{1,25},)? (?:else )?(?:(?:seems to|must|probably|secretly|still|always) )?(?:thinks?|believes?|sees|can (?:see|tell))(?= (?:that )?I(?:'?m)?\b)`,
    { unless: NOT_OVERGENERAL_AFTER },
  ),
  rule(
    'overgeneralization',
    'everyone|everybody|whole',
    String.raw`\b(?:everyone|everybody|the whole (?:floor|team|office|school|class|world|department|ward|site))(?: (?:at|in|on) (?:my |the |this )?\w+| here| around me)? (?:else )?(?:knows it|can (?:see|tell) (?:it|that)|sees it|(?:will|'ll|is going to) (?:see|find out|know|realise|realize|notice)\b)`,
    {
      needsBefore: anywhere(String.raw`${IM}`),
    },
  ),
  rule(
    'overgeneralization',
    'nobody|one',
    String.raw`\b(?:nobody|no one|noone|no-one)(?: (?:here|at work|around here|in (?:this|my) \w+|on (?:this|my) team))? (?:(?:ever|really|even) )?(?:${OTHERS_VERB}|\w+s)(?: (?:to|for|about|of|with|on|at))? (?:me|my|what I|how I|that I|a (?:single )?(?:word|thing) I|anything I)\b`,
  ),
  rule(
    'overgeneralization',
    'everyone|everybody|people|me',
    String.raw`\b(?:everyone|everybody) (?:else )?(?:is|seems) (?:(?:so|much|way) )?(?:better|smarter|faster|further ahead|ahead|more \w+)\b[^.!?\n]{0,40}?\bthan me\b|\b(?:everyone|everybody|people)(?: (?:at|in|on) (?:my |the |this )?\w+| here)? (?:\w+ )?(?:hates|hate|ignores|ignore|judges|judge|laughs at|laugh at|looks down on|look down on|leaves|leave|abandons|abandon|forgets|forget|uses|use|rejects|reject|betrays|betray|walks all over|walk all over|gets tired of|get tired of|gets sick of|get sick of|gets bored of|get bored of|talks about|talk about|gossips about|gossip about) me(?: (?:eventually|in the end|sooner or later|behind my back))?\b|\b\w+s (?:all )?(?:hate|can'?t stand|are sick of|are tired of) me\b`,
  ),
  rule(
    'overgeneralization',
    'every|whenever|any time|anytime',
    String.raw`\b(?:every (?:single )?time|whenever|any ?time) I\b[^.!?\n]{0,80}?\b${BAD_OUTCOME}`,
    { unless: after(GROWS_AFTER) },
  ),
  // "whatever i do, mum finds something to criticise", "no matter how hard i revise i still
  // fail", "anything i try to fix i make worse", "nothing I do is ever good enough".
  rule(
    'overgeneralization',
    'whatever|matter|anything',
    String.raw`\b(?:whatever|no matter (?:what|how (?:hard|much|well|often|many (?:times|\w+)))|(?:it )?(?:doesn'?t|does not) matter (?:what|how (?:hard|much|well|often|many (?:times|\w+)))|anything) I(?: \w+){1,3}?\b[^.!?\n]{0,50}?\b(?:${BAD_OUTCOME}|criticis\w*|criticiz\w*|complain\w*|worse|does the opposite|ignores? it|it dies|dies|overrules? (?:it|me)|walks? all over me|over me|hates? me|(?:still|always) (?:fail\w*|the worst|behind|not \w+ enough)|(?:doesn'?t|don'?t|won'?t|never) (?:move|budge|change|work|help|improve|get (?:any )?better)|(?:is|it'?s|I'?m|I am|will be|'?ll be) never (?:\w+ )?enough|(?:is|it'?s|will be|'?ll be) never (?:the )?(?:right|good)(?: thing| enough)?)\b`,
  ),
  rule(
    'overgeneralization',
    'no matter',
    String.raw`\bno matter (?:what|how)\b(?<=\b${NEG_OUTCOME}[^.!?\n]{0,40}\bno matter (?:what|how))`,
  ),
  rule(
    'overgeneralization',
    'nothing i',
    String.raw`\bnothing I \w+(?: is| will be|'?s)? ever (?:any )?(?:good enough|enough|good|right)\b`,
  ),
  // "I fuck up every single relationship I have": the same end, named for everything.
  rule(
    'overgeneralization',
    'every',
    String.raw`\bI (?:fuck|mess|screw|cock|balls) up every (?:single )?(?:\w+ )?(?:thing|relationship|job|friendship|chance|opportunity|time)\b`,
  ),
  // "Nobody ever rings back", "I'm not good at anything": everyone, or everything, at once.
  rule(
    'overgeneralization',
    'ever',
    String.raw`\b(?:nobody|no one|no-one|noone) ever (?:rings|calls|texts|messages|writes|gets) (?:me )?back\b`,
  ),
  rule(
    'overgeneralization',
    'good at anything',
    String.raw`\bI(?:'?m| am) (?:not|no) good at anything\b`,
  ),
  // "The kids deserve a better mum than me", "there's something wrong with me".
  rule(
    'unworthiness',
    'better & than me',
    String.raw`\b(?:deserves?|deserved) (?:so much |much |a lot |far )?(?:an? )?better (?:\w+ )?than me\b`,
  ),
  rule(
    'unworthiness',
    'with me|in me',
    String.raw`\b(?:there'?s|there is) something (?:wrong|broken|missing) (?:with|in) me\b(?![^.!?\n]*\b(?:fever|temperature|cold|flu|stomach|knee|back|tooth|eye|ear|throat|chest|covid|virus|bug|doctor|gp|scan|test|blood)\b)`,
  ),
  // "Final hearing tomorrow … I have no chance": no say in how it ends.
  rule(
    'powerlessness',
    'chance',
    String.raw`\bI(?: have|'ve got| got| stand) (?:no|zero) chance(?=\s*(?:[.!,\n]|$))`,
  ),
  // "Nothing I start ever goes anywhere": every beginning, the same end.
  rule(
    'overgeneralization',
    'nothing i & ever',
    String.raw`\bnothing I (?:\w+ ){1,2}ever (?:goes anywhere|comes to anything|lasts|sticks|works out)\b`,
  ),
  rule(
    'overgeneralization',
    'no matter',
    String.raw`\bno matter (?:how (?:hard|much|many times|often)|what) I \w+(?<=\b(?:can'?t|never|still (?:can'?t|fail\w*))\b[^.!?\n]{0,60}\bno matter (?:how (?:hard|much|many times|often)|what) I \w+)`,
  ),
  // "Nothing will ever feel normal again", "my body fails me constantly", "I'll always be the
  // new girl", "My whole life I've been the one people forget".
  rule(
    'overgeneralization',
    'nothing & ever',
    String.raw`\bnothing (?:will|is going to|'?ll) ever (?:feel|be|get|go) (?:normal|right|okay|ok|good|better|the same)\b`,
  ),
  rule(
    'overgeneralization',
    'never',
    String.raw`\b(?:it|things|life) (?:will|'?ll|is going to) never (?:get better|improve|be (?:okay|ok|normal|the same|good))\b`,
  ),
  rule(
    'overgeneralization',
    'fail|let|betray & constantly|always|every|the time',
    String.raw`\b(?:my \w+|it|this|everything|life|people) (?:\w+ )?(?:fails?|lets? me down|betrays?) me (?:constantly|always|every (?:single )?time|all the time)\b`,
  ),
  rule(
    'overgeneralization',
    'always be',
    String.raw`\bI(?:'?ll| will) always be (?:the|an?) (?:\w+ )?(?:one|outsider|odd one out|new \w+|weird \w+|failure|problem|loser|last|spare)\b`,
  ),
  rule(
    'overgeneralization',
    'life',
    String.raw`\bmy (?:whole|entire) life,? I(?:'?ve| have) been the (?:\w+ )?one\b`,
  ),
  // The general form: a rule for every time ("every single shift", "all the time", "always",
  // "constantly"), the writer and a bad outcome in one sentence, in either order ("i miss
  // something every release", "every lesson I plan falls flat", "I make mistakes all the time").
  rule(
    'overgeneralization',
    `every|always|constantly|the time & ${NEG_WORDS}`,
    String.raw`\b(?:${EVERY_TIME})\b(?! (?:says?|said|tells?|told|calls?|called|reminds?|reminded) (?:me )?(?:that )?I)[^.!?\n]{0,50}?\b(?:I|me|my)\b[^.!?\n]{0,40}?\b${NEG_OUTCOME}|\b(?:${EVERY_TIME})\b[^.!?\n]{0,30}?\b(?:on me|over me|against me|let me down|blamed? (?:on )?me|goes wrong|go wrong|went wrong|falls? apart)\b|\b(?:${EVERY_TIME})\b(?<=\bI(?:'?m| am)?\b[^.!?\n]{0,40}?\b${NEG_OUTCOME}[^.!?\n]{0,40}?\b(?:${EVERY_TIME}))`,
    {
      unless: after(
        String.raw`[^.!?\n]{0,10}\b(?:and that'?s (?:fine|okay|ok)|haha|lol)\b|${GROWS_AFTER}`,
      ),
    },
  ),
  // "nobody reads my tickets", "Nobody I talk to understands", "Devs never take my reports
  // seriously", "clients always pick the other guy over me", "People will always see me as…".
  rule(
    'overgeneralization',
    'nobody|no one|noone|no-one|not one|never|always',
    String.raw`\b(?:nobody|no one|noone|no-one|not one (?:person|soul))(?: (?:I|who) \w+(?: \w+)?| (?:on|at|in) (?:that |this |my |the )?\w+)?(?: (?:will|would|'ll))?(?: (?:ever|really|even|actually))? (?!cares? about (?:it|that|this)\b)(?!(?:was|is|has|does|gets|goes|knows|made|makes|forced|forces|pushed|pushes|pressured|pressures|rushed|rushes|judged|judges|minded|minds|bothered|bothers)\b)\w+\b[^.!?\n]{0,30}?\b(?:me|my|(?:when|that|if|what|how) I)\b|\b(?:will |'ll )?never\b(?<=\b\w+s (?:will |'ll )?never) (?:\w+ ){0,3}?(?:me|my)\b|\b(?:will |'ll )?always\b(?<=\b\w+s (?:will |'ll )?always) (?:\w+ ){0,4}?(?:over me|me as|ignore me|forget me|leave me|blame me|judge me|laugh at me|talk over me|interrupt me|let me down)\b`,
  ),
  // "I'm the one nobody comes to", "Everyone at meetings still sees me as the drunk".
  rule(
    'overgeneralization',
    'one|sees|treats',
    String.raw`${IM} (?:always |still )?the one (?:nobody|no one|noone|everyone|everybody) \w+|\b(?:everyone|everybody|people)(?: (?:at|in|on) (?:my |the |this )?(?:[^\s.!?]+ ){0,2}[^\s.!?]+)? (?:still |always )?(?:sees|see|treats|treat|thinks of|think of) me (?:as|like)\b|\b(?:everyone|everybody)(?: (?:at|in|on) (?:my |the |this )?(?:[^\s.!?]+ ){0,2}[^\s.!?]+)? (?:still |always )?(?:avoids|pities) me\b`,
  ),
  // "always have, always will", "I've always been the guy who…", "always the last to know",
  // "everyone else gets it first time and i never do", "I'm the one who gets the blame".
  rule('overgeneralization', 'always will', String.raw`\balways have,? (?:and )?always will\b`),
  rule(
    'overgeneralization',
    'always been the',
    String.raw`\bI(?:'?ve| have) always been the (?:one|guy|girl|person|kid|woman|man) (?:who|that)\b`,
  ),
  rule(
    'overgeneralization',
    'always the',
    String.raw`(?:^|[.!?\n,](?: )?|${IM} )always the (?:last|first|only) (?:to|one)\b`,
  ),
  rule(
    'overgeneralization',
    'else',
    String.raw`\b(?:everyone|everybody) else\b[^.!?\n]{0,40}\band I (?:never|always|can'?t)\b`,
  ),
  rule(
    'overgeneralization',
    'the blame',
    String.raw`${IM} (?:always )?the one who (?:gets|takes) the blame\b`,
  ),
  rule(
    'overgeneralization',
    'never',
    String.raw`\bI never (?:speak up|say no|stand up for myself)\b`,
  ),
  // "Every single parent is going to see straight through me".
  rule(
    'overgeneralization',
    'every',
    String.raw`\bevery (?:single )?\w+ (?:is going to|will|'ll|is gonna) (?:see (?:straight |right )?through me|find out|know I'?m|realise|realize|judge me|laugh at me)\b|\b(?:why does|why do|how does|how come) everything (?:always )?(?:go|goes) wrong\b`,
    { rhetorical: true },
  ),
  // "Every relationship I've had ends the same way".
  rule(
    'overgeneralization',
    'every',
    String.raw`\bevery (?:single )?\w+ I(?:'?ve| have)? (?:ever )?\w+\b[^.!?\n]{0,40}?\b(?:ends? (?:badly|the same|in)|ended (?:badly|the same)|goes wrong|went wrong|fails?|failed|falls? apart|fell apart|the same way|badly|sideways|south|pear-shaped|belly up|leaves? me|left me|turns? out (?:to be )?(?:wrong|the wrong|bad|a mistake|a disaster)|goes? stale|stalls?(?: out)?|gets? cancell?ed|slips? through|shuts?|ghosts? me|flops?|tanks?|dies)\b|\bevery (?:single )?\w+,? I (?:${ALWAYS_BAD}|forget|cry|panic)\w*`,
    { unless: after(GROWS_AFTER) },
  ),
  // "its always my fault", "everything is my fault".
  rule(
    'overgeneralization',
    'fault|always',
    String.raw`\b(?:it'?s|it is|its) always (?:my fault|me)\b|\beverything(?:'s| is)(?: always)? my fault\b|\balways my fault\b`,
  ),
  // "I fold every time".
  rule(
    'overgeneralization',
    'every',
    String.raw`\bI (?:${ALWAYS_BAD}|fold|cave|crumble|cry|crack|bottle it|mess (?:it )?up|screw (?:it )?up|panic|stutter|blank|botch|bodge|fluff|fumble|flunk|bomb)\w*(?: (?:it|up))* (?:(?:at|in|on|after|before|during) )?every (?:single )?\w+`,
  ),
  // "i'm always so behind", "I'm always the last": a place made into a trait.
  rule(
    'overgeneralization',
    'always|constantly|forever',
    String.raw`${IM} (?:always|constantly|forever) (?:so |really |completely |hopelessly )?(?:behind|late|the last|last|a mess|a wreck|the odd one out|left out|in the way|the problem|messing up|letting \w+ down|getting it wrong|the (?:slowest|worst|weakest) \w+)\b`,
  ),
  // "It's always like this with me", "every application I send goes nowhere", "I've never once
  // finished anything", "I'm never there for the important stuff": one life read as a rule.
  rule(
    'overgeneralization',
    'always',
    String.raw`\b(?:it'?s|it is|is) always (?:like this|like that|the same) (?:with|for) me\b|\beverything always (?:breaks|goes wrong|falls apart|fails)\b(?= (?:when (?:it'?s )?(?:my|I)|for me|on me)\b)`,
  ),
  rule(
    'overgeneralization',
    'every & nowhere|fails|rejected|wrong|apart',
    String.raw`\bevery (?:\w+ ){0,2}I (?:send|try|apply for|write|start|make|do|touch|submit|pitch) (?:\w+ )?(?:goes nowhere|fails|gets rejected|goes wrong|falls apart)\b`,
  ),
  rule(
    'overgeneralization',
    'never',
    String.raw`\bI(?:'ve| have)? never (?:once )?(?:finished|completed|stuck (?:with|at)) (?:anything|a single thing)\b|${IM} never (?:there|around) for (?:the important|anyone|anything|my \w+|the \w+ that matter)\b`,
  ),
  // "my whole life has been one failure after another".
  rule(
    'overgeneralization',
    'life & whole|entire',
    String.raw`\bmy (?:whole|entire) life (?:has been|is|was|'?s been)\b[^.!?\n]{0,30}?\b(?:failures?|mess|disaster|waste|joke|mistakes?|bad (?:decisions?|decisons?|choices?)|letdowns?|let-downs?|struggle|disappointments?)\b`,
  ),
  // Self-labels by rank or by measure: "I'm the weakest tester on the team", "I'm not half the
  // farmer he was", "I'm worth less than the kit", "thick as two short planks", "too thick to".
  rule(
    'unworthiness',
    'weakest|worst|slowest|dumbest|thickest|least',
    String.raw`${IM} (?:just |probably |easily |clearly |by far )?the (?:weakest|worst|slowest|dumbest|thickest|least (?:capable|able|talented|competent|useful|qualified)) (?:\w+ ){0,3}?(?:on|in|of|at)\b`,
  ),
  rule(
    'unworthiness',
    'half',
    String.raw`${IM} not half the (?!size\b|weight\b|height\b|age\b|price\b)\w+ (?:he|she|they|my \w+|(?!I\b|it\b|we\b)\w+) (?:was|is|were|used to be)\b`,
  ),
  rule(
    'unworthiness',
    'worth',
    String.raw`${IM} worth less than\b|${IM} (?:just |really |honestly )?not worth (?:the|my|half (?:the|my)) (?:\w+ )?(?:rate|pay|salary|wage|wages|money|fee|fees|place|desk|uniform)\b`,
  ),
  rule(
    'unworthiness',
    'thick|stupid|dim|dense|dumb',
    String.raw`${IM} (?:just |far |way |much |so )?(?:too (?:old|slow) and )?too (?:thick|stupid|dim|dense|dumb)\b|${IM} (?:just |so |such )?(?:\w+ and )?thick as\b(?! thieves)|\bthick as (?:mince|two short planks|a brick|a plank|pig shit) me\b`,
  ),
  rule(
    'unworthiness',
    'special|good|interesting & about',
    String.raw`\b(?:there'?s|there is|theres) nothing (?:special|good|interesting|worth \w+) about me\b`,
  ),
  rule(
    'unworthiness',
    'glorified|danger|letdown|let',
    String.raw`${IM} (?:just |only |nothing but |such )?(?:a glorified\b|a danger to\b|a (?:let-?down|letdown)\b|such a let down\b)`,
  ),
  rule('unworthiness', 'point & me', String.raw`\bwhat'?s the point (?:of|in) me\b`),
  rule(
    'unworthiness',
    'never|going|gonna & good',
    String.raw`\b(?:I(?:'?m| am) never going to be|I(?:'?ll| will) never be) (?:any|much|very) good\b`,
  ),
  // "ive got no choice but to", "I don't get a say in anything", "I just don't have it in me".
  rule(
    'powerlessness',
    'choice',
    String.raw`\bI(?:'?ve| have)? got no choice\b|\bI had no choice\b`,
  ),
  rule(
    'powerlessness',
    'say',
    String.raw`\bI (?:\w+ly )?(?:don'?t|do not|never) (?:get|have) (?:a|any) say\b`,
  ),
  // "i get zero say over my own classroom", "back to work in March, no say in it" (not "the
  // purser has no say over the roster").
  rule(
    'powerlessness',
    'say',
    String.raw`(?:\bI (?:\w+ly )?(?:get|have|got|had) |\bI(?:'?ve| have) |(?:^|[.!?,;\n])(?: )?)(?:no|zero|nae|never had any|never (?:got|get|have) any) say (?:in|over)\b`,
  ),
  // "whether I get it isn't up to me": the outcome of one's own life is someone else's.
  rule(
    'powerlessness',
    'up to me',
    String.raw`\b(?:isn'?t|isnt|is not|was never) up to me\b(?! to\b)`,
  ),
  // "there's no point asking for a raise", "what's even the point of applying": effort is futile.
  rule(
    'powerlessness',
    'point|use',
    String.raw`\b(?:(?:there'?s|theres|there is) )?no (?:point|use) (?:in )?(?:me |my )?(?:even )?${EFFORT}\b|\bwhat'?s (?:even |really )?the point (?:of|in) (?:me |my )?(?:even )?${EFFORT}\b|\b(?:it'?s |its )?pointless (?:me )?(?:even )?${EFFORT}\b`,
  ),
  // "I'm stuck on helpdesk for life", "stuck like this for good": no way out, ever.
  rule(
    'powerlessness',
    'stuck',
    String.raw`\bstuck (?:on|in|at|with) (?!(?:the |a |this )?(?:traffic|queue|jam|lift|elevator|airport|station|snow|mud|tailbacks?)\b)(?:the |this |my )?(?:[^\s.!?]+ ){1,3}?(?:for life|for good(?! measure)|forever)\b|\bstuck like this (?:for good|forever|for life)\b`,
  ),
  rule(
    'powerlessness',
    'have it in me',
    String.raw`\bI (?:just |simply )?(?:don'?t|do not) have it in me\b`,
    {
      unless: after(
        String.raw` to (?:hold a grudge|stay (?:angry|mad|cross)|be (?:mean|cruel|unkind|rude|nasty|angry))\b`,
      ),
    },
  ),
  rule('powerlessness', 'way out', String.raw`\bno way out for (?:someone|people|a \w+) like me\b`),
  rule(
    'powerlessness',
    'never & get to',
    String.raw`\bI(?:'?m| am) never (?:going to|gonna) get to\b(?! sleep\b| bed\b| the end\b| the bottom\b)`,
  ),
  // "Nobody on the wing takes a word I say seriously", "I'm the one who always ruins it".
  rule(
    'overgeneralization',
    'nobody|no one|no-one & seriously',
    String.raw`\b(?:nobody|no one|no-one)\b[^.!?\n]{0,30}?\btakes? (?:me|a word I say|anything I say|what I say) seriously\b`,
  ),
  rule(
    'overgeneralization',
    'one',
    String.raw`${IM} (?:always )?the one who (?:always )?(?:ruins? (?:it|things|everything)|mess(?:es)? (?:it|things|everything) up|screws? (?:it |things |everything )?up|fails? (?:everyone|everybody|at everything)|breaks? (?:it|things|everything)|forgets? (?:everything|things)|gets? (?:it|things|everything) wrong|lets? (?:\w+ ){0,2}down|cocks? (?:it |things )?up|drops? the ball)\b`,
  ),
  // Thirteenth round (sets 39 and 40: chronic illness and carers; recovery and the margins).
  // "i'm pointless", "i'm a nothing", "i'm rotten inside", "I'm just a problem to be managed": a
  // verdict on the self as a thing of no use or gone bad.
  rule(
    'unworthiness',
    'pointless|nothing|rotten|problem',
    String.raw`${IM} (?:just |such |nothing but |completely |totally )?(?:pointless|a nothing|rotten (?:inside|to the core|through and through)|a problem(?! (?:solver|solving|with|for|at|when|if)\b))\b`,
  ),
  // "i'm not worth loving", "im still not worth anyones time", "theres nothing in me worth
  // anything": worth denied to the self by another's measure.
  rule(
    'unworthiness',
    'worth',
    String.raw`${IM} (?:just |still |really |simply |probably )?not worth (?:loving|knowing|saving|keeping|caring about|any(?:one|body)'?s (?:time|love|trouble|effort|bother)|anyone'?s|anybody'?s)\b|\bnothing (?:in|about) me (?:is |that'?s )?worth (?:anything|loving|keeping|knowing|a damn)\b`,
  ),
  // "Everyone's sick of me", "all the other parents look down on me", "everyone laughs when i read
  // out loud", "everyone in the family forgets I exist": all of them, set against the writer.
  rule(
    'overgeneralization',
    'everyone|everybody|all the|all of them & sick of me|down on me|laugh|forget|at me like',
    String.raw`\b(?:everyone|everybody|all the (?:other )?\w+|all of them)(?: (?:at|in|on|from) (?:the |my |this )?(?:\w+ ){0,2}?\w+)?(?:'s| is| are)? (?:(?:just|always|already|all|so|really) )?(?:sick of me|(?:looks?|looking) down on me|laughs? (?:at me|when I)|forgets? (?:I exist|about me)|(?:looks?|stares?) at me like)\b`,
  ),
  // "I never get anything I apply for": a whole kind of attempt, always lost.
  rule(
    'overgeneralization',
    'never get',
    String.raw`\bI (?:just )?never get (?:anything|any of the \w+|a single \w+|owt) I (?:apply|go|try|ask|bid|audition|interview|put in) for\b|\bI (?:just )?never get (?:anything|owt) I (?:want|need)\b`,
  ),
  // "every job i get goes to shit", "every time i get clean something drags me back".
  rule(
    'overgeneralization',
    'every & to shit|to hell|to pot|to crap|to dust|drags me|pulls me',
    String.raw`\bevery(?:thing| single thing) I (?:touch|try|do|start|make)\b[^.!?\n]{0,20}?\b(?:goes|turns) to (?:shit|crap|hell|pot|dust)\b|\bevery (?:single )?(?:time|\w+) I\b[^.!?\n]{0,50}?\b(?:go(?:es)? to (?:shit|hell|pot|crap)|(?:something|it|life|\w+) (?:drags|pulls) me (?:back|down|under))\b`,
  ),
  // "Nothing I do keeps her safe", "It doesn't matter what I do, the MS is going to take
  // everything": effort of the writer's that can change nothing.
  rule(
    'powerlessness',
    'nothing i & keeps|stops|fixes|helps|changes|works|saves',
    String.raw`\bnothing I (?:do|try|say)(?: \w+){0,3}? (?:ever )?(?:keeps|stops|fixes|helps|changes|works|saves)\b`,
  ),
  rule(
    'powerlessness',
    'matter what i',
    String.raw`\b(?:it )?(?:doesn'?t|does not|don'?t|won'?t) (?:really )?matter what I (?:do|try|say)(?=\s*(?:[,;:.!-]|$))`,
  ),
  // "ive never had a say in my own life": no say, ever, over one's own course.
  rule(
    'powerlessness',
    'never had',
    String.raw`\bI(?:'?ve| have) never had (?:a|any) (?:say|choice|control|voice)(?: (?:in|over|about) (?:my own|my|anything|what))\b`,
  ),
  // Fifteenth round (sets 43 and 44: forum posts; neurodivergent adults, burnout and debt).
  // "I'm too much", "i'm such dead weight", "I'm thick", "I'm just wired wrong": the self as an
  // excess, a load, a faulty thing.
  rule(
    'unworthiness',
    'too much|weight|thick|wired|built|made',
    String.raw`${IM} (?:just |simply |always |such |so |really |basically )?(?:too much(?=\s*(?:[.!,;:]|$)| for (?:everyone|anyone|everybody|people|them)\b)|(?:a |such )?dead ?weight\b|thick(?=\s*(?:[.!,;:]|$)| as (?:two|a|mince|pigshit)\b)|(?:wired|built|made) (?:wrong|wrongly|badly|broken)\b|too much (?:hassle|trouble|bother|work|effort)\b)`,
  ),
  // "I'll never be out of debt", "I'm never going to have a life of my own again": a hole or a
  // life the writer sees no way to.
  rule(
    'powerlessness',
    'never',
    String.raw`\bI(?:'?ll| will|'?m| am) never (?:going to |gonna )?(?:be|get) (?:out of|free of|clear of|on top of) (?:debt|this|it|the (?:debt|hole|mess|red))\b|\bI(?:'?m| am) never (?:going to|gonna) have (?:a|any) (?:life|future|say|choice)\b`,
  ),
  // "i'm never going to be manager material", "I'm not wife material": not of the stuff a role
  // is made of.
  rule(
    'unworthiness',
    'material',
    String.raw`(?:${IM} (?:just |simply |really )?(?:not|never going to be|never gonna be)|\bI(?:'?ll| will) never be) (?:\w+ ){1,2}?material\b`,
  ),
  // "it never works out for me", "i never get recognised for anything i do".
  rule(
    'overgeneralization',
    'never|ever',
    String.raw`\b(?:it|things|nothing|anything) (?:just )?(?:never|doesn'?t ever|don'?t ever) (?:works?|goes|go|turns?) out (?:well |right )?for me\b|\bI (?:just )?never get (?:recogni[sz]ed|credit|thanked|noticed|acknowledged|appreciated) for (?:anything|any of it|what I do|all I do)\b`,
  ),
  // "I burn out in every job": a whole kind of place, always the same end.
  rule(
    'overgeneralization',
    'every',
    String.raw`\bI (?:always )?(?:burn out|fail|mess up|screw up|get (?:fired|sacked|let go)|fall apart|crash and burn|give up|quit|flame out) (?:in|at|on|of) every (?:single )?(?:job|relationship|team|role|course|class|place)\b`,
  ),
  // "I'll always be the person who lets the important stuff slide".
  rule(
    'overgeneralization',
    'always',
    String.raw`\bI(?:'?ll| will) always be the (?:one|person|guy|girl|kid|friend|idiot) (?:who|that) (?:lets?|ruins?|messes|screws|forgets?|fails?|drops?|misses|breaks?|gets? (?:it|things|everything) wrong)\b`,
  ),
  // "i have zero willpower": none at all, as a fact of the self.
  rule(
    'powerlessness',
    'zero|no',
    String.raw`\bI(?:'ve| have)? (?:just |honestly |literally )?(?:have |got )?(?:zero|no|absolutely no) (?:willpower|will power|self-control|self control|discipline)\b`,
  ),
  // Sixteenth round (sets 45 and 46: clinicians and vets; terse writers in practical work).
  // A sentence that opens on the verb, its subject the writer left out ("dont deserve her, simple
  // as", "had no choice but to take nights", "never had a say in my own life", "cant change now").
  rule(
    'unworthiness',
    'deserve',
    String.raw`${SENTENCE_START}(?:just |really |honestly )?(?:don'?t|do not|dont) deserve\b`,
    { unless: NOT_UNWORTHY_AFTER },
  ),
  rule(
    'powerlessness',
    'no|never',
    String.raw`${SENTENCE_START}(?:(?:had|have|got) no (?:choice|option|say)|never had (?:a|any) (?:say|choice|control|voice))\b|${SENTENCE_START}(?:(?:just|really) )?(?:got|get|ain'?t got|aint got) no (?:say|choice|control|voice)\b|\bI (?:ain'?t|aint) got no (?:say|choice|control|voice)\b`,
  ),
  rule(
    'powerlessness',
    'can',
    String.raw`${SENTENCE_START}(?:${SOFTENER} )?${CANT}(?= ever\b| change\b| get out\b| say no\b| cope\b| handle\b| stop\b| trust myself\b)`,
    {
      unless: NOT_POWERLESS_AFTER,
    },
  ),
  // "stuck in this job till i drop": no way out for the rest of a life.
  rule(
    'powerlessness',
    'stuck|trapped',
    String.raw`\b(?:stuck|trapped) (?:in|with|at) (?:this|my|the) (?:\w+ ){0,2}?(?:till|until) (?:I (?:drop|die|retire|snuff it|peg it)|the day I die)\b`,
  ),
  // "nae use to anybody, me", "im past it", "they dont want a thicko like me", "I'm no good in
  // an emergency": a whole self of no use.
  rule(
    'unworthiness',
    'use|good|past it|like me',
    String.raw`(?:${IM}|\bim) (?:nae|no|not) (?:use|good) to (?:anybody|anyone|naebody|nobody|man nor beast)\b|\b(?:nae|no) (?:use|good) to (?:anybody|anyone|naebody|nobody),? me\b|(?:${IM}|\bim) (?:just |well |totally |completely )?past it\b|\b(?:a|an) (?:thicko|idiot|loser|failure|nobody|waste of space|dunce|numpty|muppet|thicky|divvy) like me\b|(?:${IM}|\bim) (?:just )?no good (?:in|at|with|under)\b`,
  ),
  // "im always in the wrong whatever i do", "im never picked for anything", "i get nothing but
  // grief", "the whole department thinks I'm a joke".
  rule(
    'overgeneralization',
    'always|never|nothing but|whole',
    String.raw`(?:${IM}|\bim) always in the wrong\b|(?:${IM}|\bim) never (?:picked|chosen|asked|invited|thanked|noticed) for anything\b|\bI (?:always )?get nothing but (?:grief|stick|abuse|hassle|complaints|criticism|earache)\b|\bthe whole (?:department|team|office|ward|class|family|school|world|street|village|unit|practice|site|depot|floor|year) (?:\w+ )?(?:thinks|knows|sees|reckons|says) (?:that )?I'?m\b`,
  ),
  // Seventeenth round (sets 49 and 50: eating disorders, self-harm and mental-health services;
  // drink, drugs and the night-time economy). "No choice, never had one", "no matter how hard I
  // try" (not "no matter what I do", which may say always), "too cooked to ever make anything of myself", "I take up too much space", "it always
  // ends the same", "I'll be like this forever", "a junkie".
  rule(
    'powerlessness',
    'choice|matter|make anything|make something|make much|forever|for ever|for life',
    String.raw`${SENTENCE_START}no choice(?=,|\s*[.!]| but\b)|\bno matter how hard I try\b|\b(?:never|ever|won'?t|can'?t) (?:\w+ ){0,2}make (?:anything|something|much) of myself\b|\bI'?ll (?:always )?be (?:like this|stuck|this way) (?:forever|for ever|for life)\b`,
  ),
  rule(
    'unworthiness',
    'too much|junkie|waster|lowlife|degenerate|scrounger|scumbag',
    String.raw`\bI take up too much (?:space|room|of (?:everyone'?s|your|their) time)\b|${IM} (?:just |only |nothing but )?(?:a |an )?(?:junkie|waster|lowlife|degenerate|scrounger|scumbag)\b`,
  ),
  rule(
    'overgeneralization',
    'always ends',
    String.raw`\bit always ends (?:the same(?: way)?|badly|in tears)\b`,
  ),
];
