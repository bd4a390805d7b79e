/**
 * The safety net's reading by meaning, sentence by sentence: people rarely write "I want to kill
 * myself"; they write "the thought of not being here anymore is the only thing that calms me
 * down", "kept enough of the pills back, just so I know they're there if I need a way out",
 * "sat with the tow rope in my hands working out where it would hold". Such a sentence holds a
 * sign of dying or of harm (being gone, a means, a way) and, beside it, a mind turned to it (a
 * wish, a plan, relief, keeping or checking something), in the writer's own voice and now.
 * Self-injury is a harm done to one's own body ("scratching my arms raw", "punching the wall till
 * my knuckles split"). A few signs need no second word ("wake up disappointed that I did").
 *
 * Left alone: idioms ("this commute is killing me", "to die for"), things that die (a phone, a
 * plant, a project), others' stories (a client, mum, "a man jumped from the bridge"), denials
 * ("I'm not suicidal", "I would never…") and the past ("two years ago I was cutting"). Pure,
 * deterministic, regular expressions over lower-case sentences: no reading by wink-nlp.
 */
import { sentenceMemos } from './nlp';
import { Memo, sentenceRuns } from './segments';

/** A pattern over a sentence as `sentences` gives it: one space between words, "'" alone. */
const words = (source: string) => new RegExp(source, 'i');

/** A short time off, not a life: "not exist for 48 hours", "for a whole weekend" (not "… now"). */
export const BRIEFLY = String.raw`(?! for (?:a|an|the|one|\d+|a couple of|a few) (?:whole |full )?(?:hours?|days?|weekend|week|night|evening|afternoon)\b(?! now))`;

/**
 * After "killing myself": a chore or a sport ("killing myself lifting these bales"), an idiom of
 * effort; not a way of doing it ("using", "taking").
 */
export const EFFORT = String.raw`(?!(?:using|taking|swallowing|overdosing|hanging|jumping|drowning|cutting|driving|crashing|stepping|walking|throwing|drinking|starving)\b)[a-z]+ing\b`;

/**
 * A fear of dying, not a wish: "thought I was going to die" in a cold plunge, "I was sure I'd die";
 * not when a wish follows ("… and honestly I wish I had"). The safety net's phrases read it too.
 */
export const FEAR_OF_DYING = String.raw`\b(?:thought|felt like|swore|(?:(?:was|am|'m|I'?m|im) )?(?:so |really |genuinely |properly |absolutely |honestly )?(?:sure(?<!\bmak(?:e|ing) sure)|convinced|scared|terrified|afraid|frightened|petrified|worried)) (?:that )?(?:I was|I'?d|I would|I were|I'?m|im|I am|I'?ll|I will) (?:going to |gonna |about to )?(?:die|dying|pass out|be sick|collapse|drown)\b(?![^.!?\n]*\b(?:wish|wished|want|wanted|hope|hoped|disappointed|gutted|glad|ready)\b)`;

/**
 * After "wake up": a reason of the day not to ("with a hangover", "it's my 6am shift", "my only
 * day off", "because the dream was…"). The safety net's phrases read it too (`EARLY`).
 */
export const WAKE_REASON = String.raw`with (?:a |the )?(?:hangover|headache|migraine|cold|sore|stiff)|(?:tomorrow|today)?,? ?(?:it'?s|for) (?:my |an? |the )?(?:only )?(?:day off|lie-?in|(?:\d+ ?(?:am|a\.m\.)|early|morning|opening) (?:shift|start|class|lecture|flight|meeting))|(?:tomorrow |today )?(?:because|from)(?: of)? (?:the|this|that|my) dream`;

/**
 * After "suicidal": a time that puts it before now ("I've been suicidal before, back in 2015").
 * The safety net's phrases read it too.
 */
export const BEFORE_NOW = String.raw`(?! (?:before|back (?:then|in)|in the past|(?:\w+ )?years ago|as a (?:teen|teenager|kid|child)|at (?:uni|school|university|college)|when I was)\b)`;

/**
 * After "better off without me": a place, a gathering or a while one is away from ("at the
 * retreat", "this weekend"), not the world, a life or a family.
 */
const ELSEWHERE = String.raw`(?! (?:on|at|in|for) (?:the|this|that|my|our|their|his|her) (?!(?:\w+ )?(?:world|earth|planet|life|lives|family|house|home|picture)\b)\w+| (?:this|next|for (?:the|a|this)) (?:weekend|week|month|match|game|shift|trip|tournament|season)\b| (?:tonight|today|tomorrow)\b)`;

