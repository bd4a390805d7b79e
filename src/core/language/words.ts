/**
 * The word classes the token rules use. They name meanings (a harsh verdict on oneself, a
 * practical limit), not whole phrases: the phrases come from the tags around them.
 */
const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Adjectives that make a verdict on the person ("a useless person", "I'm so pathetic"). */
export const HARSH = set(`
  useless worthless hopeless pathetic stupid dumb idiotic terrible awful horrible bad lousy
  rubbish crap crappy shitty boring selfish lazy weak ugly disgusting broken defective
  incompetent inadequate unlovable unlikeable unlikable annoying toxic pitiful lame dull clumsy
  mediocre unreliable fake needy worse worst inferior unworthy unwanted unloved forgettable
  invisible miserable failed poor sorry horrid hideous repulsive bitter cowardly spineless trash
  garbage silly daft replaceable expendable disposable shit shite`);

/**
 * Harsh words that, felt, are a mood and not a verdict: "I feel terrible today", "I feel so bad
 * about it" (but "I feel such a terrible mother" is one).
 */
export const MOOD = set(`
  bad worse worst terrible awful horrible lousy miserable sorry rubbish crap crappy shitty poor
  bitter silly daft shit shite`);

/**
 * Harsh words that, said of oneself with no noun after them, are a state and not a verdict: an
 * apology or a regret ("I'm sorry I was late"), a feeling ("I'm miserable today", "I'm bitter
 * about it"), a purse ("I'm poor this month"); with a noun they are one ("I'm a sorry excuse for a
 * father", "I am a miserable person").
 */
export const STATES = set(`sorry miserable bitter poor silly daft`);

/** Nouns that are a verdict on the person ("a failure", "a burden"). */
export const VERDICT_NOUNS = set(`
  failure loser burden fraud impostor imposter disappointment joke mess idiot moron embarrassment
  disgrace nobody coward letdown waste nuisance screwup screw-up fuckup fuck-up freak doormat
  pushover wreck hypocrite liability hack dinosaur has-been deadweight scum`);

/** Qualities of worth and ability whose denial is a self-label ("I'm not competent"). */
export const WORTH = set(`
  capable competent worthy lovable loveable likeable likable smart intelligent good talented
  attractive interesting funny normal qualified deserving important special valuable clever
  strong bright skilled enough confident successful pretty beautiful handsome desirable wanted
  loved cool fun brave disciplined creative gifted able adequate sharp hireable employable
  promotable`);

/** Adjectives that are no overgeneralization after "I'm always" ("always happy to help"). */
export const NOT_A_TRAIT = set(`
  happy glad grateful thankful excited proud curious open keen interested available welcome
  here there up early hungry sure ready careful busy around honest willing eager home free
  first right`);

/** Adjectives whose "not … enough" is a plain fact ("not old enough to vote"). */
export const FACT_ENOUGH = set(`
  old young tall close near far awake warm cold hungry thirsty sure full high big long wide
  loud`);

/** Verbs of a practical, physical or money limit after "I can't" ("I can't afford therapy"). */
export const PRACTICAL = set(`
  afford lift carry reach attend join access drive walk run swim climb eat drink sleep find
  locate open download print load hear see park fit pay book travel fly visit make take come go
  get move bend kneel read log`);

/** Words after a practical verb that make it a belief again ("I can't take it anymore"). */
export const HOPELESS = set(`anymore any never ever forever life myself`);

/** Words of the body, money and time that make "I can't" a practical limit. */
export const CONSTRAINT = set(`
  heart back knee knees hip hips shoulder shoulders leg legs arm arms wrist ankle foot feet
  surgery injury doctor doctors medication meds allergy allergic pregnant budget money rent
  insurance visa cash tonight today tomorrow weekend monday tuesday wednesday thursday friday
  saturday sunday deadline schedule`);

/** Verbs of saying and thinking that make the next words someone else's ("she responded"). */
export const SPEECH = set(`
  say tell respond reply answer snap text message write shout yell scream whisper mutter add
  explain insist claim think believe reckon argue complain joke laugh cry sigh announce ask
  warn admit confess mention note remark go post tweet call email type sob groan moan`);

/** Outcomes that make "everything I try …" an overgeneralization. */
export const BAD_OUTCOMES = set(`
  fail fails failed failing wrong apart ruin ruins mess messes break breaks collapse crumble
  disaster flop flops nothing never badly sideways backfire backfires useless pointless bad die
  dies died`);

/** Quantifiers over people that make "… always ignore me" an overgeneralization. */
export const EVERYONE = set(`people everyone everybody nobody noone no-one others`);
