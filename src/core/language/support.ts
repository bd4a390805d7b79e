/**
 * The safety net: whether a text speaks, in the writer's own present voice, of wanting to die,
 * of ending their life or of harming themselves — also indirectly ("everyone would be better off
 * without me", "I wrote goodbye letters", "I want it all to stop for good"). Idioms ("this
 * deadline is killing me", "dying to see it") and other people's stories ("my grandmother died")
 * are not. When it holds, the person is shown where help is, at once and calmly; the answer is
 * computed on each request and never stored, logged, counted or mailed.
 *
 * Three readings, any of which is enough: phrases of risk in the writer's own clause (`RISK`,
 * read by wink-nlp only where one matched); hints of two kinds in one text (`HINTS`: a means and
 * a time, things given away and no more need of them, a goodbye and no one to blame); and a
 * reading by meaning, sentence by sentence (`risk-concepts.ts`). What each sentence gave is kept
 * (bounded memos, emptied with the readings), so a text typed on reads only its new sentences.
 *
 * It leans towards noticing: a calm message shown once too often costs little, one missed costs
 * much. Pure and deterministic.
 */
import { isOwnBelief } from './context';
import { clauseAt } from './clauses';
import { type Analysis, type Clause, analyse, sentenceMemos } from './nlp';
import { Memo, sentenceRuns } from './segments';
import { findQuotes } from '../limiting-language-context';
import { expand } from '../limiting-language-patterns';
import {
  ASKED_BY,
  BEFORE_NOW,
  BRIEFLY,
  EFFORT,
  FEAR_OF_DYING,
  PAST_TIMES,
  QUESTION_OPENS,
  speaksOfRisk,
  THEIR_CLAIM,
  CAPTION_OF_ME,
  HANGOVER,
  NOT_MEANT,
  PAGE_QUOTED,
  WAKE_REASON,
} from './risk-concepts';
import { readerSpeaksOfRisk } from './support-reader';

const I = String.raw`\bI(?:'m| am|'ve| have|'d| would| just| really| realy| rly| honestly| still| sometimes| often| kind of| think I| feel like I)*`;
const WANT = String.raw`(?:want|wanna|wish|need|would like|'d like|plan|am planning|'m planning|am going|'m going|am ready|'m ready|deserve|should|have decided|'ve decided|am thinking about|'m thinking about|keep thinking about|think about|am thinking of|'m thinking of)`;
const DIE = String.raw`(?:to )?(?:die|dye(?=(?: )?(?:[.!?,;\n]|$)| i\b| and i\b)|be dead|not (?:be here|be hear|exist|be alive|wake up)|stop (?:existing|living|breathing)|kill myself|end (?:my life|it all|everything|things|it)|take my (?:own )?life|disappear (?:forever|for good)|hurt myself|harm myself|cut myself|overdose|jump)\b`;

/** A day of the week, in a pattern read case-insensitively. */
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** Where on one's own body harm is done (a hand is also where a kitchen knife slips). */
const SKIN = '(?:arms?|wrists?|legs?|thighs?|stomach|belly|hips?|chest|ankles?|skin)';

/** Medicines one might save up: the common words and the drugs people name. */
const MEDICINES = String.raw`(?:sleeping )?(?:pills|tablets|meds|medication|paracetamol|painkillers|morphine|insulin|oxycodone|codeine|tramadol|pregabalin|gabapentin|antidepressants|lithium|\w+azepam|oramorph|fentanyl|methadone|amitriptyline|nortriptyline|propranolol|quetiapine|zopiclone|sertraline|citalopram|mirtazapine)`;

/**
 * The general form under the fixed phrases: the writer ("I", "im", "i've"), a few words that deny
 * nothing ("I think I", "i honestly just", "i wish i could"), a wish, intent or thought, a few
 * more such words, then dying or harming oneself, as an infinitive or a gerund ("I keep thinking
 * about taking all my pills", "i wish i could go to sleep and not wake up", "I have a plan to
 * end it"). A gap word is never a negation: "i dont want to die" is not a wish to die.
 */
const SELF = String.raw`\bi(?:'?m|'?ve|'?d|'?ll)?\b`;
const GAP = String.raw`(?: (?!(?:not|never|no|nothing|nobody|cannot|used|stopped|quit|(?:do|does|did|wo|would|ca|could|should|is|are|was|were|have|has|had)n\u2019?\u0027?t)\b)[a-z\u0027\u2019]+)`;
const FRAME = String.raw`(?:want|wanna|wish|need|like|plan|plans|planning|going to|gonna|ready|deserve|should|decided|deciding|think about|thinking about|thought about|think of|thinking of|thoughts of|thoughts about|fantasi[sz]e about|fantasi[sz]ing about|dream about|dreaming about|tempted|urge|urges|considering|considered|contemplating|researching|looked up how|looking up how|googled how|tried to|trying to|try to|hope|hoping|pray|praying)`;
const END = String.raw`\b(?:(?:die|be dead|(?:was|were) dead|be gone (?:forever|for good)|(?:not|never) (?:be here|be around|exist${BRIEFLY}|be alive|wake up|to wake(?: up)?)|no longer (?:be here|exist|be alive)|stop (?:existing|living|breathing)|(?:kill|hurt|harm|cut|burn|starve|hang|shoot|drown|poison) myself|end (?:my (?:own )?life|it all|everything|things|it|my suffering for good)|take my (?:own )?life|disappear (?:forever|for good|permanently)|overdose|take (?:all )?(?:of )?(?:my|the|those) (?:pills|tablets|meds)|swallow (?:all )?(?:of )?(?:my|the|those) (?:pills|tablets|meds)|jump (?:off|from) (?:a|the|my) (?:bridge|building|roof|cliff|balcony)|(?:go to sleep|fall asleep|sleep) (?:and|&) (?:not|never) wake up|sleep forever|(?:won'?t|don'?t|do not|will not|wouldn'?t|never) wake up|kms|unalive myself|(?:step|walk|throw myself|jump) in front of (?:a|an|the|one of the) \w+)|(?:dying|being dead|(?:not|never) waking up|(?:killing|hurting|harming|cutting|burning|starving|hanging|shooting|drowning|poisoning) myself|ending (?:my (?:own )?life|it all|everything|things|it)|taking my (?:own )?life|disappearing (?:forever|for good)|overdosing|taking (?:all )?(?:of )?(?:my|the|those) (?:pills|tablets|meds)|jumping (?:off|from) (?:a|the|my) (?:bridge|building|roof|cliff|balcony)|(?:stepping|walking|throwing myself|jumping) in front of (?:a|an|the|one of the) \w+|suicide))\b`;

/** A question the writer asks of themselves about it: asking is enough. */
const ASKING = String.raw`\b(?:should|shall|could|do) i(?: just| simply| finally| really)?|\bis it (?:selfish|wrong|bad|cowardly|okay|ok|fair) (?:of me )?to`;

/**
 * Words that open a sentence whose subject, the writer, is left out ("gonna jump off the bridge
 * tonight", "wanna disappear"); wink-nlp may tag them as nouns, but they are no one else's subject.
 */
const DROPPED_SUBJECT_WORDS = ['gonna', 'wanna', 'gotta', 'tryna'] as const;
const DROPPED_SUBJECT: ReadonlySet<string> = new Set(DROPPED_SUBJECT_WORDS);

/** A sentence's opening on a wish or a plan with its subject, the writer, left out. */
const DROPPED_OPENING = new RegExp(
  String.raw`^\s*(?:(?:just|really|honestly|so|seriously|lowkey|still) )?(?:${DROPPED_SUBJECT_WORDS.join('|')}|going to|want to|planning to|planning on|ready to|thinking (?:about|of)|need to)(?: (?:just|go and|finally|actually))?\s+$`,
  'i',
);

/** How far before a phrase found by its end its opening is looked for. */
const LEAD_REACH = 140;

/**
 * Phrases of risk in the writer's voice, read case-insensitively in the writer's clause; each
 * with the words any match of it holds (`needs`, every one must occur), a cheap test first: most
 * texts hold none of them, and the phrase patterns (which try every "I") are then never run.
 */