/** Being gone, dying, a means or a way: a sign only beside a mind turned to it. */
const GONE = words(
  String.raw`\b(?:six feet under|(?:medicine|bathroom) cabinet|to die|to be dead|I(?:'?m| am)? (?:\w+ )?dying\b(?! (?:to|for|of))|(?:me|myself) dead|my (?:own )?death|be dead|dead already|suicid\w*|before I go *$|if I go *,|kill(?:ing)? (?:my ?self)|end(?:ing|ed)? (?:it|it all|things|everything|my life)(?! with\b)|(?:not|no) (?:be|being|bein'?) (?:here|around|alive)(?: any ?more)?|(?:stop|stopped|stopping) (?:existing|living|breathing)|exist(?:ing)? any ?more|(?:never|not|didn'?t|don'?t|wouldn'?t|won'?t|wont) (?:have to )?wake up(?!,? (?:at \d|early|before|so early|this early|for work|${WAKE_REASON}))|go first|(?:when|after|before|once) I'?m (?:not around|not here|gone|dead)|I'?m gone(?! (?:from|on (?:holiday|leave|a)|to (?:the|a|work)|for (?:a|an|the|two|three|\d+|a few|a couple))\b)|(?:notice|know) I was gone|a way out|way to go|overdos\w*|noose|(?:the |a |tow )?rope|hang(?:ing)? (?:my ?self)|pills|tablets|paracetamol|painkillers|jump(?:ing)? (?:off|from|in front)|multi-?storey|how many floors|(?:back|front) of (?:a|the) (?:lorry|truck|bus|train)|in front of (?:a|the) (?:lorry|truck|bus|train|car)|the tracks|reservoir|(?:not|stop) turning the wheel|the worst (?:does|happens|happening)|(?:tips|falls|lands|crashes) (?:on|into) me|runs? me (?:over|down)|(?:never|not) (?:have to )?do any of this again|everything to stop|not start again|gone for good|better off without me${ELSEWHERE}|without me (?:in it|around|here)|making that happen|not waking up|(?:wasn'?t|weren'?t|am not|'?m not) (?:here|around) any ?more|where I'?m going(?!,? (?:which is|is|to|on|next|now|after)\b)|my (?:own )?funeral|lethal dose|(?:see if|hope|wait for) (?:it'?d|it would|it will|it) (?:just )?end\b|(?:fast|next|express) train|the platform edge|looking down\b[^.!?\n]{0,60}\b(?:easy|quiet|how far)|(?:gun|shotgun|rifle)(?: cabinet)?|medicine cupboard|morphine|insulin|if I'?m gone|(?:manage|cope|be fine|be okay|be ok|do better|be happier) (?:fine |better |just fine )?without me|wouldn'?t mind (?:being (?:dead|gone|the one (?:on|in) the)|dying|not waking up)|in front of (?:a|the) next (?:lorry|truck|bus|train|car)|wanting to die|crash(?:ing)? (?:the|my) car|(?:and|then) die\b|(?:saving|saved|stockpiling|hoarding|stashing) (?:up )?(?:my |the )?(?:meds|pills|tablets|\w+(?:ine|pam|pine|done|ol))\b|(?:sea|water|river|road|cancer|illness|it|the crash) (?:would|will|could|to|finish|take) (?:take )?me\b|finish me(?: off)?\b|no lifejacket|(?:shut|closed) my eyes (?:on|at|while|for a few seconds)|not to be (?:here|around|alive)|(?:the|my) (?:blade|razor)\b|razor blades?\b|platform\b[^.!?\n]{0,60}\b(?:step|jump|easy)|one step forward|tallest (?:car parks?|buildings?|bridges?)|let(?:ting)? go of the wheel|not correcting it|(?:the|what) doses?\b|(?:not|never) (?:exist|existing)\b${BRIEFLY}|step(?:ping)? off\b|(?:about|of) jumping\b|(?:plane|bus|car|train) (?:goes down|crashes|hits me)|(?:van|car|bus|plane|train|lorry|truck) to crash with me\b|no seatbelt|without (?:a |my )?seatbelt|closed my eyes (?:on|while) (?:the )?(?:motorway|road|driving|wheel)|stopped (?:taking|using) (?:my |the )?(?:heart |blood pressure |bp |diabetes |epilepsy )?(?:tablets|meds|medication|insulin|inhalers?|pills)\b|timing the gaps between (?:the )?(?:trains|lorries|trucks)|(?:comes?|goes?) through\b[^.!?\n]{0,40}\b(?:doesn'?t|does not|never) slow\b|where I (?:want|'d like|would like|plan|'m going|am going) to (?:finish|end it|end things)(?= *(?:[.!?,;\n]|$))|my (?:body|heart) to (?:just )?(?:give up|give out|pack in|shut down|stop(?= *(?:[.!?,;\n]|$)))|(?:not|no longer|stopped being) (?:scared|afraid|frightened) of (?:dying|death|being dead)\b|how long (?:it takes|it would take|it'?d take|does it take|would it take) (?:to (?:drown|die|bleed out|suffocate)|with the (?:exhaust|engine running|gas))\b|\b(?:let|letting|for) (?:it all|everything) (?:to )?be over\b|swerv(?:e|ing) into (?:the|a|an|oncoming)\b|(?:the )?(?:idea|thought) of (?:dying|death|being dead|not waking up|not being here)\b|(?:\w+ )?(?:floors|storeys|stories) (?:up )?(?:is|are|would be|'d be|will be) (?:high )?enough\b|(?:packet|pack|box) of (?:razor )?blades\b|(?:my|our) (?:family|kids|wife|husband|partner|children|parents) (?:would|will|'d) (?:get|have) the (?:life )?insurance\b|(?:the )?life insurance (?:would|will|'d) pay out\b)`,
);

/** A mind turned to it: a wish, a plan, keeping or checking, relief. */
const MIND = words(
  String.raw`\b(?:want|wanted|wanna|wish|wishing|hope|hoping|hopes|plan|planned|planning|think|thinking|thinkin'?|thought|thoughts|decided|ready|picked|chose|sorted|saving|saved|kept|keep|counted|counting|checking|checked|working out|worked out|reading up|read up|looked up|looking up|googl\w*|on purpose|tempted|urge|fantasi\w*|imagine|imagining|picture|picturing|made my peace|making my peace|(?:the )?(?:only|one) (?:useful|good) thing (?:about me|I can (?:still )?do)|told (?:myself|them|him|her|everyone|\w+) (?:it'?s|it is|it was|its) for|calm|calms|calming|relief|peace|peaceful|rest|quiet|finally|(?<!\ball )in order|if I (?:go|just|need)|only thing|wanting|wouldn'?t mind|nice|thought it through|keeping it for|keep it for|for me|decide|decided|in case|the only (?:\w+ )?(?:thing|thought)|not (?:really )?for (?:a |my |the )?(?:headaches?|migraines?|pain|back pain|toothache|sleep|shaving|garden|crafts?|crafting|shed|cooking)|(?<!\b(?:near|fair|good|sure|oddly|funnily|long|well) )enough|missed it|need|hoped|kinda hoped|let nature|helping it along|(?:not|without) telling|haven'?t told|daring|dared|on my mind|one (?:night|day|of these days) I'?ll just|asked (?:the |my )?(?:speaker|phone|alexa|siri|google|chatbot)|used (?:it|them) (?:again|twice|\w+ times)|dragging (?:this|it) out)\b`,
);

/** Harm done to one's own body, or done on purpose. */
const HARM = words(
  String.raw`\bpunish(?:ing)? my ?self\b|\b(?:burnt|burned|burn|burning|cut|cutting) my (?:own )?(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|hands?) with (?:a |the |my )?(?:lighter|cigarette|fag|match(?:es)?|razor|blade|compass)\b|\bcut (?:into )?my (?:own )?(?:arms?|forearms?|legs?|wrists?|thighs?|stomach|hips?) with\b|\b(?:been|keep|started|kept|still) (?:cutting|burning|scratching|hitting|punching|biting|picking at) (?:my ?self|my (?:arms?|forearms?|legs?|wrists?|thighs?|skin|stomach|hips?))\b|\bbang(?:ing|ed)? my head (?:on|against)\b|\b(?:snapp|flick)\w* [^.!?\n]{0,30}\bon my wrist\b|\bknuckles (?:split|bled|bleeding)\b|\b(?:cutting|cut|scratch(?:ing|ed)?|punch(?:ing|ed)?|burn(?:ing|ed|t)?|hit(?:ting)?|bang(?:ing|ed)?|bit(?:ing)?|starv(?:ing|ed)|pick(?:ing|ed)) (?:again\b|(?:at |into )?my (?:own )?(?:arms?|forearms?|legs?|wrists?|thighs?|skin|stomach|head|knuckles|hands?|face|hips?|ankles?)\b(?! on (?:the|a|an|some)\b(?![^.!?\n]*\bon purpose\b))[^.!?\n]{0,60}\b(?:raw|bleed|bled|bleeding|blood|split|bruised?|till|until|again|so|to feel|on purpose)|(?:the |a )?(?:\w+ ){0,2}(?:wall|tiles|door|mirror)\b[^.!?\n]{0,40}\b(?:till|until)\b|my ?self\b(?! (?:some )?slack| off\b| up\b| together\b| back up\b| on (?:a|the|some)\b| while\b| by accident| accidentally| shaving| cooking| laughing))|\b(?:stop|stopped|skipping|skipped|took|taken|used|drank|drove) [^.!?\n]{0,30}\bon purpose\b|\b(?:nick(?:ed|ing)?|shut|slamm(?:ed|ing)|scald(?:ed|ing)?|held|holding|press(?:ed|ing)|stabb(?:ed|ing)|jamm(?:ed|ing)|trapp(?:ed|ing)|put|stuck|hit|cut|burn(?:t|ed)?|bash(?:ed|ing)|smash(?:ed|ing)|scratch(?:ed|ing)) (?:my ?self|my (?:own )?(?:arms?|forearms?|legs?|wrists?|thighs?|skin|stomach|head|knuckles|hands?|face|hips?|ankles?|fingers?|feet|foot))\b[^.!?\n]{0,60}(?<!\bnot )\bon purpose\b|\b(?:held|pressed|put|kept) my (?:own )?(?:arms?|wrists?|hands?|palms?|fingers?|legs?|skin)\b[^.!?\n]{0,40}\b(?:till|until) (?:it|they) (?:blistered|bled|burned|burnt|split)\b|\brelaps(?:e|ed|ing) (?:on|into|with) self-harm\b|\bI (?:wanted|want|needed|need) (?:it|the pain) to hurt\b(?! (?:him|her|them|you|\w+'s)\b)|\b(?:scratch|cut|pick|bite|burn|punch|hit)(?:ing|ed)? (?:myself |my \w+ )?(?:until|till) (?:it|they|I) (?:bleeds?|bled|bleeding|bruises?|bruised|blisters?|blistered)\b`,
);