export const RISK: { needs: readonly RegExp[]; pattern: RegExp; lead?: RegExp }[] = (
  [
    [
      [
        /\b(?:die|dye|dead|here|be hear|exist|alive|wake|living|breathing|kill|end|life|disappear|hurt|harm|cut|overdose|jump)/i,
      ],
      String.raw`${I} ${WANT} ${DIE}`,
    ],
    [
      [
        /\b(?:die|dying|dead|gone|here|around|exist|alive|wak|living|breathing|myself|end|life|disappear|overdos|pills|tablets|meds|jump|sleep|suicide|kms|unalive|front)/i,
      ],
      // Found by its end, then read back: the end is rare, "I" is everywhere.
      END,
      // Or asked ("should I just end it?", "is it selfish to end it before…").
      String.raw`(?:${SELF}${GAP}{0,4}? ${FRAME}${GAP}{0,6}?|${ASKING}) $`,
    ],
    [
      [
        /\b(?:want|wanna|need|care|wish)/i,
        /\b(?:live|alive|here|be hear|exist|wake|go|carry|keep|around|continu)/i,
      ],
      String.raw`${I} (?:don'?t|do not|no longer|never) (?:really )?(?:want|wanna|need|care|wish) to (?:live(?! (?:in|at|near|on|with) (?!(?:this|such|a world|pain|fear|agony|constant|misery|hell)\b))|be alive|be here|be hear|be around|exist|wake up|go on|keep going|keep living|carry on|continue (?:living|to live|existing|to exist|being alive|this life|my life))\b`,
    ],
    [
      [/\bpoint/i, /\b(?:live|living|life|alive|here|going|carrying|existing)/i],
      String.raw`${I} (?:don'?t|do not|can'?t|cannot|no longer) see (?:the|any) point (?:(?:in|of|to) )?(?:living|life|being alive|being here|going on|carrying on|existing|staying alive)\b`,
    ],
    [
      [
        /\b(?:tired|sick|weary|exhausted|done|finished)\b/i,
        /\b(?:alive|living|life|existing|here|breathing)\b/i,
      ],
      String.raw`\b(?:tired|sick|weary|exhausted) of (?:being alive|living|existing|being here|life itself)\b|\b(?:done|finished) with (?:this )?(?:life|living|being alive|being here|existing|breathing)\b`,
    ],
    [
      [/\bworth/i, /\b(?:life|living)\b/i],
      String.raw`\b(?:my )?(?:life|living) (?:is|'s|isn'?t|is not|'s not|ain'?t) (?:not |no longer |just not |really not )?worth (?:living|it)\b`,
    ],
    [[/\bwish/i], String.raw`(?:^|[.!?\n,](?: )?)wish (?:i|to)${GAP}{0,3}? ${END}`],
    [
      [/\bwish/i, /\b(?:dead|born|die|disappear|wake|stop)/i],
      String.raw`${I} wish I (?:was|were|could be) dead\b|${I} wish I(?: had|'d) never been born\b|${I} wish I (?:could|would) (?:just )?(?:die|disappear|not wake up|fall asleep and not wake up|stop existing)\b`,
    ],
    [
      [/\bmy ?self\b/i],
      String.raw`\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|unalive|finish|finishing|off|offing|top|topping) my(?: )?self\b(?! laughing| up\b| off\b)|\bdo(?:ing)? myself in\b`,
    ],
    // Self-injury told briefly ("I cut again"), or to make it hurt.
    [
      [/\b(?:cut|burn|burned|burnt|bang|banging|hurt)\b/i],
      String.raw`\bI (?:cut|burned|burnt) (?:again|last night|tonight|today|this morning)\b|\bbang(?:ing|ed)? my head (?:on|against) (?:the |a )?wall\b[^.!?\n]{0,40}\b(?:hurts|bleeds|bleed|hurt)\b|\bI want it to hurt\b`,
    ],
    // No wish to go on, in other words: "cant do life anymore", "no future where im alive".
    [
      [/\b(?:life|alive|dead|live|wake|die|here|around)\b/i],
      String.raw`\b(?:can'?t|cannot) do (?:this )?life\b|\bI(?:'?d| would) (?:much )?rather be dead\b|\b(?:don'?t|do not|can'?t|cannot) see (?:a|any) future (?:where|in which) I(?:'?m| am| will be| would be) (?:alive|here|around|still here)\b|\bhow (?:much )?longer I can (?:keep myself alive|stay alive)\b|\bI(?:'?m| am) not wanting to (?:live|be alive|be here)\b|\b(?:please )?let me (?:not wake up|just die|die)\b`,
    ],
    // Said as what one will do, with a time that is now ("Tonight I will take all the tablets",
    // "I'll end it this weekend"): a fact ("I will die one day") names no such time.
    [
      [
        /\b(?:will|i['’ʼ‘`´]?ll|shall)\b/i,
        /\b(?:tonight|tomorrow|today|this|soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|after)\b/i,
      ],
      String.raw`\b(?:tonight|tomorrow|today|this (?:week|weekend|month)|soon|on ${WEEKDAY}|after (?:that|this|the \w+)),? I(?:'ll| will| shall)(?: (?:just|finally|really|then))? (?:${END}|walk into the (?:sea|river|lake|ocean|water)\b|be gone\b|finish (?:it|everything)\b)|\bI(?:'ll| will| shall)(?: (?:just|finally|really|then))? ${END},? (?:tonight|tomorrow|this (?:week|weekend|month)|on ${WEEKDAY})\b`,
    ],
    // Not alive by one's own plan ("I don't plan to be alive to see the new year"), death welcomed
    // ("I'd welcome being dead"), not coming round from an operation, harm done with a knife or a
    // cigarette to one's own skin, and "if He doesn't take me soon I'll do it myself".
    [
      [
        /\b(?:alive|here|around|dead|death|dying|round|come to|wake|arms?|hands?|wrists?|legs?|thighs?|stomach|belly|hips?|chest|ankles?|skin|myself|take me|come for me|finish me)\b/i,
      ],
      String.raw`${SELF} (?:am |'m )?not (?:going to|gonna|planning to|intending to) be alive\b|${SELF} (?:don'?t|do not) (?:plan|intend) (?:on being|to be) (?:alive|here|around) (?:to see|for|by|when|at|in|next|after)\b|\bI(?:'d| would) (?:welcome|embrace|be glad of|be grateful for) (?:death|being dead|dying)\b|${SELF} (?:don'?t|do not) (?:really )?(?:want|wanna) to (?:come round|come to|wake up) from (?:the )?(?:sedation|anaesthetic|anesthetic|general|operation|surgery|op)\b|\b(?:used|took|held|pressed) (?:the|a|my) (?:knife|blade|lighter|cigarette) (?:to|on|against) (?:my )?${SKIN}\b|\bstub(?:bed)? (?:a |the )?cigarettes? out on my (?:hands?|${SKIN})\b|\bif (?:He|God|the Lord|death|it|the (?:cancer|illness|disease)) (?:doesn'?t|does not|won'?t|will not) (?:take|come for|finish) me\b[^.!?\n]{0,30}\b(?:I'?ll|I will|I'?m going to|I'?m gonna) (?:do it|finish it|end it)(?: myself)?\b`,
    ],
    // Said plainly in other words: not meant to be alive, not deserving to live, others relieved
    // "if I killed myself", ways to die researched, the part of me that wants to die, a purpose
    // of no more existing, hoping not to get up again, wanting out of this life, and the words
    // of a clinic ("active SI with a plan", "my SI isn't passive").
    [
      [
        /\b(?:alive|live|exist|here|killed|died|dead|die|gone|ways|wants|existing|disappear|wake|get up|come round|life|SI|ideation|intent|passive)/i,
      ],
      String.raw`\bI(?:'m| am) not meant to be (?:alive|here)\b|${SELF} (?:don'?t|do not) (?:think I |feel (?:like )?I )?deserve to (?:live|be alive|exist)\b|\b(?:be|feel) (?:relieved|better off|happier|glad) if I (?:killed myself|died|was dead|were dead|was gone|were gone)\b|\b(?:researching|researched|looking up|looked up|googling|googled|reading about) (?:\w+ ){0,2}ways to (?:die|kill myself|end (?:it|my life))\b|\bthe part of me that wants to (?:die|end it|disappear|be dead)\b|\bso (?:that )?I (?:can )?(?:stop existing|die|disappear|don'?t wake up)\b|\bI hope I (?:don'?t|never) (?:get up|wake up|come round) again\b|${SELF} (?:just )?want out of (?:this|my) life\b|\b(?:active (?:SI|ideation|suicidal ideation)|SI|ideation),? (?:with (?:a |my )?|specific )(?:plan|intent)\b|\b(?:my |the )?SI (?:is(?:n'?t| not)|isnt) passive\b`,
    ],
    // Death asked for, or no more waiting for it: "I have prayed and prayed for death to come",
    // "I do not intend to wait for Him to send for me", "not in God's time but in mine", "I won't
    // be a burden much longer".
    [
      [
        /\b(?:pray|wish|long|beg|wait|god|lord|allah|his|nature|burden|nuisance|trouble|anyone'?s way)/i,
        /\b(?:death|the end|it all to end|send for me|take me|do it|finish me|call me|come for me|mine|own time|own terms|longer)\b/i,
      ],
      String.raw`${I}(?: \w+){0,3}? (?:pray|prayed|praying|pray(?:ing)? every (?:night|day)|wish|wished|wishing|long|longed|longing|beg|begged|begging) for (?:death|my (?:own )?death|the end(?! of\b)|it all to end)\b|\b(?:do not|don'?t|not going to|won'?t|will not|shan'?t|no longer|not) (?:intend to |want to |going to )?(?:wait|waiting) (?:any (?:more|longer) )?for (?:Him|God|the Lord|Allah|nature|the (?:cancer|illness|disease)) to (?:send for me|take me|do it|finish me|call me|come for me)\b|\bnot in (?:God|the Lord|Allah|His|nature)'?s (?:time|hands) but (?:in )?mine\b|\b(?:on|in) my own (?:time|terms),? not (?:God|the Lord|Allah|His|nature)'?s\b|(?:\bI |(?:^|[.!?\n])\s*)(?:won'?t|shan'?t|will not|shall not) (?:be (?:a burden|a nuisance|in anyone'?s way)|trouble (?:anyone|anybody|you|them|any of you)) (?:to (?:anyone|anybody|you|them|any of you) )?(?:much|for much|very much|for very much) longer\b`,
    ],
    // The same in the present that means what one will do ("I'm ending it this weekend"); an end
    // with someone ("ending it with Sam") is a relationship's.
    [
      [
        /\bending\b/i,
        /\b(?:tonight|tomorrow|today|this|soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|before)\b/i,
      ],
      String.raw`\bI(?:'m| am|m)(?: (?:just|finally|really|definitely))? ending (?:it(?: all)?|everything|things|my life)(?! with\b),? (?:tonight|tomorrow|today|soon|this (?:week|weekend|month|evening|time)|on ${WEEKDAY}|before (?:christmas|the (?:weekend|end of the (?:week|month))|${WEEKDAY}))\b`,
    ],
    // A way, pictured: "I keep thinking about the bridge on my way home, how easy it would be".
    [
      [
        /\b(?:think|thought|pictur|imagin|fantasi)/i,
        /\b(?:water|sea|ocean|river|lake|off|bridge|easy|here|tracks|train|traffic|front)\b/i,
      ],
      String.raw`\b(?:walk(?:ing)? into the (?:water|sea|ocean|river|lake)|step(?:ping)? off (?:it|the (?:roof|edge|ledge|bridge|platform)|a (?:roof|bridge|ledge))|jump(?:ing)? off (?:it|the (?:roof|edge|ledge|bridge|platform)|a (?:roof|bridge|ledge))|driv(?:e|ing) (?:my car )?(?:off|into) (?:a|the) (?:tree|wall|river|sea|cliff|bridge)|(?:step|stepping|walk|walking) (?:out )?in(?:to)? front of|in front of (?:a |the )?(?:train|bus|lorry|truck|car|traffic)|the bridge\b[^.!?\n]{0,40}\bhow easy|how easy it would be)`,
      String.raw`${SELF}[^.!?\n]{0,40}\b(?:think|thinking|picture|picturing|imagine|imagining|fantasi[sz]\w*)\b[^.!?\n]{0,80}?$`,
    ],
    // "kms" is "kill myself" in text-speak; "I'm not safe tonight" speaks for itself.
    [[/\bkms\b/i], String.raw`\bkms\b`],
    [
      [/\bsafe\b/i],
      String.raw`(?:${SELF}|\bI (?:don'?t|do not) (?:think|feel like) I(?:'?m| am)) (?:not |don'?t feel |do not feel )?safe (?:tonight|right now|with myself|from myself|around myself|on my own tonight|alone tonight|to be alone)\b`,
    ],
    // Means: counting pills, a bridge's height, stepping in front of traffic.
    [
      [/\bhow many\b/i, /\b(?:pills|tablets|paracetamol|painkillers|meds)\b/i],
      String.raw`\bhow many (?:of )?(?:my |the |these |those )?(?:pills|tablets|paracetamol|painkillers|sleeping pills|meds) (?:it would|it'?d|would it|it will|will it|I(?:'?d| would)|I(?:'ll| will)) (?:take|need)\b`,
    ],
    [
      [
        /\bhow (?:high|tall|far)\b/i,
        /\b(?:bridge|cliff|roof|rooftop|car park|multi-?storey|balcony)/i,
      ],
      String.raw`\b(?:bridge|cliff|roof|rooftop|car park|multi-?storey|balcony)\b[^.!?\n]{0,60}\bhow (?:high|tall|far down)\b|\bhow (?:high|tall|far down) (?:the |that |this |my )?(?:bridge|cliff|roof|rooftop|car park|multi-?storey|balcony)\b`,
    ],
    [
      [
        /\bnot for\b/i,
        /\b(?:pills|tablets|paracetamol|painkillers|meds|medication|prescription|ibuprofen|aspirin|tramadol|codeine|co-?codamol|morphine|oxycodone|diazepam|valium|panadol|nurofen|naproxen|insulin)\b/i,
      ],
      String.raw`\b(?:they'?re|they are|it'?s|it is|these are|those are) not (?:really )?for (?:a |my |the )?(?:headaches?|migraines?|pain|back pain|toothache|sleep)\b`,
    ],
    // A goodbye: written, left where someone will find it, a pet or things given away.
    [
      [/\bgoodbye|\bfarewell/i],
      String.raw`\b(?:this is|writing this as|consider this|think of this as|this is just) (?:my |a |our )?(?:last |final )?(?:goodbye|farewell)\b`,
    ],
    [
      [/\bfind\b/i],
      String.raw`\b(?:left|leaving|put|hid|hidden|leave) (?:them|it|the (?:letters?|notes?)|letters|notes|a (?:letter|note))\b[^.!?\n]{0,60}\bwhere (?:they'?ll|they will|someone will|he'?ll|she'?ll|he will|she will|people will) find (?:them|it|me)\b`,
    ],
    [
      [/\baway\b/i, /\b(?:things|stuff|belongings|possessions)\b/i],
      String.raw`\b(?:started|begun|been|am|'m|I'?ve been) giving (?:all |most )?(?:of )?my (?:things|stuff|belongings|possessions) away\b|\b(?:started|begun|been|am|'m) giving away (?:all |most )?(?:of )?my (?:things|stuff|belongings|possessions)\b`,
    ],
    [
      [/\bhappens?\b/i, /\bto me\b/i],
      String.raw`\b(?:keep|take|look after|have|care for) my (?:cat|dog|pets?|kids|children|things|stuff|plants)\b[^.!?\n]{0,40}\bif (?:anything|something) (?:happens|should happen|were to happen) to me\b`,
    ],
    [
      [/\b(?:plan|date)\b/i],
      String.raw`(?<=\b(?:a|the) )(?:plan and (?:a|the) date|date and (?:a|the) plan)\b`,
    ],
    [
      [/\blast\b/i],
      String.raw`\bthis (?:is|will be|'?ll be) my last (?:week|day|night|christmas|birthday|weekend|month)\b(?! (?:at|in|of|with|before|on|as|here|there|working|off|of work)\b)`,
    ],
    [
      [/\bburden\b/i],
      String.raw`(?:${SELF}(?: just)?|\bI feel like I(?:'?m| am)) (?:such |just |nothing but )?(?:a|the) burden (?:on|to|for) (?:everyone|everybody|my family|them all|all of them|all of you|the people around me|everyone around me|the people I love)\b`,
    ],
    [[/\blife\b/i], String.raw`\b(?:end|ending|take|taking) my (?:own )?life\b`],
    [[/\ball\b/i], String.raw`\bend(?:ing)? it all\b`],
    [
      [/suicid|\bkilling\b|\bending\b/i],
      String.raw`\bI(?:'m| am| feel| have been|'ve been| keep being| get)(?: so| really| very| quite| a bit| kind of)? suicidal\b${BEFORE_NOW}|\bsuicidal (?:thoughts|feelings|again)\b|\b(?:thinking|think|thoughts) (?:(?:seriously|really|a lot|constantly|again) )?(?:about|of) (?:suicide|killing myself|ending (?:it|my life|things|everything))\b`,
    ],
    [
      [/\bself|\burge\b/i],
      String.raw`\bI(?: have been|'ve been| started| keep)? self(?:-| )?harm(?:ing)?\b|\bmy self(?:-| )?harm(?:ing)?\b|\burge to (?:self(?:-| )?harm|hurt myself|cut)\b`,
    ],
    [
      [/\bbetter off with\b/i],
      String.raw`\bbetter off with (?:a |an |another |someone |somebody |anyone )(?:\w+ ){0,3}(?:who|that) (?:isn'?t|is not|wasn'?t|was not|'?s not) me\b`,
    ],
    [
      [/\bwithout\s+me\b/i],
      // Not a time away: "fine without me for the week", "… while I'm on leave".
      String.raw`\b(?:would|will|'d|'ll|wd) (?:honestly |really |probably |just )?(?:be|sound|feel|look|run) (?:so |so much |much |a lot |far |way )?(?:better|happier|easier|fine|quieter|calmer|lighter|simpler|alright|all right|okay|ok)(?: off)? without me\b(?! (?:for (?:a|an|the|one|\d+|a few|a couple of) (?:\w+ )?(?:hours?|days?|weeks?|nights?|weekend|months?|shift|match|game)|while|at|on (?:the|this|that|my|our)|this (?:week|weekend|month|sprint|shift)|next (?:week|month|year|season)|today|tomorrow|tonight)\b)`,
    ],
    [
      [/\b(?:better|easier|happier|kinder|simpler|fairer)\b/i, /\bif\s+i\b/i],
      String.raw`\b(?:better|easier|happier|kinder|simpler|fairer)(?: off| time| life| lives)?(?: for (?:everyone|everybody|them|all of them|my family))? if I (?:just )?(?:was|were|'m|am) (?:gone|dead|not (?:here|around|alive) any(?: )?more|never born)\b|\b(?:better|easier|happier|kinder|simpler|fairer)(?: off| time| life| lives)?(?: for (?:everyone|everybody|them|all of them|my family))? if I (?:just )?(?:wasn'?t|weren'?t) (?:here|around|alive)(?: any(?: )?more)?\b|\b(?:better|easier|happier|kinder|simpler|fairer)(?: off)?(?: for (?:everyone|everybody|them|all of them|my family))? if I (?:just )?(?:died|disappeared|killed myself|didn'?t exist|never existed|was never born)\b`,
    ],
    [
      [/\b(?:no one|noone|no-one|nobody)\b/i, /\b(?:miss|notice|care)/i],
      String.raw`\b(?:no one|noone|no-one|nobody) (?:would|will|'d|wd) (?:even |really )?(?:miss me(?! (?:at|in|on|from) (?:the|this|that|my|our|their|his|her|a) (?!(?:\w+ )?(?:world|earth|planet|life|lives|family)\b)\w+)|notice (?:if|when) I(?:'m| was| were| am)? (?:gone|dead|died|disappeared)|care (?:if|when) I (?:died|was gone|were gone|disappeared|was dead|killed myself))\b`,
    ],
    [
      [/\b(?:dead|live|living|alive|here|going|existing|carry|carrying|keep|keeping)/i],
      String.raw`\bbetter off dead\b|\b(?:no|any) (?:reason|point) (?:for me )?(?:(?:to|in) )?(?:live|living|going on|keep going|carry on|carrying on|keeping going|being alive|being here|existing|stay alive|staying alive)\b(?! (?:with|the|a|an|to|at|in)\b)|\bnothing (?:left )?to live for\b`,
    ],
    [
      [/\b(?:goodbye|farewell|suicide)/i],
      String.raw`\b(?:wrote|written|writing|write|left|leave) (?:a |my |some |the )?(?:goodbye|farewell|suicide) (?:letters?|notes?|messages?)\b(?! to (?:my |the |an? )?(?:old|former|past|younger|using|drinking|teenage)\b)(?![^.!?\n]{0,80}\b(?:therapy|homework|step work|(?:an |the )?exercise|counsell?or|counselling|workshop)\b)(?! to (?:the|my|our) (?:[\w-]+ ){0,2}(?:regiment|team|office|company|class|school|department|unit|club|congregation|church|staff|colleagues|clients|customers|students|reserves|squad|crew|ward|lads|girls|coworkers|co-workers|workmates|classmates|teammates)\b[^.!?\n]{0,80}\b(?:leaving|leave|retir\w*|last day|new job|moving on|after \d+ years)\b)`,
    ],
    [
      [/\baway\b/i, /\b(?:goodbye|good|final|last|need)/i],
      String.raw`\b(?:given|giving|gave|give) away (?:all |most )?(?:of )?my (?:things|stuff|belongings|possessions)\b[^.!?\n]{0,80}\b(?:goodbyes?|for good|final|last time|won'?t need)`,
    ],
    [
      [/\b(?:stockpil|saving|saved|hoard|stash)/i, new RegExp(`\\b${MEDICINES}\\b`, 'i')],
      String.raw`\b(?:stockpiling|stockpiled|saving up|hoarding|hoarded|stashing|stashed) (?:my |the |some |her |his )?${MEDICINES}\b|\b(?:the |my |all my |enough )?${MEDICINES} (?:saved up|stockpiled|stashed|hidden away)\b`,
    ],
    // Knowing the means: "what dose would do it", "which methods are painless".
    [
      [/\b(?:dose|method|methods)\b/i],
      String.raw`\b(?:what|which|how much of a) dose (?:would|will|it would take to) (?:do it|be enough|kill)\b|\b(?:which|what) methods? (?:are|is|would be) (?:painless|quick|quickest|easiest|least painful|surest)\b|\bmethods? (?:that are|that would be) (?:painless|quick|quickest|easiest)\b`,
    ],
    [
      [/\bwant/i, /\b(?:good|forever|permanently|properly)\b/i],
      String.raw`${I} want (?:it|this|everything|it all|all of it|the pain) (?:all )?to (?:stop|end|be over),? (?:for good|forever|permanently|properly)\b`,
    ],
    [
      [/\b(?:die|dead|end|life|living)/i],
      String.raw`${I} (?:can'?t|cannot|can not) (?:go on|keep going|do this) (?:living|anymore|any more)\b[^.!?\n]{0,30}\b(?:die|dead|end|life|living)\b`,
    ],
    [
      [/\b(?:alive|live)\b/i],
      String.raw`${I} (?:don'?t|do not) want to be alive\b|${I} (?:don'?t|do not) deserve to live\b`,
    ],
    // "I'll cut deeper this time": harm done before, meant deeper now.
    [
      [/\bdeeper\b/i],
      String.raw`${I} (?:'?ll |will |might |could |should )?cut (?:a bit |a little |much )?deeper(?: this time| next time| tonight| than last time)\b`,
    ],
    // "The pain's not killing me fast enough, so I might have to do it myself".
    [
      [/\benough\b/i],
      String.raw`\b(?:pain|cancer|illness|disease|condition|tumou?r|heart|kidneys|liver|lungs|body|drink|booze|drugs|ms|copd)(?:'s|'re| is| are)? (?:not|isn'?t|isnt|aren'?t) (?:killing|taking) me (?:fast|quick(?:ly)?|soon) enough\b`,
    ],
    // "I'd be better off gone": the writer better off gone, said of themselves.
    [[/\bgone\b/i], String.raw`${I} (?:be )?better off gone\b`],
    // "my last night on earth, i've decided".
    [
      [/\bearth\b/i],
      String.raw`\bmy (?:very )?last (?:night|day|week|morning|evening) on (?:this )?earth\b`,
    ],
    // "time i checked out for good": the writer leaving life, not a hotel.
    [
      [/\b(?:good|permanently)\b/i],
      String.raw`${I} (?:'?ll |will |am going to |'m going to |should |want to |need to )?check(?:ed|ing)? out (?:for good|permanently)\b(?! (?:of|from)\b)`,
    ],
    // "stood on the bridge twice this week. next time i'm not climbing back over".
    [
      [/\bback\b/i],
      String.raw`${I} (?:'?m |am )?not (?:climbing|stepping) back over\b(?! (?:there|here|to|for)\b)|${I} won'?t (?:climb|step) back over\b(?! (?:there|here|to|for)\b)`,
    ],
    // "gonna use till my heart stops", "drink until it kills me".
    [
      [/\b(?:stops|die|dead|kills)\b/i],
      String.raw`\b(?:use|using|drink|drinking|shoot|shooting|smoke|smoking) (?:until|till|til) (?:my heart stops|I die|I'?m dead|it kills me)\b`,
    ],
    // "i wish i'd died that time last year instead of getting narcanned".
    [
      [/\b(?:died|woken|survived)\b/i],
      String.raw`${I} (?:still |really |just )?wish I(?:'?d| had) (?:just )?(?:died|not (?:woken up|woken|survived|come round))\b`,
    ],
    // "want to self harm so bad", "wanna die", "thinking of ending my life": a journal's sentence
    // that leaves out its subject, the writer, and opens on the wish.
    [
      [/\b(?:want|wanna|wish|need|gonna|going|planning|ready|thinking)\b/i],
      String.raw`^\s*(?:(?:just|really|honestly|still|so|lowkey|seriously) )?(?:want|wanna|wish I could|need|gonna|going|planning|ready|thinking (?:about|of)) (?:to )?(?:die|be dead|not (?:be here|exist|be alive|wake up)|kill myself|killing myself|end (?:my life|it all|everything)|ending (?:my life|it all|everything)|take my (?:own )?life|disappear (?:forever|for good|permanently)|hurt myself|harm myself|self[- ]?harm|cut myself|overdose)\b`,
    ],
  ] as const
).map(([needs, source, lead]: readonly [readonly RegExp[], string, string?]) => ({
  needs,
  pattern: new RegExp(expand(source), 'gi'),
  lead: lead === undefined ? undefined : new RegExp(expand(lead), 'i'),
}));

/**
 * Hints: each alone is too weak to show help for ("the rope is in the garage", "picked a date",
 * "sorted my will", "its not anyones fault"), but people rarely say it outright. Two hints of
 * different kinds in one text are read as speaking of it: a means and a time, things given
 * away and no more need of them, a goodbye and a decision.
 */
/** Each kind's bit in `hintKindsIn`. */
const KIND_BITS: readonly HintKind[] = [
  'means',
  'time',
  'arrangement',
  'goodbye',
  'blame',
  'noNeed',
  'decided',
  'secret',
  'relief',
  'absence',
];
type HintKind =
  | 'means'
  | 'time'
  | 'arrangement'
  | 'goodbye'
  | 'blame'
  | 'noNeed'
  | 'decided'
  | 'secret'
  | 'relief'
  | 'absence';
const HINTS: readonly { kind: HintKind; needs: RegExp; pattern: RegExp }[] = (
  [
    [
      'means',
      /rope|noose|blade|razor|charcoal|pills|tablets|meds|paracetamol|painkillers|counted|dose|method|bridge|tracks|train line|ledge|cliff|roof|car park|revolver|pistol|gun|rifle|know which|forty|own weight|cyanide|overpass|do it|which|oiled|loaded|vial|ampoule|\.\d\d|the means|hose|paraquat|weedkiller|antifreeze|put by|boxes|packets|packs|bottles|laid|lined|railway|crossing|footbridge|viaduct|top deck|multi-storey|hidden|enough|hand|stockpil|tape|bars|spot the/i,
      String.raw`\b(?:have|got|'ve) (?:got )?the means(?=\s*(?:[.!,\n]|$)| in the\b| to do it\b)|\b(?:two|three|four|five|six|\d+) (?:boxes|packets|packs|bottles) of (?:paracetamol|pills|tablets|aspirin|ibuprofen|co-codamol|sleeping pills)\b|\b(?:paracetamol|pills|tablets|aspirin|ibuprofen|co-codamol)\b[^.!?\n]{0,40}\b(?:two|three|four|five|six|\d+) (?:boxes|packets|packs)\b|\b(?:laid|lined|counted) (?:all )?(?:of )?(?:the |my )?${MEDICINES} (?:out|up)\b|\bthe (?:railway line|railway|level crossing|footbridge|viaduct|top deck(?: of the car park)?|multi-storey)\b|\b${MEDICINES} (?:are |is )?lined up\b|\bhidden (?:the |my |all my )?${MEDICINES}\b|\b(?:nearly|almost|close to having|just about) enough(?=\s*(?:[.!\n]|$))|\b${MEDICINES} in my (?:other )?hand\b|\bstockpil\w+ (?:from|out of) (?:the )?(?:drug trolley|medicine cabinet|pharmacy|cupboard|staff room|ward)\b|\bhose and (?:the )?tape\b|\bhose(?:pipe)?\b[^.!?\n]{0,40}\b(?:garage|exhaust)\b|\b(?:paraquat|weedkiller|antifreeze)\b[^.!?\n]{0,40}\b(?:I know what it does|still in|kept|saved|put by)\b|\b(?:pills|tablets|meds)\b[^.!?\n]{0,20}\bput by\b|\b(?:the|a|my) (?:rope|noose|blade|razor)\b|\b(?:pills|tablets|meds|paracetamol|painkillers) (?:saved|stockpiled|hidden|counted|ready|lined up)\b|\b(?:saved|saving|stockpil\w+|hoard\w*|counted|counting) (?:up )?(?:the |my |all my |some )?(?:pills|tablets|meds|paracetamol|painkillers)\b|\bcounted them\b|\bwhat dose\b|\bdose (?:would|that would|it would) (?:do it|be enough)\b|\b(?:which|what) methods?\b|\bresearch(?:ing|ed)? (?:\w+ )?methods\b|\blook(?:ing|ed)? up (?:\w+ )?methods\b|\bmethods? (?:are|is|that are|would be) (?:painless|quick|quickest|easiest)\b|\bthe (?:bridge|tracks|train line|ledge|cliff edge)\b|\b(?:roof|car park) (?:at|of) \w+ is open\b|\b(?:cleaned|loaded|took|taking|brought|bought|oiled) (?:the |my |a |an )?(?:old |dad'?s |grandad'?s )?(?:revolver|pistol|gun|shotgun|rifle|handgun)\b|\b(?:the |a )?rope in the (?:back|boot|truck|car|garage|shed|van)\b|\bbought (?:a |some |the )?(?:length of )?rope\b|\b(?:razor )?blade in my (?:wallet|purse|bag|pocket)\b|\bI know which (?:tree|bridge|beam|branch|spot|building|bend)\b|\bforty of them\b|\bdoses?\b[^.!?\n]{0,40}\bmy own weight\b|\bcyanide\b|\b(?:screenshot|photo|picture) of the (?:overpass|bridge|cliff|tracks)\b|\b(?:that|it|the \w+(?: \w+){0,4}) (?:would|'d) do it(?=\s*(?:[.!\n]|$))|\bwhich (?:pills|tablets|meds|bridges?|method|rope)\b|(?:\b(?:the |my )?\.|\b)(?:\d\d|revolver|pistol|gun|shotgun|rifle|handgun) (?:is |'s )?(?:oiled|loaded|cleaned)\b|\b(?:taken|took|kept|pocketed|stole|stolen) (?:some |a few |two |three |\w+ )?(?:vials?|ampoules?|amps) of\b|\bcharcoal\b[^.!?\n]{0,30}\b(?:tape|duct tape)\b|\broof (?:door|access|hatch)\b[^.!?\n]{0,30}\b(?:never locked|unlocked|always open|left open)\b|\b(?:the )?window bars\b|\bthe spot the (?:screws|officers|staff|cameras|guards|cctv) (?:missed|can'?t see|don'?t cover)\b`,
    ],
    [
      'time',
      /date|birthday|christmas|easter|new year|spring|winter|choos|wedding|exam|funeral|scheduled|plan:? (?:is )?(?:\w+day|tonight|tomorrow|this weekend)|^\W*tonight\W*$|tonight|(?:it.?ll|it will) be (?:tonight|this|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:doing|finishing|ending) it|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|next week|last|longer|which|case|happen|might be|be here|be around|be long|for good|indefinitely|empty|after|gave myself|the night|reckon|doing it|finish line|intend|soon|not tonight|maybe (?:tomorrow|next week|tonight)|giving away|meant soon|the date is|that.?s when|forever this time|tonight after|giving myself|give myself|given myself|longer than|while my|while the|before i go|not when/i,
      String.raw`\b(?:picked|set|chosen|chose|got|have) a date\b(?! for (?:the|our|my|a|an|his|her|their) (?!end\b))|\bscheduled (?:it|them|the (?:emails?|messages?|texts?|posts?)) for (?:\w+day|tonight|tomorrow|the morning)\b|\bafter (?:my |her |his |their |the )?(?:\w+'?s )?(?:birthday|christmas|wedding|exams?|funeral)\b|\b(?:after|by|before) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|this weekend|the weekend|next week)\b|\bthis is the last (?:entry|time|post|note|page|thing I'?m writing|thing I write|thing I'?ll write)\b|\b(?:my )?last entry\b(?! (?:of|in|for) (?:the|this|my|our) (?:\w+ ){1,2}(?:diary|journal|log|notebook)\b)|\bnot much longer\b|\bwhich (?:night|day|weekend)\b|\bwon'?t be long(?: now)?(?=(?: )?(?:[.!\n]|$))|\bfor good(?=(?: )?(?:[.!\n]|$))|\bindefinitely\b|\bwhen the (?:flat|house|place)(?:'?s| is| will be) empty\b|\blast bit of (?:tidying|sorting|admin)\b|\bin case["”’\u0027]?(?=(?: )?(?:[.!\n]|$))|\b(?:(?:he|she|they|you)(?:'ll| will| can| could| gets?| has)? )?(?:for|get (?:it|them|this)|have (?:it|them)|with it) after["”’\u0027]?(?=(?: )?(?:[.!\n]|$))|\bwon'?t be for (?:much |very )?(?:longer|long)\b|\bif anything (?:happens|should happen)\b|\b(?:it )?might be(?=(?: )?(?:[.!\n]|$))|\bwon'?t be (?:here|around) (?:for|much|by|after|next)\b|\b(?:picked|set|chosen|chose|got) the date\b|\bgave myself (?:until|till|to) (?:the end of|\w+day|christmas|my birthday|next)\b|\btonight'?s the night\b|\bnext week I reckon\b|\bI know what I'?m doing on \w+day\b|\bI'?m (?:doing|finishing|ending) it (?:this weekend|tonight|tomorrow|on \w+day|next week)\b|\bplan:? (?:is )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|this weekend)\b|(?:^\s*|[.!?\n]\s*)tonight(?:,? then)?(?=\s*(?:[.!\n]|$))|\bit(?:'ll| will) be (?:tonight|this (?:week|weekend|month)|(?:on )?${WEEKDAY})\b|\bchoos(?:e|ing) the (?:night|day|date|time)(?=\s*(?:[.!\n]|$))|\b(?:picked|chosen|chose|set) (?:a )?${WEEKDAY}\b|\bgot tonight\b|\bbefore (?:christmas|easter|the new year|new year|my birthday|the spring|the winter)(?=\s*(?:[.!\n]|$))|\bthe night I'?m going to do it\b|\b(?:my|the) finish line\b|\bdon'?t intend to see\b|\b(?:used|needed|read) soon(?=\s*(?:[.!\n]|$))|\bnot tonight(?=\s*(?:[.!,\n]|$))|\bmaybe (?:tomorrow|next week|tonight)(?=\s*(?:[.!\n]|$))|\bthe last (?:thing|one|things) I'?m giving away\b|\bI meant soon\b|\bthe date is (?:(?:this |next )?${WEEKDAY}|the \d+(?:st|nd|rd|th)|\d+(?:st|nd|rd|th)?(?: of \w+)?)\b|(?:^\s*|[.!?\n]\s*)that'?s when(?=\s*(?:[.!\n]|$))|\bforever this time\b|\btonight after (?:lights out|bang ?up|lock ?up|the (?:\w+ )?(?:check|round|count|roll ?call))\b|\bgiv(?:e|ing|en) myself (?:until|till|to|another|one more)\b|\bfor longer than (?:tomorrow|a day|a few days|the weekend)\b|\bwhile (?:my|the) (?:flatmate|housemate|wife|husband|partner|parents?|mum|mom|dad|roommate|cellie|kids?)(?:'s| is| are)? (?:away|out|at)\b|\bbefore I go(?=\s*(?:[.!\n]|$))|\bnot when yet\b`,
    ],
    [
      'arrangement',
      /will\b|left|gave|given|giving|give|cancel|covered|sorted|paid|taken care|have my|whoever|someone|passwords|deeds|drawer|goodbye|so they|so \w+ (?:covers|has|won|doesn|gets)|gets my|going to|tying|loose ends|envelope|who|home for|texted|sent|wrote|told|instructions|beneficiar|goes to|life cover|life insurance|key|lawyer|for a while|for a bit|forever|for good|are set|be set|affairs|every (?:penny|cent|rupee|last)|savings|names on|to keep my|fed|looked after|rehomed|vet|feeding|paid off|password|made sure/i,
      String.raw`\b(?:please )?(?:see|make sure) (?:that )?(?:the |my )?(?:cat|dog|budgie|pets?|hens|chickens|horse|birds?)(?: is| are| gets?)? (?:fed|looked after|taken care of|rehomed)\b|\b(?:sorted|wrote|written|made|updated|finished|done) (?:out )?my will\b|\bleft (?:the |my )?(?:dog|cat|kids|things|car|flat) to\b|\bgiv(?:e|ing|en) (?:all )?(?:of )?my (?:\w+ )?(?:things|stuff|books|clothes|records|games|belongings|possessions) away\b|\b(?:gave|given|giving) (?:away )?my (?:\w+ )?(?:guitar|books|things|stuff|clothes|records|games|bike|belongings|possessions|cat|dog) (?:to|away)\b|\bcancell?ed (?:all )?(?:the |my |of my )?(?:gym|subscriptions?|phone contract|lease|appointments)\b|\b(?:covered|sorted|paid|taken care of) for (?:them|the kids|my kids|her|him)\b|\bsorted (?:all )?(?:the |my )?(?:passwords|insurance|paperwork|papers|finances)\b|\b(?:gave|given|giving) (?:away )?my (?!late\b)(?:(?:\w|')+ ){0,6}?\w+ (?:to|away)\b|\b(?:gave|giving) (?:\w+ ){1,2}my (?:good |best |favourite |favorite |signed |old |wedding )?(?:coat|jacket|ring|watch|guitar|bike|boots|medals|shirt|trainers|books|records|phone|laptop|car|clothes|dress|jewellery|jewelry|paintings)\b|\bwho(?:'d| would| will)? (?:take|have|get) the (?:kids|children|dog|cat)\b|\b(?:gave|given|giving) (?:the |my )?(?:dog|cat|kids|car|flat) to\b|\bleft (?:\w+ )?instructions\b|\b(?:sorted|found|arranged) (?:out )?(?:a )?(?:new )?home for (?:the |my )?(?:cat|dog|pets?|rabbits?|birds?)\b|\b(?:texted|sent|gave|wrote|told) (?:my \w+|\w+) (?:the |my )?(?:passwords?|pins?|logins?|bank (?:logins?|details|account number))\b|\bleft (?:my|the|all my|all the) [^.!?\n]{1,40} for my (?:little |big |baby )?(?:brother|sister|son|daughter|kids|children|mum|mom|dad|nephew|niece|wife|husband|partner|grandson|granddaughter)\b|\bcan have my (?:room|stuff|things|car|clothes|records)\b|\bso (?:whoever|someone|they|\w+) (?:covers|has everything|won'?t have to|doesn'?t have to)\b|\b(?:passwords|house deeds|insurance papers|will) in (?:an|the|a) (?:envelope|drawer)\b|\bin the drawer with the (?:house deeds|will|insurance)\b|\bcancel(?:l?ed)? the (?:papers|milk|newspaper|mot|dentist|optician)\b|\bso \w+ gets everything\b|\bwho gets my \w+|\b(?:dog|cat)'?s going to\b|\bgave (?:my |the )?(?!away\b)\w+ my \w+|\b(?:booked|left|gave) the (?:cat|dog) (?:in )?with\b|\bin an envelope\b|\bwrite my will\b|\bsaid (?:my )?goodbyes? (?:to (?:the )?\w+ )?(?:properly|in my own way)\b|\bupdated (?:my |the )?beneficiar\w+\b|\b(?:which|who) (?:cat|dog|pet|kid)s? goes? to (?:which|who)\b|\b(?:took out|taken out|increased) (?:extra |more )?life (?:cover|insurance)\b|\bwhere the (?:safe |spare )?keys? (?:is|are)\b|\bwhich lawyer\b|\b(?:filed|signed|notari[sz]ed) my (?:own )?will\b|\b(?:take|took|taking) the (?:dog|cat|budgie|bird|rabbit|hamster)\b[^.!?\n]{0,40}\b(?:for a (?:while|bit)|forever|for good)\b|\bthe kids (?:are|will be) set\b|\b(?:my )?affairs (?:in order|squared away|sorted|settled)\b|\bpaid (?:back )?(?:\w+ )?(?:back )?every (?:penny|cent|rupee|last)\b|\b(?:moved|transferred|put) (?:all )?(?:of )?my savings (?:into|to|in)\b|\b(?:boxes|bags) with (?:everyone'?s|their|people'?s) names on\b|\b(?:asked|told) (?:my )?\w+(?: \w+)? to keep my\b|\b(?:vet|feeding) (?:details|instructions|numbers?)\b|\bpaid off (?:my |the )?(?:overdraft|credit card|card|debts?|loan)\b|\bpasswords? (?:on|written on) (?:a |the )?(?:paper|note|card)\b|\bmade sure (?:the |my )?\w+ (?:has|knows|gets) (?:all )?(?:the |my )?(?:bank )?(?:passwords?|pins?|logins?|details)\b`,
    ],
    [
      'goodbye',
      /goodbye|letter|note|thank you|so they know|knowing|read this|say sorry|love|finds|last time|email|obituary|funeral|eulogy|death notice|thanks for|whoever|playlist|scheduled|timer|said bye|wrote to|last message|last post|last stream|last words|last video|knows? why|understands? why|sorry for everything|did the note|done the note|thank you for|sorry to/i,
      String.raw`(?:^\s*|[.!?\n]\s*)goodbye\b(?![^.!?\n]*\b(?:we'?ll be back|I'?ll be back|back (?:soon|next|in)|for now|next (?:year|time|week|summer))\b)|\bgoodbye(?:[.!]|\s*$)|\b(?:letters?|notes?) (?:to|for) (?:my|each of my|the) (?:kids|children|sister|brother|mum|mom|dad|mother|father|son|daughter|grandchildren|parents|family|wife|husband|partner|best \w+)\b|\b(?:letters?|notes?) (?:to open|for when (?:he|she|they|you))\b|\bgoodbye (?:email|message|letter|note|text)s?\b|\bit was a goodbye\b|\bthank you for (?:trying|everything|being here|listening)\b|\bso they know\b|\b(?:wrote|written|writing|left) (?:a )?(?:letters?|notes?) (?:to|for) (?:both |all |each of )?(?:my |the )?(?:girls|boys|kids|children|sister|brother|mum|mom|dad|parents|family|wife|husband|partner|sponsor|best \w+|friends)\b|\bsaid my goodbyes\b|\b(?:it was |it'?s been )?good knowing (?:you|them|y'?all)\b|\bif you (?:ever )?read this\b|\b(?:sorry to )?whoever finds (?:this|me)\b|\blike it was the last time\b|\b(?:wrote|written|finished) the note\b|\bto say (?:sorry|goodbye)\b|\btold (?:her|him|them|my \w+) I love (?:her|him|them|you)\b|\bsaying goodbye\b|\bmy own (?:goodbye|obituary|funeral card|eulogy|death notice)\b|\b(?:designed|wrote|drafted|mocked up|planned|translating) my (?:own )?(?:funeral|obituary|eulogy|goodbye)\b|\bthey'?re goodbyes\b|\bgoodbye for ?ever\b|\bthanks for everything\b|\b(?:letters?|notes?) (?:to|for) (?:mum|mom|mam|dad)\b|\bfor whoever (?:comes|finds|gets here)\b|\b(?:playlist|songs?|music|hymns?) for my (?:own )?funeral\b|\b(?:email|message|letter|text)s?\b[^.!?\n]{0,30}\b(?:set to send|on a timer)\b|\bscheduled (?:it|the (?:email|message|text|out-of-office))\b|\bsaid (?:bye|goodbye) to (?:the |my )?group chat\b|\bwrote to (?:my|each of my) (?:sister|brother|mum|mom|dad|kids|children|son|daughter|wife|husband)\b|\bit'?s goodbye\b|\bthe note(?:'s| is) (?:in|on) (?:my|the)\b|\bmy last (?:message|post|stream|words|video) (?:to|for) (?:the |my |you |everyone|y'?all)|\bso (?:someone|somebody|they|you|people|everyone) (?:knows?|understands?) why\b|(?:^\s*|[.!?\n]\s*)(?:I'?m |im )?(?:so )?sorry for everything\b|\b(?:did|done) the note\b|(?:^\s*|[.!?\n]\s*)sorry to (?:mum|mom|mam|dad|everyone|everybody|you all|my \w+)\b`,
    ],
    [
      'blame',
      /fault|blame|should have seen|should've seen|should have known|should've known/i,
      String.raw`\b(?:nobody|no one|no-one) is to blame\b|\b(?:please )?(?:don'?t|do not) blame (?:yourselves|yourself|anyone|any of you)\b|\b(?:it'?s|its|it is|it was) not (?:anyone'?s|anyones|your|their|his|her) fault\b|\b(?:wasn'?t|wasnt|isn'?t|isnt) (?:anyone'?s|anyones|their|your|her|his) fault\b|\bnobody'?s fault but mine\b|\bnone of (?:it|this) (?:was|is) (?:your|anyone'?s) fault\b|\b(?:don'?t|dont|do not) let (?:them|anyone|people) tell you (?:it was|it'?s|its) your fault\b|\b(?:you|they)(?:'ll| will)? think (?:you|they) should(?:'ve| have) (?:seen|known) (?:it|this)\b`,
    ],
    [
      'noNeed',
      /need/i,
      String.raw`\b(?:won'?t|wouldn'?t|will not|would not|not going to|not gonna) (?:be )?need(?:ing)? (?:it|them|any of it|any of this|this|that)\b|\bwon'?t need (?:it|them) (?:after|anymore|any more)\b|\bnot planning on needing (?:it|them|any of (?:it|them))\b|\b(?:won'?t|will not|not going to) need\b[^.!?\n]{0,40}\b(?:or anything else|anything anymore)\b`,
    ],
    [
      'secret',
      /telling|told|nobody else|know|understand|realis|realiz|meant|why|reason|thinks?|assume|say i|tell|nobody|joke|for a laugh|notice|lied/i,
      String.raw`\b(?:not telling|haven'?t told|have told no|told no) (?:anyone|one|nobody|a soul)\b|\bI know what (?:it'?s|it is|they'?re|they are) for\b|\b(?:doesn'?t|don'?t|does not|do not) need to know\b|\bnobody else will (?:see|read)\b|\bthey don'?t know (?:it'?s|that)\b|\b(?:(?:he|she|they|nobody|no one) )?(?:doesn'?t|don'?t|didn'?t|does not|do not|did not) (?:know|understand|realise|realize) (?:what (?:it'?s|it is|its|they'?re|case)(?: for)?|what for)\b|\b(?:thought|thinks) I meant\b|\bthat'?s not (?:really |actually |the real )?(?:why|the reason)\b|\b(?:she|he|they) thinks? it'?s for\b|\b(?:she|he|they|nobody|no one) (?:doesn'?t|doesnt|don'?t|dont) know (?:why|that)(?=\s*(?:[.!\n]|$))|\b(?:didn'?t|didnt|haven'?t|havent) tell (?:her|him|them|anyone|a soul) (?:I'?ve|that I|what I)\b|\btold everyone (?:it'?s|its|it was) a\b|\bsent it to nobody\b|\b(?:they|she|he|everyone|people|mum|mom|dad|my \w+)(?:'ll| will| would)?(?: just)? (?:think|thinks|thought) (?:it'?s|its|it is|it was|I'?m|im|I am) (?:a |an |just |for |doing |sorting |going |quitting |leaving )|\b(?:they|everyone|people)(?:'ll| will| would)(?: just)? (?:think|assume|say) I (?:fell asleep|slipped|lost control|had an accident|didn'?t see)\b|\btold (?:her|him|them|everyone|my \w+) (?:it'?s|its|it was|that it'?s) for\b|\btold (?:nobody|no one|no-one)\b|\b(?:she|he|they) thinks? I'?m being (?:dramatic|silly|daft|soft)\b|\btold (?:my |the )?(?:therapist|counsellor|counselor|doctor|gp|nurse|psych\w*|mum|mom|dad|family|everyone|crisis team|idva|key ?worker|support worker|probation officer|officer|social worker) (?:I'?m|im|I was|I am|I'?d|I would) (?:fine|ok|okay|good|doing better|stick to (?:the|my) (?:safety )?plan)\b|\bI lied(?=\s*(?:[.!\n]|$))|\b(?:said|told (?:him|her|them|\w+)) (?:it was|it'?s) (?:a joke|just a joke|for a laugh)\b|\bthey'?ll understand (?:later|one day|soon)\b|\b(?:hope|hoping) (?:he|she|they|nobody|no one) (?:doesn'?t|don'?t|won'?t|wont|doesnt|dont) notice\b`,
    ],
    [
      'relief',
      /calm|peace|relieved|lighter|relief/i,
      String.raw`\b(?:feel|felt|feels|feeling) (?:weirdly |strangely |oddly |so |really )?(?:calm|calmer|peaceful|relieved|at peace|lighter)\b|\b(?:a|such a) relief\b`,
    ],
    [
      'decided',
      /decided|done|mind|planned|worked out|know (?:which one|how|when) now|i know (?:when|how|where)|already decided|got a plan|planning it|plan it|planning how|ready|going back|peace|tying|loose ends|do it|having decided|picked how|chosen how|decided how|the plan|whole plan|extend|it.?s time|arrangements|chose|chosen|stop being|s hand|how and when/i,
      String.raw`\bI (?:chose|have chosen|'ve chosen) to go(?=\s*(?:[.!\n]|$))|\bI know how to stop being (?:one|a burden)\b|\bdecided to go(?: too)?,? permanently\b|\b(?:thought|worked|figured) (?:about |out )?how and when\b|\bnot by (?:nature|God|the Lord)'?s hand\b|\band I'?ve chosen(?=\s*(?:[.!\n]|$))|\bI'?ve decided(?=\s*(?:[.!\n]|$))|\bI(?:'?m| am) done(?: too)?(?=\s*(?:[.!\n]|$))|\bmade up my mind\b|\bplanned it (?:all )?(?:properly|out|carefully)\b|\bworked out (?:which|when|how)\b|\bI know (?:which one|how|when) now\b|\bI know (?:exactly )?when I'?m going to (?:do it|take (?:it|them) all)\b|\bhaven'?t decided yet\b|\bmade my peace\b|\btying (?:things|everything) up\b|\b(?:tying up )?loose ends\b|\bI'?m going to do it\b|\bI think I'?m ready(?=\s*(?:[.!\n]|$))|\bno going back\b|\bI(?:'?m| am) ready(?=\s*(?:[.!\n]|$))|\bdone with (?:a lot |so much )?more than\b|\bhaving decided\b|\b(?:already )?(?:picked|chosen|decided) how(?=\s*(?:[.!\n]|$))|\bthat'?s the (?:whole )?plan(?=\s*(?:[.!,\n]|$))|\bnot going to extend it\b|\bI think it'?s time(?=\s*(?:[.!\n]|$))|\bmade (?:the |my )?arrangements for myself\b|\bI know (?:when|how|where)(?=\s*(?:[.!\n]|$))|\bI'?ve already decided(?=\s*(?:[.!\n]|$))|\bI'?ve got a plan\b(?! for (?:the|my|our|a|this|next|tomorrow|dinner|lunch|the weekend|work|christmas)\b)|\bI'?m planning it(?=\s*(?:[.!\n]|$))|\bevery (?:night|day|week) I plan it\b|\bplanning how(?=\s*(?:[.!\n]|$))`,
    ],
    [
      'absence',
      /over it|over me|easier|sad for|notice|why|picture|imagine|how easy|have to|left with|be there|be here|be around|ruin|remembering|without me|again soon|planning|going to be|gonna be|in case|not here|not around|with me in it|anywhere|can.?t do|too tired to|coming home|be there to|be here to|be around to|come back|returning|coming back|my problem|soon,? (?:soon,? )?I|jannah|heaven|paradise|easier way|find|again|tomorrow|tonight|next week|coming back|go on/i,
      String.raw`\bsorry (?:for|about) what (?:you|they|\w+)(?:'ll| will)? find(?=\s*(?:[.!\n]|$))|\bI won'?t (?:ever )?see (?:him|her|them|you|\w+) again\b(?! (?:until|till|before|for|this|next|after)\b)|\bI won'?t be (?:here|around|there) (?:tomorrow|tonight|by (?:tomorrow|the morning|morning)|next week)\b|\bI'?m not coming back(?=\s*(?:[.!\n]|$))|\bcan'?t go on(?: like this)?(?=\s*(?:[.!\n]|$))|\b(?:get|got|gets|getting) over (?:it|me)\b|\beasier (?:that way|for everyone|for them)\b|\bsad for a (?:bit|while|little)\b|\bwon'?t (?:even )?notice\b|\bnobody (?:asked|asks|will ask) why\b|\bfeels? (?:calm|peaceful|like relief|like a relief) when I (?:picture|think about|imagine)\b|\bhow easy it would be\b|\bwon'?t have to (?:sort|deal|clean|worry)\b|\bso (?:the |my )?\w+ (?:isn'?t|aren'?t|won'?t be) left with\b|\bgrow up (?:not remembering|without) me\b|\b(?:see|be with) (?:her|him|them|mum|mom|dad|my \w+) again soon\b|\bI won'?t be (?:there|here|around)(?=(?: )?(?:[.!\n]|$))|\bnot (?:planning on|planning to be|going to be|gonna be) (?:being |be )?(?:here|around|sticking around|hanging around|coming back(?: out)?|anywhere)\b(?! (?:for|at|on|in|this|next|tomorrow|when|after|until|till)\b)|\bin case I'?m not (?:here|around)\b|\bso (?:I|it) (?:don'?t|doesn'?t|won'?t) ruin (?:it|christmas|the wedding|their|her|his|everything) for\b|\bwon'?t have to (?:pack|move|unpack|renew|pay|go back)\b|\bwhen I'?m not (?:here|around)(?=\s*(?:[.!,\n]|$))|\b(?:next year|the future|a future) with me in it\b|\bI won'?t be (?:returning|coming back)(?=\s*(?:[.!\n]|$))|\bnot coming back from (?:this|it)\b|\bnone of (?:it|this) will be my (?:problem|concern|worry)\b|\bsoon,? (?:soon,? )?I (?:will|'ll|shall) be with (?:him|her|them)\b|\bsee (?:her|him|them|you) in (?:jannah|heaven|paradise)\b|\b(?:the )?easier way for (?:all of us|everyone|everybody)\b|\bI won'?t be anywhere\b|\bcan'?t do (?:it|this) (?:any ?more|no more)(?=\s*(?:[.!\n]|$))|\bcan'?t do (?:one more|another) (?:night|day|year|week) of this\b|\btoo tired to (?:keep going|go on|carry on)\b|\bI'?m not coming home(?=\s*(?:[.!\n]|$))|\bI won'?t be (?:there|here|around) to(?=\s*(?:[.!\n]|$)| (?:see|give|watch))|\bif I don'?t come back\b`,
    ],
  ] as const
).map(([kind, needs, source]) => ({ kind, needs, pattern: new RegExp(expand(source), 'gim') }));
/**
 * Words of a hint's sentence that give it to someone else ("she picked a date"); a hint that
 * clears others of blame names them by its nature ("so they know it wasn't their fault").
 */
const THIRD_PERSON = /\b(?:he|she|they)\b/i;
const FIRST_PERSON_WORD = /\b(?:i|i'?m|im|i'?ve|ive|i'?d|id|me|my|myself)\b/i;

/** A change in an ordinary life, given as the reason for an arrangement. */
const ORDINARY_REASON =
  /\b(?:since|because|as|now that|cos|cause) (?:I'?m|I am|we'?re|we are|I'?ve|we'?ve|I|we) (?:just |finally |about to |soon )?(?:retiring|retired|moving|moved|emigrating|downsizing|relocating|had (?:a|the|our) (?:baby|twins)|having (?:a|the|our) baby|bought (?:a|the|our) (?:house|flat|home)|buying (?:a|the|our) (?:house|flat|home)|getting married|got married|starting (?:a|my|the) new|leaving (?:for|the country))\b|\b(?:I'?m|I am|I'?ll be|I turn|I turned|aged) (?:6[5-9]|[7-9]\d|1[01]\d)\b(?! ?(?:%|percent|kg|mg|lbs|pounds|miles|km|minutes|mins|hours|days|degrees|mph))|\bat (?:6[5-9]|[7-9]\d) (?:you|one|we)\b|\bI'?m on (?:holiday|vacation|(?:annual |paternity |maternity |parental |study )?leave|sabbatical)\b|\bleaving (?:teaching|nursing|the (?:job|school|company|firm|army|navy|air force|force|regiment|team|band|office|practice|department)|my (?:job|post|role)) (?:to|for)\b|\btaking (?:some |my |a week'?s |a month'?s |annual |study )?leave\b|\b(?:cos|cause|because|as|since) (?:I'?m|im|I am) (?:out(?! of\b)|getting out(?! of\b)|released|being released|going home|moving on|being transferred|shipped out)\b/i;

/**
 * An ending, then what it is not about, then the writer ("should I just end it? Not the season.
 * Me.", "logging off for good. not from the job. from everything."): the writer says outright
 * that the ending is their own.
 */
const ENDING_CLARIFIED =
  /\b(?:my|the|this is my) last (?:contract|shift|day|swing|hitch|tour|voyage|season|gig)\b[^\n]{0,40}?\bnot (?:in )?the way (?:they|he|she|the \w+(?: \w+)?) (?:think|thinks|means?|expects?)\b|\bI'?m done\b[^\n]{0,20}?[.,;!][^\S\n]*not done with (?:the |my |this )?[a-z'’ ]{2,30}[.,!;][^\S\n]*done\b|\b(?:end(?:ing)? it|(?:want|wants|wanted) it all to end|that['’]?s it for me|stop|stopping|quit|quitting|finish|finished|done|logging off|log off|check(?:ing)? out|bow(?:ing)? out|carry(?:ing)? on|go(?:ing)? on|keep going|for good|be gone)\b[^\n]{0,80}?[.?!,;][^\S\n]*not (?:with |from )?(?:the |my |this )?[a-z'’ ]{2,30}[.,!;][^\S\n]*(?:from |with |just )?(?:me|myself|everything|life|all of it)[^\S\n]*(?:[.!]|$)|\b(?:my|the) last (?:shift|day|gig|class|service|set|run|flight|match|lecture|sermon)\b[^\n]{0,40}?[.!,;—–-]?[^\S\n]*(?:and )?not (?:because (?:I'?m|I am|im) (?:quitting|leaving|retiring|moving|resigning)|(?:only|just) (?:in|from|at|with|for) (?:this|the|my) (?:job|work|shift|place|company))\b|\b(?:planning|plan|planned) my (?:exit|way out)\b[^\n]{0,20}?[.?!,;—–-][^\S\n]*not (?:from |with )?(?:the|my|this) (?:job|work|company|marriage|team|band|course|uni|group)[^\S\n]*(?:[.!]|$)/im;

/** A question someone else asks the writer, reported before the phrase ("asked if I'd ever…"). */
const ASKED_BY_OTHER = new RegExp(
  String.raw`\b${ASKED_BY}(?:,|\b${QUESTION_OPENS}\b)[^.!?\n]*$|\b(?:asked|asks|ask|asking)(?! myself)(?: (?:\w+ ){0,2})?about\s*$`,
  'i',
);

/** The people and words of a will made in an ordinary life. */
const ORDINARY_ARRANGEMENT =
  /\b(?:solicitor|advocate|attorney|notary|guardianship|probate|estate planning|financial adviser)\b/i;

/** Whether hints of two kinds or more are in `text`, each in the writer's own voice. */
function hintsSpeak(text: string): boolean {
  // "Giving my suits away since I'm retiring": a reason of an ordinary life explains the hints.
  if (ORDINARY_REASON.test(text)) return false;
  let kinds = 0;
  for (const [sentence] of sentenceRuns(text)) {
    let found = hintKinds.get(sentence);
    if (found === undefined) hintKinds.set(sentence, (found = hintKindsIn(sentence)));
    kinds |= found;
  }
  // A will made with a solicitor, naming a guardian, explains the arrangements; not a goodbye
  // or a means beside a solicitor met about something else.
  if (ORDINARY_ARRANGEMENT.test(text)) kinds &= ~(1 << KIND_BITS.indexOf('arrangement'));
  // Two kinds at least: a number with more than one bit set.
  return (kinds & (kinds - 1)) !== 0;
}

/** The hint kinds of each sentence read, one bit a kind (a text typed on is mostly read before). */
const hintKinds = new Memo<number>(4_096);
sentenceMemos.add(hintKinds);

/** The kinds of hint in `sentence`, each in the writer's own voice, one bit a kind. */
function hintKindsIn(sentence: string): number {
  let kinds = 0;
  HINTS.forEach(({ needs, pattern }, bit) => {
    if (!needs.test(sentence)) return;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const start = match.index;
      if (NEGATED_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) continue;
      const lead = sentence.slice(Math.max(0, start - 80), start);
      // "Seven years ago I gave away my stuff": a hint told as past.
      if (PAST_TIME.test(lead)) continue;
      const third = HINTS[bit]!.kind === 'blame' ? -1 : lead.search(THIRD_PERSON);
      const own = FIRST_PERSON_WORD.test(match[0]) || FIRST_PERSON_WORD.test(lead.slice(third));
      if (third >= 0 && !own) continue;
      kinds |= 1 << KIND_BITS.indexOf(HINTS[bit]!.kind);
      break;
    }
  });
  return kinds;
}

/** What after a phrase makes it an idiom ("die of embarrassment", "dying to see it"). */
const IDIOM_AFTER = new RegExp(
  expand(
    String.raw`^(?: if I (?:don'?t|do not|can'?t) (?:get|have|eat|find) (?:a |some |my |an? )?(?:coffee|caffeine|food|sleep|nap|drink|chocolate|sugar|lunch|dinner|breakfast|snack|something to eat|holiday|break|cup of tea|tea|cigarette|fag)\b| \(?(?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cuteness|hunger|thirst|(?:the )?heat|(?:the )?cold|heatstroke|fright)| laughing| to (?:see|try|know|hear|meet|get|go|finish|make|meet)\b| (?:my |her |his |their |the )?(?:hair|clothes|eggs|fabric|shirt|beard)\b| inside\b| (?:some )?slack\b| (?:tired|beat|serious|set on|on my feet|asleep|to the world)\b| than (?!(?:go|going|carry|carrying|keep|keeping|live|living|be|being|wake|waking|face|facing|spend|spending|feel|feeling|stay|staying|exist|existing|continue|continuing)\b)(?=[^.!?\n]{0,60}\b(?:lol|lmao|haha\w*|jk)\b)| in (?:the|a) (?:best|good|nice)(?: possible)? way\b| off from\b| (?:on (?:a|the|some)(?! ${SKIN}\b)|while|playing|shaving|cooking|chopping|by accident|accidentally|at the gym|at (?:rugby|football|soccer|netball|hockey|training|practice|cricket|basketball|the match|the game|the rink|the pool|judo|karate|boxing)|over (?:this|it|the|that)|trying|working)\b| when (?:my|the|his|her|their|he|she|they|everyone|someone|somebody) (?:\w+ )?(?:read|said|told|called|asked|saw|found|walked in|laughed|announced|showed|put|played|shouted|mentioned)\b| if I (?:have to |'ve got to |gotta )?(?:\w+ ){0,3}?one more\b|:(?: )?(?:none|no|nil|zero|0|never|n/?a|not at all)\b| (?:0|zero|none|nil)\b(?![-–]\d| (?:to|out of)\b)|['\"’”]?\s*(?:into|in|on) (?:the |my )?(?:group ?chat|chat|search bar|google|notes app|notes)\b|\?["”’\u0027]? (?:not at all|none)\b|["”’\u0027]? ?[—–](?: )?(?:none|nil|n/?a|not at all)\b| scars\b)`,
  ),
  'i',
);

/** After "killing myself": a chore or a sport, an idiom of effort (`EFFORT`). */
const EFFORT_AFTER = new RegExp(`^ ${EFFORT}`, 'i');
/** After "die": "for a coffee", an idiom of wanting. */
const DIE_FOR =
  /^ for (?:a|an|some|this|that|one|my|your|the)\b|^ on (?:my|the) (?:bed|sofa|couch|floor|desk)\b[^.!?\n]{0,20}\bfor (?:\d+|a few|the next|an?|hours)\b/i;
/** After "wake up": a time of day, so an early start, or another reason of the day. */
export const EARLY = new RegExp(
  String.raw`^,? (?:at \d|early|before (?:\d|dawn|noon|midday|lunch|five|six|seven|eight|nine|ten|eleven)|so early|this early|for (?:work|an early|the early)|${WAKE_REASON})`,
  'i',
);
/** Before a phrase: someone asked whether ("she asked me whether I'd had thoughts of…"). */
const ASKED_BEFORE =
  /\b(?:asked|asks|ask|asking)(?: me)?(?: \w+){0,3} (?:whether|if)\b[^.!?\n]*$|\b(?:have|did|do) you (?:ever )?(?:had|have|been having|experienced|felt|thought)\b[^.!?\n]*$|\bthoughts? (?:that )?you(?:'d| would| might| are)?\b[^.!?\n]*$/i;
/**
 * Right before a phrase: what it was done until ("cleaned that oven till I wanted to die"), or a
 * leaflet's heading ("in case of overdose").
 */
const NO_WISH_BEFORE = /\b(?:till|until|in case of|symptoms of|signs of|risk of) (?:an? )?$/i;

/** A fear of dying (`FEAR_OF_DYING`), found ending where a phrase of risk ends. */
const FEARED = new RegExp(FEAR_OF_DYING, 'i');
const fearedUpTo = (sentence: string, start: number, end: number) => {
  const from = Math.max(0, start - 40);
  const fear = FEARED.exec(sentence.slice(from));
  return fear !== null && from + fear.index + fear[0].length === end;
};

/** Before a phrase, a work named and its title opened; after it, the title closed and its maker. */
const QUOTED_TITLE_BEFORE =
  /\b(?:song|track|film|movie|book|poem|album|show|title|called|named|titled)[^.!?\n'"‘“]{0,12}['"‘“]$/i;
const QUOTED_TITLE_AFTER = /^[^'"’”\n]{0,40}['"’”] by\b/i;

/** The writer's own word that what they wrote is a joke: "(kidding)", "jk", the tone tag "/j". */
const JOKING =
  /\((?:kidding|joking|jk)\b|(?:^|[\s,.(])(?:jk|\/j|just kidding|only joking)(?=[\s,.)!]|$)/i;

/** A phrase ending in "end it" or "end things", which "with him" makes a break-up. */
const ENDS_IT = /\bend(?:ing)? (?:it|things)$/i;

/** Right before a phrase: it is denied ("I would never kill myself"). */
const NEGATED_BEFORE = new RegExp(
  expand(
    String.raw`\b(?:never|not|n't|won't|wouldn't|don't|didn't|no longer|stopped|almost|nearly)(?: (?:ever|really|actually|want to|try to|going to))? $|\bno (?:\w+ )?(?:thoughts?|plans?|intentions?|urges?|desire|wish) (?:of|to|about) $`,
  ),
  'i',
);
/** Phrases that speak of the writer without a pronoun. */
const IMPERSONAL =
  /better off dead|(?:no|any) (?:reason|point)|to live|living|being alive|being here|urge to|existing|life itself|worth|done with life|stockpil|saving up|hoard|not (?:really )?for|how many|how (?:high|tall|far)|plan and|date and|do (?:this )?life|dose|methods?|saved up|stockpiled|stashed|this (?:is|as) (?:\w+ )?(?:\w+ )?(?:goodbye|farewell)/i;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine', 'id', 'ive', 'im']);
/**
 * A time before the phrase in its sentence that puts it in the past ("a year ago"), a verb told in
 * the past, and nothing in the phrase that speaks of now ("a year ago I was fired and I want to
 * die" is now).
 */
const PAST_VERB =
  /\b(?:thought|tried|considered|planned|googled|looked|researched|wished|wanted|asked|was|were|had|wrote|gave|said|took|left|stood|swallowed|attempted|overdosed|posted|talked|spoke|told|felt)\b/i;
const NOW =
  /\b(?:want|wanna|wish|need|hope|hoping|plan|planning|going to|gonna|am|'m|keep|still|now|again|tonight|today)\b/i;
/** Someone else named just before an end found by it ("I wish he was dead", "hope she dies"). */
const OTHERS_END = /\b(?:he|she|they|him|her|them)\s*$/i;
/** Before a phrase: a self left behind ("the old me would have…", "the night I wanted to…"). */
const FORMER_SELF =
  /\b(?:the )?old me\b|\bthe person I (?:was|used to be)\b|\b(?:the|that) (?:night|day|time|year|week|month|morning|evening|summer|winter|spring|autumn)s? (?:that |when )?\s*$/i;
/** An intrusive thought named as such and disowned, in either order. */
const UNWANTED_THOUGHT =
  /\b(?:intrusive (?:thoughts?|images?)|ocd)\b[^]*\b(?:I'?d never|I would never|(?:it )?scared me|never act(?:ed)? on (?:it|them)|never wanted to|(?:don'?t|do not) want to (?:die|act on (?:it|them))|(?:don'?t|do not) want to at all)\b|\b(?:I'?d never|I would never|scared me|never act(?:ed)? on (?:it|them))\b[^]*\b(?:intrusive (?:thoughts?|images?)|ocd)\b/i;
/** The writer says the words of dying were not meant of themselves. */
const NOT_MEANT_TEXT = new RegExp(NOT_MEANT, 'i');
const HUNG_OVER = new RegExp(HANGOVER, 'i');
/** After a phrase: its quote is a caption to a joke about oneself, or words read on a page. */
const QUOTED_NOT_SAID = new RegExp(
  String.raw`^[^"”'’\n]{0,40}["”'’][^\S\n]*(?:[-–—]+[^\S\n]*${CAPTION_OF_ME}|(?:on|in|across|all over|written (?:on|in|across|all over)) ${PAGE_QUOTED})`,
  'i',
);
const PAST_TIME = new RegExp(
  String.raw`\b(?:${PAST_TIMES}|last month|when I was (?:a |younger|little|in|at)|as a (?:teen|teenager|kid|child)|first year (?:sober|clean))\b`,
  'i',
);

/**
 * Whether the phrase at `start…end` is the writer's: the phrase names them ("no one would care if
 * I died"); or the nearest person before it in its sentence is the writer ("honestly I want to
 * disappear", not "my friend told me she's been having suicidal thoughts"); or, with no one named
 * before it, its clause names the writer or names no one at all, as a journal drops its "I"
 * ("Thinking seriously about ending it.").
 */
function inWritersVoice(analysis: Analysis, clause: Clause, start: number, end: number): boolean {
  const { tokens } = analysis;
  let first = clause.from;
  while (first < clause.to && tokens[first]!.end <= start) first += 1;
  for (let n = first; n < tokens.length && tokens[n]!.start < end; n += 1) {
    if (FIRST_PERSON.has(tokens[n]!.word)) return true;
  }
  const sentence = tokens[first]?.sentence ?? tokens[clause.from]!.sentence;
  for (let n = first - 1; n >= 0 && tokens[n]!.sentence === sentence; n -= 1) {
    if (FIRST_PERSON.has(tokens[n]!.word)) return true;
    if (OTHERS.has(tokens[n]!.word)) return false;
  }
  for (let n = clause.from; n < clause.to; n += 1) {
    if (FIRST_PERSON.has(tokens[n]!.word)) return true;
  }
  for (let n = clause.from; n < first; n += 1) {
    if (SUBJECT_TAGS.has(tokens[n]!.pos) && !DROPPED_SUBJECT.has(tokens[n]!.word)) return false;
  }
  return true;
}
/** Others, as pronouns, written with or without the apostrophe ("shes been thinking"). */
const OTHERS = new Set([
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'his',
  'their',
  'hes',
  'shes',
  'theyre',
  'theyve',
]);
const SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'NOUN']);

type Phrase = { start: number; end: number; phrase: string };

/** The phrases of risk of each sentence read (a text typed on is mostly read before). */
const phrasesBySentence = new Memo<readonly Phrase[]>(4_096);
sentenceMemos.add(phrasesBySentence);

/**
 * The phrases of risk in one sentence, offsets into it: idioms and denials left out. `rules` may
 * be any that hold the sentence's: a rule whose words it lacks finds nothing in it anyway.
 */
function riskPhrasesIn(sentence: string, rules: typeof RISK): Phrase[] {
  const found: Phrase[] = [];
  for (const { pattern, lead } of rules) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      let start = match.index;
      const end = start + match[0].length;
      if (lead) {
        // A phrase found by its end: what comes before it must open it.
        const opening = lead.exec(sentence.slice(Math.max(0, start - LEAD_REACH), start));
        // "I wish he was dead": the end is someone else's, named just before it.
        if (opening && OTHERS_END.test(opening[0])) continue;
        if (opening) start -= opening[0].length;
        // "gonna jump off the bridge tonight": a sentence opening on the wish, its subject (the
        // writer) left out, as journals leave it.
        else if (DROPPED_OPENING.test(sentence.slice(0, start)))
          start = sentence.length - sentence.trimStart().length;
        else continue;
      }
      const rest = sentence.slice(end, end + 40);
      if (IDIOM_AFTER.test(rest)) continue;
      // "I want to end it with him": a relationship, not a life; "I'd die for a coffee".
      if (ENDS_IT.test(match[0]) && /^ with\b/i.test(rest)) continue;
      if (/\b(?:die|dying)$/i.test(match[0]) && DIE_FOR.test(rest)) continue;
      if (/\bkill(?:ing)? my ?self$/i.test(match[0]) && EFFORT_AFTER.test(rest)) continue;
      // "I don't want to wake up at 4am ever again": an early start, not a life.
      if (/wake up$/i.test(match[0]) && EARLY.test(rest)) continue;
      const before = sentence.slice(0, start);
      if (NEGATED_BEFORE.test(before.slice(-30)) || ASKED_BEFORE.test(before)) continue;
      // "That song 'I want to die in your arms'", "'i don't want to be here anymore' by Rise
      // Against": a title quoted.
      if (QUOTED_TITLE_BEFORE.test(before.slice(-40)) || QUOTED_TITLE_AFTER.test(rest)) continue;
      // "kms this bug (kidding, fixing it rn)": the writer says it is a joke.
      if (JOKING.test(sentence)) continue;
      if (NO_WISH_BEFORE.test(before.slice(-20))) continue;
      // "Thought I was going to die": a fear of dying, not a wish.
      if (fearedUpTo(sentence, start, end)) continue;
      found.push({ start, end, phrase: sentence.slice(start, end) });
    }
  }
  return found;
}

/**
 * Whether `text` speaks of the writer wanting to die or to harm themselves, now: by the rules'
 * three readings or by the reader trained on the corpus (`support-reader.ts`).
 */
export function needsSupport(text: string): boolean {
  if (!/\p{L}/u.test(text)) return false;
  return rulesSpeakOfRisk(text) || (readerSpeaksOfRisk(text) && !ENDING_OF_A_THING.test(text));
}

/**
 * An ending said, then said to be of a thing ("ready to check out permanently — of this hotel, I
 * mean"): the reader weighs the ending's words, the writer has said what ends.
 */
const ENDING_OF_A_THING =
  /\b(?:check(?:ing)? out|leav(?:e|ing)|go(?:ing)?|quit(?:ting)?|done|finished|log(?:ging)? off|end(?:ing)? it)\b[^\n]{0,30}?[^\S\n]*[—–-][^\S\n]*(?:of|from|with) (?:this|the|my) [a-z'’ ]{2,30},? I mean\b/i;

/**
 * Words written so that a platform's filters pass them ("algospeak"), as the words they stand
 * for: "sewerslide" is suicide, "unalive" and "ctb" ("catch the bus") are to die, "delete
 * myself" is to kill oneself, "sh" after "on", "from" or "without" is self-harm. The rules read
 * the plain words; a text holding none of these is read as written.
 */
const ALGOSPEAK: readonly [RegExp, string][] = [
  [/\b(?:sewer[- ]?slide|su[i1!*]c[i1!*]d[e3]|s[u*]{1,2}[i1*]cide|sui\*ide)\b/gi, 'suicide'],
  [/\bunalived my ?self\b/gi, 'killed myself'],
  [/\bunalive my ?self\b/gi, 'kill myself'],
  [/\bunaliving my ?self\b/gi, 'killing myself'],
  [/\bunaliving\b/gi, 'dying'],
  [/\bunalive(?:d)?\b/gi, 'die'],
  [/\bdelete my ?self\b(?! (?:era|from|off|on)\b)/gi, 'kill myself'],
  [
    /(?<=\b(?:want|wanna|going|gonna|plan|planning|ready|about|decided|to) (?:to )?)ctb\b/gi,
    'end my life',
  ],
  [/\b(?<=(?:on|from|without|of|with|no|for) )sh\b(?! (?:up|it|out|sh)\b)/gi, 'self-harm'],
  [/\bsh['’]d\b/gi, 'self-harmed'],
];
const MAY_ALGOSPEAK = /sewer|slide|su[i1!*]c|s\*|unaliv|delete my|\bctb\b|\bsh\b/i;

/** `text` with its algospeak in plain words (`ALGOSPEAK`). */
export function plainWords(text: string): string {
  if (!MAY_ALGOSPEAK.test(text)) return text;
  return ALGOSPEAK.reduce((out, [pattern, plain]) => out.replace(pattern, plain), text);
}

/** The rules' three readings alone: phrases, hints, and signs with a mind turned to them. */
export function rulesSpeakOfRisk(written: string): boolean {
  const text = plainWords(written);
  // "I had the thought of jumping in front of the train and it scared me. I'd never. Is that an
  // intrusive thought?": a thought named as unwanted, not a wish.
  if (UNWANTED_THOUGHT.test(text)) return false;
  const found: Phrase[] = [];
  // A rule whose words the text lacks matches in none of its sentences: its words are asked once.
  let rules: typeof RISK | undefined;
  // Each sentence with the marks that end it: no phrase of risk reaches past one.
  for (const sentence of sentenceRuns(text, 'marks')) {
    let phrases = phrasesBySentence.get(sentence[0]);
    if (!phrases) {
      rules ??= RISK.filter(({ needs }) => needs.every((word) => word.test(text)));
      phrasesBySentence.set(sentence[0], (phrases = riskPhrasesIn(sentence[0], rules)));
    }
    for (const { start, end, phrase } of phrases) {
      found.push({ start: start + sentence.index, end: end + sentence.index, phrase });
    }
  }
  // The readings that need no phrase of risk.
  const otherwise = () => hintsSpeak(text) || speaksOfRisk(text) || ENDING_CLARIFIED.test(text);
  // "kms this lab report 💀 (not literally)", "ending the stream for good. the channel, not me":
  // no phrase of it is meant of the writer.
  if (found.length === 0 || NOT_MEANT_TEXT.test(text)) return otherwise();
  // Only the segments that hold a phrase are read.
  const analysis = analyse(text, (from, to) =>
    found.some(({ start }) => start >= from && start < to),
  );
  const quotes = findQuotes(text);
  return (
    found.some(({ start, end, phrase }) => {
      // Asked is enough ("should I just end it?"): only supposition and others' words are not.
      const clause = clauseAt(analysis, start);
      if (!clause) return false;
      // "No reason to live" needs no pronoun: in one's own journal it speaks of oneself.
      if (!inWritersVoice(analysis, clause, start, end) && !IMPERSONAL.test(phrase)) return false;
      // "A year ago I … thought about ending my life": a past time, told as past.
      const sentenceStart = analysis.sentences[clause.sentence] ?? 0;
      const lead = text.slice(sentenceStart, start);
      // "The doctor asked me, was I having thoughts of harming myself": another's question.
      if (ASKED_BY_OTHER.test(lead)) return false;
      if (THEIR_CLAIM.test(lead)) return false;
      // "I'm so hungover I want to die": a morning after, not a life.
      if (HUNG_OVER.test(`${lead}${phrase}`)) return false;
      // "The night I wanted to die was not the last night of my life", "the old me would have…".
      if (FORMER_SELF.test(lead) && PAST_VERB.test(phrase) && !NOW.test(phrase)) return false;
      // "Wrote goodbye letters to the lads on the wing cos I'm out Friday": an ordinary leaving.
      if (/goodbye|farewell/i.test(phrase) && ORDINARY_REASON.test(text.slice(start, start + 120)))
        return false;
      // "Had a plan to end my life": the plan is a noun there, not a plan now.
      const now = `${lead}${phrase}`
        .replace(/\bhad (?:a |the )?plans?\b/gi, 'had')
        .replace(/\b(?:was|were) (?:planning|thinking|hoping|wanting)\b/gi, 'was')
        .slice(-phrase.length);
      // The past time may follow ("I wanted to end it all in 1987, after the bankruptcy").
      const rest = text.slice(end, end + 80).split(/[.!?\n]/, 1)[0]!;
      if (
        (PAST_TIME.test(lead) || PAST_TIME.test(rest)) &&
        PAST_VERB.test(`${lead}${phrase}`) &&
        !NOW.test(now)
      ) {
        return false;
      }
      // '"I'm gonna end it all" - me after the boss fight', '"I want to die" on page after page':
      // a caption or a page quoted, not said.
      if (QUOTED_NOT_SAID.test(text.slice(end, end + 80))) return false;
      return isOwnBelief(analysis, quotes, start, end, { rhetorical: true });
    }) || otherwise()
  );
}