/** Signs that need nothing beside them. */
const ALONE = words(
  String.raw`\bends?\b[^.!?\n]{0,40}\band (?:honestly |maybe |probably |so )?so (?:do|will) I\b|\bno more me\b|\bnot (?:do the )?wak(?:e|ing)(?: part| up)? (?:ever )?again\b(?! (?:till|until|before)\b)|\bnot going to be anywhere(?= *(?:[.!\n]|$))|\b(?:wish|hope|hoping|wishing)\b[^.!?\n]{0,40}\b(?:give way|collapse|cave in) (?:under|beneath) me\b|\b(?:hoping|hope|wishing|wish|praying) for (?:an?|the) (?:aneurysm|heart attack|stroke|car crash|crash|accident)\b|\bwanted the pain on the outside\b|\bthe other kind of (?:calling it a day|call it a day|ending|goodbye|leaving|retirement|retiring|checking out|clocking off|finishing)\b|\b(?:there'?s|there is) no (?:next (?:year|spring|summer|autumn|winter|christmas|birthday|season)|tomorrow|future) for me\b(?! (?:here|at|in|with|on)\b)|\b(?:not|won'?t|wont) (?:going to |gonna )?be (?:anyone'?s|anybody'?s|a|your|their|everyone'?s|his|her) (?:problem|burden|worry|bother|responsibility) (?:for )?(?:much|very|too) long(?:er)?\b|\bnot (?:planning on|expecting to|intending to) (?:still )?(?:be|being) (?:here|around|alive)\b|\b(?:don'?t|do not) (?:plan on|plan to|expect to|intend to) (?:still )?(?:be|being) (?:here|around|alive)\b(?! (?:when|for|at|on|in|this|next|tomorrow|after|until|till|while|to)\b)|\bI'?ll be with (?:you|him|her|them)\b[^.!?\n]{0,40}\bone way or (?:another|the other)\b|\bsin to take what (?:you|god|he|the lord) gave\b|\b(?:suicide|dying|death|ending it) (?:is|seems|feels like) (?:the|my) only (?:\w+ )?(?:way|door|option|answer|choice|way out|exit|solution)\b|\bmake (?:the pain|it|everything) stop,? (?:permanently|for good|forever)\b|\b(?:rope|noose|beam|branch|hook)\b[^.!?\n]{0,40}\b(?:strong enough|will hold|would hold|holds? my weight)\b(?![^.!?\n]*\b(?:tent|boat|swing|hammock|climb\w*|tow\w*|load|washing)\b)|\bwon'?t be (?:here|around|alive) to (?:write|read|see|need) (?:them|it|this|any)\b(?![^.!?\n]*\b(?:holiday|leave|away|trip|abroad|work|shift)\b)|\bno more anything\b(?! (?:for|until|till|this|on)\b)(?![^.!?\n]*\b(?:free|holiday|celebrat\w*|yay|woo+)\b)|\b(?:god|the lord|lord|allah|jesus) (?:will |would |to )?takes? me (?:soon|home|now|tonight|away)\b(?! (?:from|to)\b)|\bsat (?:there )?with (?:it|the (?:shotgun|gun|rifle|rope|knife|blade|pills|tablets)) (?:across|on|in) my (?:knees|lap|hands?)\b|\b(?:me|I'?m|I am) done with everything\b[^.!?\n]{0,20}\bnot just\b|\b(?:might as well|may as well|ready to|want to|wanna|time to|time I) go and (?:join|be with) (?!them\b|him\b|her\b|the\b|my\b|you\b)\w+(?= *(?:[.!?,;\n]|$| again\b| now\b))|\bwake up (?:disappointed|gutted|sad|angry|annoyed) (?:that )?I (?:did|woke|am still|'?m still)|\b(?:disappointed|gutted|annoyed|angry|upset|sad|furious|pissed off) (?:that )?I woke (?:up)?\b|\bgoodbye[^.!?\n]{0,40}\bwithout (?:them|anyone|people) knowing\b|\bhoping (?:it'?d|it would|it will) be enough\b|\bnext time I (?:won'?t|will not) (?:step back|stop|hesitate|turn back|pull back)\b|\b(?:sorry|forgive me) for what I'?m (?:about|going) to do\b|\bwouldn'?t (?:have )?minded? if (?:that|it) was it\b|\b(?<!\bsleep )(?<!\bmiss\b[^.!?\n]{0,40})(?:after|once|when) I'?m (?:gone|dead)\b(?! (?:for|on|to)\b)|\bworry about me for (?:much|very) (?:longer|long)\b|\blet (?:this|today|tonight|it) be (?:the|my) last\b|\bhow much (?:would|it would|it'?d) (?:be enough|take)\b|\b(?:easier|better|lighter|happier|calmer|simpler|freer|quieter|fine|okay|ok) (?:off )?(?:for (?:everyone|everybody|them|all of them|my family) )?with me (?:gone|dead)\b(?! for (?:a|the|two|\d+|a few|a couple)\b| on\b| to\b| away\b)|\bgas on,? (?:not lit|unlit)\b|\b(?:don'?t|do not) (?:think I )?(?:want (?:to wake up(?!,? (?:at \d|early|before|so early|this early|for work|${WAKE_REASON}))|to see (?:christmas|tomorrow|another (?:day|year|birthday)|the morning|next year)|any more tomorrows)|(?:plan on|expect to|intend to) (?:see|seeing) (?:christmas|spring|summer|the spring|the summer|new year|another (?:day|year|birthday)|my birthday|next year))\b|\bif (?:a|the) (?:lorry|car|bus|truck|train|van) (?:doesn'?t see|hits|takes) me,? (?:fine|so be it|good|whatever)\b|\b(?:weight|millstone) (?:round|around) everyone'?s neck\b|\bthey'?d all (?:float|be free)\b|\bso (?:nobody|no one) has to do it later\b|\bif I don'?t make it (?:through|past) (?:the|this) (?:week|night|weekend|month)\b|\bgot the blades? (?:back )?out\b|\b(?:don'?t|do not) (?:reckon|think) I'?ll (?:still )?be (?:around|here|alive)\b|\b(?:didn'?t|don'?t) care if I (?:came off|fell|died|crashed|didn'?t come back|got hit|hit something)\b|\bbetter off without me\b${ELSEWHERE}|\bby the time you read this\b|\bpays? out whatever the cause\b|\b(?:I'?ve|they'?ve|I have) (?:already )?lived long enough\b(?! to\b)|\bdecided (?:not to|I'?m not going to|I won'?t) (?:wait|hang|stick) around (?:and|to) (?:find out|see)\b|\b(?:googl\w*|search\w*|look\w* up|read\w* (?:up )?(?:about|on)|research\w*|wonder\w*) (?:whether|if|how much|how long|does) (?:drowning|hanging|overdosing|an overdose|jumping|bleeding out|carbon monoxide) (?:hurts?|would hurt|takes|is painless|feels)\b|\b(?:take|swallow|taking|swallowing) (?:all of them|them all|the lot|the whole (?:lot|box|packet|bottle)) and (?:go to sleep|sleep|not wake up|never wake up)\b|\b(?:I )?know where the (?:fence|railing|railings|barrier) is (?:lower|lowest|low|broken|down|gone|missing)\b|\b(?:grave|ashes|headstone|urn)\b[^.!?\n]{0,80}\bI'?ll be with (?:her|him|them|you) (?:again )?soon\b|\b(?:I'?m|I am|I'?d be|I would be|I'?ll be|me being) worth more dead\b|\b(?:won'?t|will not|wont) be (?:here|around) (?:any ?more |much longer )?to (?:feed|look after|walk|care for|take care of|mind) (?:her|him|them|it|\w+)\b(?![^.!?\n]*\b(?:holiday|leave|away|trip|abroad|work|shift|moving|move|hospital|week|weekend|fortnight|month|conference|visit\w*|tomorrow|tonight)\b)|\b(?:that'?s it|I'?m done|it for me)\b[^.!?\n]{0,60}\bthe other (?:kind|sort|type|way)\b(?= *(?:[.!,;\n]|$))|\b(?:the|my|a) (?:note|letter)\b[^.!?\n]{0,80}\b(?:doesn'?t|does not|won'?t|wouldn'?t) (?:sound|read|look) like (?:it'?s |it was )?(?:her|his|their|your|anyone'?s|\w+'s) fault\b|\bplease (?:don'?t|do not) let (?:\w+ ){1,2}blame (?:herself|himself|themselves)\b|\b(?:whoever|whomever) (?:finds|will find) me\b(?! (?:a|an|the|some)\b)|\b(?:whoever|anyone who|the person who) reads this after(?:wards)?\b|\bso (?:someone|somebody|people|everyone|they|you) (?:knows?|understands?) why,? after(?:wards)?\b|\b(?:sat|sitting|sit) in the (?:car|van) in the garage\b[^.!?\n]{0,80}\b(?:let it run|engine (?:on|running)|(?:garage )?door (?:down|shut|closed))\b|\bthe (?:slow|quick|quiet|easy|easiest) way out\b(?! of\b)|\btak(?:e|ing) myself out of (?:the|this|their|everyone'?s) (?:equation|picture)(?= *(?:[.!,;\n]|$| permanently\b| for good\b| for ever\b| forever\b))|\b(?:don'?t|do not) want (?:the rest of my life|my life any ?more|a future|any future)\b(?! (?:with|like|in|at|here|there)\b)|\bthe only (?:reason|thing) (?:I'?m|I am|im) still (?:here|alive|around) (?:is|are) (?:because of )?(?:my |the |our |her |his )?(?:dogs?|cats?|kids?|children|son|daughter|mum|mom|mam|dad|wife|husband|partner|family|parents?|pets?|girls?|boys?|grandkids|nan|gran|horse)\b|\bthe only (?:thing|one|reason) (?:keeping|that keeps|holding) me (?:here|alive|going)\b(?![^.!?\n]*\b(?:job|work|company|pension|salary|team|office|firm|city|town|country|flat|house|party|course|uni|school|club)\b)|\b(?:dying|death|ending it|suicide)(?:'?s| is| has)? (?:been )?(?:looking|seeming|feeling|seems|feels|looks) like (?:the|a|my) (?:cleaner|better|easier|best|only|simpler|kinder) (?:option|choice|way|answer|solution)\b|\b(?:reading|read|researching|googl\w*|looking up|looked up|looked into) (?:about )?(?:which way|how deep|where) to cut\b(?! (?:the|a|an|it|them|this|that)\b)|\bby my own hand\b|\b(?:better|best) (?:off )?rid of me\b|\bshould I (?:just )?jump\b(?! (?:in|at|ship|on|into|straight|back)\b)|(?:in|inside) the (?:car|van) (?:in the garage )?with the engine (?:running|on)\b|\bengine running\b[^.!?\n]{0,60}\b(?:hose|pipe)\b|\b(?:hose|pipe)\b[^.!?\n]{0,60}\bengine running\b|\btak(?:e|ing) (?:everything|all of it|the lot|all the \w+) (?:in|from) the (?:bathroom|medicine) cabinet\b|\btook (?:a handful|a load|loads|all|a lot|a bunch|the whole (?:packet|box|bottle|strip|pack|tub)|a whole (?:packet|box|bottle|strip|pack|tub)|an entire (?:packet|box|bottle)|the entire (?:packet|box|bottle)) of (?:my |the |some )?(?:\w+'s )?(?:\w+ )?(?:tablets|pills|meds|painkillers|paracetamol|ibuprofen|co-?codamol)\b|,? (?:then |so )?I end(?: too)?(?= *(?:[.!]|$))|\b(?:no|lost (?:the|my|all)|losing (?:the|my)|(?:don'?t|do not) have (?:the|any)|haven'?t (?:got )?(?:the|any)) (?:more )?(?:strength|will|energy|fight) (?:left )?to (?:live|go on|keep going|carry on|keep living)\b|\brather (?:die|be dead|starve|not exist|not be here|not wake up) than (?:go on|carry on|keep going|keep living|live)\b|\b(?:don'?t|do not) want to (?:exist|be alive)\b|\bbetter (?:if |that )?I (?:do not|don'?t|didn'?t|did not) exist\b|\bif I (?:wasn'?t|was not|weren'?t) (?:here|around) at all\b|\b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?) (?:that )?(?:something|someone|a (?:car|lorry|bus|truck|van|train)) (?:hits|will hit|would hit|runs me over|kills) me\b|\bhope I (?:get|have|catch) something (?:terminal|fatal|incurable)\b|\bstop being(?= *(?:[.!?\n]|$))|\bwalk in and (?:not|never) (?:walk|come) (?:back )?out\b|\bgo and (?:join|be with) (?:him|her|them|\w+)(?: again)? (?:now|soon)\b|\btired (?:to|of) (?:live|living|being alive|existing)\b|\b(?:don'?t|do not|can'?t|cannot) (?:really )?see (?:myself|me) (?:being )?(?:around|here|alive|still here)\b|\b(?:don'?t|do not) trust myself (?:to|around|with|near|tonight)\b|\bwon'?t be needing (?:it|them|any of it) where I'?m going\b(?!,? (?:which is|is|to|on|next|now|after)\b)|\b(?:they|nobody|no one|she|he) (?:don'?t|doesn'?t) know (?:it'?s|this is) (?:the|my) last\b|\b(?:no seatbelt|without (?:a |my )?seatbelt|closed my eyes (?:on|while) (?:the )?(?:motorway|road|driving|wheel))\b[^.!?\n]{0,60}\b(?:hoping|wanted|see if)|\b(?:no seatbelt|without (?:a |my )?seatbelt)\b[^.!?\n]{0,20}[.!?\n]? *(?:kind of |sort of )?hoping\b`,
);

/**
 * More signs that need nothing beside them, each with a word few sentences hold (`ALONE_WORDS`),
 * asked first: a day to come one won't be here for, a last entry, a word cut into the skin, a rope
 * on the tree, a barrel under the chin, an accident staged for the insurance, asking God to take
 * one, an end counted down to ("then it's quiet for good"), feeling suicidal, following a dying
 * parent ("when she goes I go too"), lying down by a grave not to get up, no next month for me,
 * checking out for good, asking how much of a medicine it would take.
 */
const ALONE_WORDS =
  /be here|be around|be alive|last|final|goodbye|arm|leg|wrist|thigh|skin|stomach|hip|chest|cuts|sharpener|open|rope|noose|barrel|muzzle|(?:not|never) (?:come|coming|walk|walking|swim|swimming|drive|driving)|accident|insurance|hope|hoping|wish|pray|let me go|take me|wake up|for good|for ever|have to|world|earth|poison|my own|railway|railroad|suicidal|(?:goes|dies|passes)(?: away)?,? i|only one way|lie down|lay down|there won|there will not|there isn|out (?:permanently|for good|for ever|forever)|to you myself|how (?:much|many) (?:of (?:the |my )?)?(?:insulin|morphine|pills|tablets|paracetamol|painkillers|sleeping|meds)/;
const ALONE_BY_WORD = words(
  String.raw`\b(?:won'?t|wont|will not|not going to|not gonna) be (?:here|around|alive) (?:for|to see|in|by|at) (?:(?:her|his|their|my|our|the|[a-z]+'s) )?(?:(?:first|next|\d+(?:st|nd|rd|th)|big|own) )*(?:birthday|wedding|graduation|christmas|eid|diwali|first day|new year|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b(?![^.!?\n]*\b(?:leave|deploy\w*|away|abroad|trip|travel\w*|holiday|vacation|conference|moving|flight|visa|posting|tour|shift|rota|working|course|camp|hospital|surgery|exchange|placement)\b)(?<!\b(?:leave|deploy\w*|away|abroad|trip|travel\w*|holiday|vacation|conference|moving|flight|visa|posting|tour|shift|rota|working|course|camp|hospital|surgery|exchange|placement)\b[^.!?\n]*)|\b(?:probably|likely|prob|maybe|most likely) (?:my|the) (?:very )?(?:last|final) (?:entry|post|page|note|message)\b(?! (?:of|for|before|in|on|from|until|till|this|tonight|here|today)\b)|\bgoodbye,? (?:cruel )?(?:journal|diary|world)(?= *(?:[.!\n]|$))|\b(?:scratch(?:ed|ing)?|carv(?:ed|ing|e)|cut|cutting|etch(?:ed|ing)?|slic(?:ed|ing)) (?:[\"“'][^\"”']{1,20}[\"”'] |(?:[a-z]+ ){1,3})(?:into|in) my (?:own )?(?:arms?|forearms?|legs?|wrists?|thighs?|skin|stomach|hips?|chest)\b|\bkept the cuts where\b|\b(?:hide|hid|hiding) (?:the|my) (?:new |fresh )?cuts\b|\b(?:pencil )?sharpener blades?\b|\b(?:want|wanna|wanted) to cut (?:it|myself|my (?:body|skin|arms?|legs?|stomach|thighs?)) open\b|\b(?:the |a )?(?:rope|noose) (?:is |'s )?(?:already )?(?:on|over|round|around|tied to|hanging from) (?:the|a) (?:[a-z]+ )?(?:tree|beam|branch|rafter|banister|bannister|hook)\b(?![^.!?\n]*\b(?:swing|hammock|tent|washing|tyre|tire|kids|climb\w*)\b)|\b(?:barrel|muzzle)\b[^.!?\n]{0,40}\b(?:under my chin|in my mouth|to my (?:head|temple))\b|\b(?:go|walk|swim|drive|head|fly|sail|row|paddle|going|walking|swimming|driving|heading|flying|sailing|rowing|paddling) (?:out )?(?:to|into|in|over|out over|out to) the (?:lake|sea|river|water|woods|hills|moor|mountains?|ocean|forest|bush)\b[^.!?\n]{0,40}\b(?:and|to) (?:not|never) (?:come|coming|walk|walking|swim|swimming|drive|driving) (?:back|home|out)\b|\b(?:i'?ll|i will|i could|i can|i'?d|have to|need to|if i) (?:[a-z]+ ){0,2}make it look like an accident\b|\b(?:life )?insurance\b[^.!?\n]{0,40}\b(?:pays? out|covers? it|will pay)\b[^.!?\n]{0,60}\b(?:looks? like|been long enough|suicide)\b|\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:one day )?(?:the|a) (?:crash|accident|lorry|truck|car|bike|bus|train) (?:comes|happens|hits me|(?:doesn'?t|does not|won'?t) stop)\b(?![^.!?\n]*\b(?:so i can|buy|market|stocks?|shares|prices?|the dip)\b)|\b(?:asking|ask|begging|beg|pray(?:ing)?) (?:you|god|him|allah|the lord|jesus|lord)(?: to)? (?:just )?(?:let me go|take me)(?: home)?\b(?! (?:to|early|for|back|with|out|round|around|along)\b)|\b(?:fall asleep|sleep|go to sleep)(?: tonight)? and wake up (?:with (?:you|him|jesus|god|the lord)|in (?:heaven|jannah|paradise|glory|your arms))\b|\bthen (?:it'?s|it is|it will be|it'?ll be|everything'?s|everything will be|all is) (?:quiet|over|done|still|peace(?:ful)?|silent|dark) for (?:good|ever)(?= *(?:[.!,;\n]|$))|\bcan'?t (?:keep (?:doing|going)|do) (?:this|it)(?= (?:and|anymore|any more)\b| *[.,;!\n]|$)[^.!?\n]{0,30}\bwon'?t have to(?= (?:for (?:much|very) )?long(?:er)?\b| *[.!\n]|$)|\b(?:done|finished|tired) (?:with|wid|wit|of) (?:this|dis) (?:world|earth)\b(?!'s| of\b)|\b(?:want|wan|wanna) (?:to )?(?:leave|comot|exit) (?:from |for |out of )?(?:this|dis) world\b|\bpoison\b[^.!?\n]{0,30}\b(?:for|fi) (?:myself|miself)\b|\bdeaths?\b[^.!?\n]{0,60}\bmy own (?:should|will|would|could|must) come\b|\b(?:i will|i'll|i'm going to|i am going to) (?:go|walk) (?:down )?to the (?:railway|railroad|train) (?:tracks?|line)\b(?![^.!?\n]*\b(?:photo\w*|spot\w*|watch\w*)\b)|\bsuicidal\b(?<=(?:^|\bi(?:'?m| am|'?ve| have)? )(?:(?:been|getting|got|still|so|really|very|pretty|quite|a bit|kind of|kinda) )*(?:feeling |felt |feel )?suicidal)${BEFORE_NOW}|\bwhen (?:she|he|they|mum|mom|mam|dad|\w+) (?:goes|dies|passes)(?: away)?,? (?:I|i'?ll|I will|I'?m going to|I'?m gonna) (?:go|follow)(?: (?:too|with (?:her|him|them)|her|him|them))?\b|\bbe with (?:him|her|them|my \w+) again\b[^.!?\n]{0,40}\bonly one way\b|\b(?:lie|lay) down\b(?<!\bone more\b[^.!?\n]{0,70})[^.!?\n]{0,30}\b(?:and )?(?:not|never) (?:get|getting) (?:back )?up(?: again)?\b(?! (?:till|until|before|for)\b)|\bthere (?:won'?t|will not|isn'?t going to) be (?:an?|another|any) (?:next )?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|christmas|birthday|new year|tomorrow|future|next year) for me\b|\bcheck(?:ing)? out (?:permanently|for good|for ever|forever)\b(?! ?[—–-]? ?(?:of|from)\b)|\bcome to you myself\b|\bhow (?:much|many) (?:of (?:the |my )?)?(?:insulin|morphine|pills|tablets|paracetamol|painkillers|sleeping pills|meds)\b[^.!?\n]{0,20}\b(?:would|it would|it'?d|to) (?:take|be enough|kill|do it)(?= *(?:[.,;!?\n]|$| and\b))`,
);

/** Not the writer's wish: idioms and things that die. */
const IDIOM = words(
  String.raw`\bkilling me\b|${FEAR_OF_DYING}|\bdying inside\b(?! (?:and|,)? ?(?:I|i) want)|\bkill me if\b|\bkilled it\b|\bdied laughing\b|\bnearly died\b|\b(?:could(?:'ve| have)? )?died of\b|\bdie of (?:embarrassment|shame|boredom|laughter|cringe)\b|\bkill(?:ing)? my ?self (?:over|at work|to (?:finish|get|meet|make)|trying|working|laughing)\b|\bdying (?:to|for|of)\b|\bto die for\b|\bdead (?:tired|quiet|in the water|on|set|serious|end|line|easy|good|funny|heavy|beat|asleep|to the world)\b|\bdeath of me\b|\brather (?:die|be dead) than\b(?! (?:go|going|carry|carrying|keep|keeping|live|living|be|being|wake|waking|face|facing|spend|spending|feel|feeling|stay|staying|exist|existing|continue|continuing)\b)(?=[^.!?\n]{0,60}\b(?:lol|lmao|haha\w*|jk)\b)|\bdied like\b|\b(?:is|are) safe (?:to take|per day|a day|in a day)\b|\bsafe dose\b|\bblade for (?:cutting|opening) (?:boxes|cardboard|tape|packages|parcels)\b|\b(?:song|track|film|movie|book|poem|album|show) (?:called |named |titled )?['"‘“]|\bmy (?:legs|lungs|feet|arms|calves|quads|hamstrings|knees|glutes|thighs|shoulders|muscles|hands) (?:\w+ )?(?:wanted|want|wants|were|was|are|is) (?:going )?to die\b|\b(?:phone|battery|laptop|basil|plant|server|deal|van|car|scanner|engine|project|guns?|rack|environment|wifi|charger|tv|printer|fish|tomatoes|plants) (?:is |was |has |had |just )?(?:dead|died|dying)\b|\bsuicide (?:prevention|awareness|training|risk|assessment|helpline|watch)\b|\bwork of the devil\b|\bfirst aid course\b|\btraining course\b|\bthe course says\b|\bsays to ask\b|\b(?:gun|shotgun|rifle) (?:range|club|licen[cs]e)\b|\bromantici[sz]\w* suicide\b|\b(?:ask|asking|asked)\b[^.!?\n]{0,40}\bare you (?:thinking|having thoughts|feeling suicidal)\b|\b(?:thesis|research|study|studies|book|article|paper|talk|lecture|documentary|podcast|module|chapter|report|statistics|figures|session|seminar|memoir|novel) (?:is |was )?(?:on|about|into|of) (?:\w+'s )?suicide\b|\b(?:song|lyrics|track|album|poem|play|film|movie|book|novel|episode|show|series|story|chapter|seminar|lecture|talk|module|article|paper|thesis)\b[^.!?\n]{0,30}? (?:is|was|'s|are) (?:all |mostly |partly |kind of )?about (?:wanting|being|how|a|the|someone|somebody|\w+ who)\b|\b(?:pills|tablets|meds|medication)\b[^.!?\n]{0,40}\b(?:are|is|were|was) (?:finally )?(?:working|helping|kicking in)\b|\bsuicide (?:among|rates?|statistics|figures|in the \d)|\b(?:suicid\w*|self[- ]?harm\w*)[^.!?\n:]{0,40}: *(?:none|no|nil|zero|0|never|n/?a)\b|\b(?:ask|asking|asked|talk|talking|talked) (?:\w+ ){0,2}about suicide\b|\bsleep when I'?m dead\b|\b(?:wants?|wanted|wanting) me dead\b|\b(?:in case of|symptoms of|signs of|risk of|treatment (?:of|for)) (?:an? )?overdose\b|\bkill(?:ing)? my ?self ${EFFORT}|\b(?:pick(?:ed|ing)? up|renew\w*|refill\w*|repeat prescription|remember(?:ed)? to take|forgot to take|run out of|ran out of|running out of)\b[^.!?\n]{0,30}\b(?:pills|tablets|meds|medication|prescription|paracetamol|painkillers)\b|\block(?:ed|ing)? (?:away|up) (?:the|all the|my|her|his|their) (?:\w+ )?(?:razors|blades|pills|tablets|meds|medication|medicines|paracetamol|knives|sharps)\b|\b(?:half a|one|a|two) (?:tablet|pill)s? (?:when|if|as) (?:I need|needed)\b|\b\d+ ?(?:mg|g|mcg|ml)(?:\/hr)?\b[^.!?\n]{0,40}\b(?:times a day|twice a day|once a day|a day|daily|every \d+ (?:hours|days)|as needed|prn)\b|\b(?:till|until) I (?:wanted to|could(?:'ve| have)?|nearly|almost) died?\b|\brope\b[^.!?\n]{0,60}\b(?:fence|fencing|posts?|shed|tent|boat|washing line|climbing|tie (?:it|them|down)|towing|tip|dump|recycling|moved house|moving house|loft|attic)\b|\b(?:scratched|cut|grazed|nicked|burnt|burned|caught|sliced) (?:myself|(?:my|me) (?:\w+ )?(?:arm|hand|finger|leg|thumb|knee|shin|wrist|ankle|foot)s?)(?: \w+)? (?:on (?:the|a|some) (?!(?:arm|wrist|thigh|leg|stomach|belly|skin|hip|chest|ankle)s?\b)|chopping|cooking|shaving|slicing|peeling|opening|while|gardening|clearing|pruning|at work)\b(?![^.!?\n]{0,80}\b(?:on purpose|deliberately|to feel|again|relief)\b)|\b(?:(?:song|track|film|movie|book|poem|album|show)s?|lyrics?) (?:on (?:the )?(?:radio|telly|tv)|(?:\w+ ){0,3}?)about (?:wanting|being|dying)\b|\b(?:prop|toy|nerf|water|glue|staple|nail|paint|airsoft|bb|cap|starting|spud|heat|massage|glitter|squirt|foam) guns?\b|\bsuicide (?:ruling|verdict|finding)\b|\bruled (?:as )?(?:a )?suicide\b|\b(?:coroner'?s?|inquest|autopsy|post-?mortem|toxicology)\b[^.!?\n]{0,60}\b(?:overdose|suicide)\b|\b(?:overdose|suicide)\b[^.!?\n]{0,60}\b(?:coroner|inquest|autopsy|post-?mortem|toxicology)\b|['"“]suicide(?: note)?['"”]|\b(?:wanted to|could(?:'ve| have)|nearly|almost) die(?:d)? when (?:my|the|his|her|their|he|she|they|everyone|someone|somebody) (?:\w+ )?(?:read|said|told|called|asked|saw|found|walked in|laughed|announced|showed|put|played|shouted|mentioned)\b|\b(?:threw|throw|thrown|binned|returned|took|handed) (?:the rest|them|the (?:old |leftover |spare |unused )?(?:pills|tablets|meds)) (?:away|back|in the (?:sharps )?bin|to the (?:chemist|pharmacy))\b|\bsharps bin\b|\bdose (?:was |got |has been |being |is being )?(?:reduced|lowered|tapered|dropped|cut down)\b|\bgone for good ?[:—–-] ?(?:the|my|that|those|no more)\b|\b(?:back|go back|going back) to (?:that|the) (?:place|time|point|state|dark place|person) (?:where|when) I\b`,
);

/**
 * A question someone else asks the writer ("the nurse asked, like she always does, if I'd had…"):
 * what follows is theirs to ask, not the writer's to say. The safety net's phrases read it too.
 */
export const ASKED_BY = String.raw`(?:asked|asks|ask|asking)(?! myself)(?: me)?[^.!?\n]{0,50}`;
/** Where the question asked begins ("… if", "… was I"). */
export const QUESTION_OPENS = String.raw`(?:whether|if|was I|were you|are you|am I|have I|had I|do I|did I)`;

/** Told as denied or as past, in the sentence before the sign. */
const DENIED = words(
  String.raw`\b(?:would never|'d never|wouldn'?t(?! (?:have )?mind)|would not|don'?t (?:really )?want(?: to)?|do not want(?: to)?|${ASKED_BY}\b${QUESTION_OPENS}\b|not suicidal|no longer|not in that (?:dark )?place|never (?:would|will))\b`,
);
/**
 * Times that put what is told in the past ("a year ago", "the winter after the divorce", "I
 * remember my first year, when…"): the safety net's phrases (`support.ts`) read them too.
 */
export const PAST_TIMES = String.raw`ago|years back|back then|in the past|at the time|when I first|in (?:my )?(?:first|second|third|final) year|the (?:winter|summer|spring|autumn|year|months?) (?:after|before) (?:the|my|our|I)|I remember (?:[\w,]+ ){0,4}when|(?:in|back in|it was|during|(?:most|much|all|part|the rest) of) (?:19|20)\d\d|(?:in|back in) '?[6-9]\d\b|during the war|I was (?:only )?(?:1[3-9]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a (?:kid|teenager|child))\b|last (?:year|summer|winter|spring|autumn|fall)`;
const PAST = words(
  String.raw`\b(?:${PAST_TIMES}|used to|back in|when I was|that was then|first year sober|got (?:some )?help|getting help|in recovery|saved my life|that'?s (?:over|behind me))\b`,
);

/** The writer, and others before the sign: "my client", "mum", "a man", "she". */
const WRITER = /\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|my|myself)\b/;
const OTHERS =
  /^(?:client|patient|resident|customer|pupil|student|service user|caller)s?\b|\b(?:he|she|they|hes|shes|theyre|theyve|someone|somebody|(?:a|an|the) (?:(?:young|old|older|elderly|little|new|regular) )?(?:man|woman|lady|gentleman|guy|girl|boy|lad|bloke|kid|teenager|student|pupil|client|patient|customer|passenger|caller|resident|prisoner|colleague|character|soldier|nurse|person)|(?:the|some of the|our) (?:group|class|audience|crew|team|director)|(?:my|our|the|one of my) (?:\w+ )?(?:mum|mom|dad|mate|friend|client|clients|patient|patients|brother|sister|son|daughter|uncle|aunt|cousin|wife|husband|partner|boss|manager|colleague|student|students|grandad|grandma|nan|mam|mother|father|gran|granny|grandpa|grandmother|grandfather|nana|neighbou?r|kid|kids)|mum|mom|mam|dad|grandad|grandma|nan|gran|granny|news|film|book|novel|game)\b/;

/**
 * Whether the sign at `at` in `sentence` (lower case) is the writer's own: it names the writer
 * ("they'd manage fine without me"), or the last person named
 * before it is the writer, or no one is named before it and the sentence names the writer or no
 * one else ("Cutting again.", "Planned it properly today.").
 */
function writersOwn(sentence: string, at: number, sign: string): boolean {
  if (WRITER.test(sign)) return true;
  const lead = sentence.slice(0, at);
  let writer = -1;
  let other = -1;
  for (const match of lead.matchAll(new RegExp(WRITER, 'g'))) writer = match.index;
  for (const match of lead.matchAll(new RegExp(OTHERS, 'g'))) other = match.index;
  if (writer >= 0 || other >= 0) return writer > other;
  return !OTHERS.test(sentence) || WRITER.test(sentence);
}

/** The sentences of a text made lower case with straight apostrophes and single spaces. */
function sentences(lower: string): string[] {
  return Array.from(sentenceRuns(lower, 'semicolons'), ([sentence]) =>
    sentence.replace(/\s+/g, ' ').trim(),
  );
}

/**
 * Whether any sentence of `text` holds a sign of dying or harm with a mind turned to it (there or
 * in the sentence after), or a sign that needs nothing beside it.
 */
export function speaksOfRisk(text: string): boolean {
  const all = sentences(othersWordsBlank(text.toLowerCase().replace(/[’ʼ‘`´]/g, "'")));
  for (let n = 0; n < all.length; n += 1) {
    let verdict = verdicts.get(all[n]!);
    if (verdict === undefined) verdicts.set(all[n]!, (verdict = sentenceVerdict(all[n]!)));
    // "Two years ago I was in a dark place. I wanted to die.": the past, told on.
    if (verdict !== 'silent' && n > 0 && PAST.test(all[n - 1]!) && toldAsPast(all[n]!)) continue;
    if (verdict === 'speaks') return true;
    if (verdict === 'if a mind follows' && MIND.test(all[n + 1] ?? '')) return true;
  }
  return false;
}

/** Words quoted after someone else's "said": "he said to me, 'I didn't want to die'". */
const QUOTING = String.raw`said|says|told|tells|asked|asks|goes|went|wrote|texted|messaged`;
/** Whether a text has a word that may bring in others' words: most texts have none. */
const MAY_QUOTE = new RegExp(String.raw`\b(?:${QUOTING})\b`, 'i');
const OTHERS_QUOTE = new RegExp(
  String.raw`(?<!\bi(?: \w+)? )\b(?!i\b)[a-z]+ (?:${QUOTING})(?: to me)?(?: (?!i\b)[a-z]+){0,3}?,? *["“']([^"”]{1,400}?)["”'](?=\s|$|[.,;!?])`,
  'g',
);

/**
 * `text` as written with others' quoted words blanked: the safety net's reader does not read them
 * as the writer's ("He said, 'I want to die.' I sat with him.").
 */
export function othersWordsLeftOut(text: string): string {
  if (!MAY_QUOTE.test(text)) return text;
  // The same length as `text`, a character for a character, so its blanks fall in place.
  const blanked = othersWordsBlank(text.toLowerCase().replace(/[’ʼ‘`´]/g, "'"));
  if (blanked.length !== text.length) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += blanked[i] === ' ' ? ' ' : text[i];
  return out;
}

/** The text with others' quoted words blanked (same length, so places in it hold). */
function othersWordsBlank(lower: string): string {
  if (!MAY_QUOTE.test(lower)) return lower;
  return lower.replace(
    OTHERS_QUOTE,
    (quote, words: string) =>
      // The quoted words end the match, less their closing mark: blanked where they stand.
      `${quote.slice(0, quote.length - words.length - 1)}${' '.repeat(words.length)}${quote.slice(-1)}`,
  );
}

const PAST_TOLD =
  /\b(?:wanted|planned|thought|tried|was|were|had|'d planned|took|wrote|woke|went|did|got|felt|said|sat|stood|swallowed|overdosed|attempted|left|gave|drank|drove|jumped)\b/;
const NOW_TOLD =
  /\b(?:want|wanna|am|'m|is|are|still|now|again|keep|today|tonight|lately|yesterday|last night|this (?:morning|afternoon|evening|week|month)|recently)\b/;
/** Whether a sentence tells of the past only: a verb in the past, none in the present. */
const toldAsPast = (sentence: string) => PAST_TOLD.test(sentence) && !NOW_TOLD.test(sentence);

/** What a sentence says alone: nothing, risk, or risk if a mind turned to it comes next. */
type Verdict = 'silent' | 'speaks' | 'if a mind follows';

/** Verdicts by sentence (a text typed on is mostly read before). */
const verdicts = new Memo<Verdict>(4_096);
sentenceMemos.add(verdicts);

/**
 * Whether `sentence` holds a sign with a mind turned to it. The mind may follow in the next
 * sentence ("Held back some of the morphine. I know what I'm keeping it for.").
 */
function sentenceVerdict(sentence: string): Verdict {
  if (sentence.length < 6) return 'silent';
  // "A few years back I'd started thinking everyone would be better off without me."
  if (ALONE.test(sentence) || (ALONE_WORDS.test(sentence) && ALONE_BY_WORD.test(sentence)))
    return PAST.test(sentence) && toldAsPast(sentence) ? 'silent' : 'speaks';
  const harm = HARM.exec(sentence);
  const gone = harm ? null : GONE.exec(sentence);
  const sign = harm ?? gone;
  if (!sign) return 'silent';
  if (IDIOM.test(sentence)) return 'silent';
  const lead = sentence.slice(0, sign.index);
  if (
    DENIED.test(lead) ||
    /\b(?:not|n't|never|almost|nearly)\s*$/.test(lead) ||
    PAST.test(sentence)
  ) {
    return 'silent';
  }
  if (!writersOwn(sentence, sign.index, sign[0])) return 'silent';
  return gone && !MIND.test(sentence) ? 'if a mind follows' : 'speaks';
}
