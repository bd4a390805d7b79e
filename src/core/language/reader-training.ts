/**
 * Trains the safety net's reader (`support-reader.ts`): a logistic regression over the words and
 * word pairs of short windows, fitted by AdaGrad in a fixed order, so the same texts give the same
 * model. Used by `npm run language:train`, which writes `support-reader.json`, and by the test
 * that checks the shipped model is the one these texts give.
 *
 * A text that speaks of risk usually does so in one sentence of an ordinary day, so training reads
 * it as multiple-instance learning: first the whole text is one example, then, twice, only its
 * window the model scores highest. Every window of a text that speaks of no risk is an example
 * against. The threshold is set on scores the model gave texts it was not trained on (five folds),
 * at the score only `falseAlarms` of them reach.
 */
import {
  type ReaderModel,
  readerFeatures,
  readerScore,
  readerText,
  readerWindows,
  readerWords,
  type Weights,
  windowScore,
} from './support-reader';

type Example = { features: readonly string[]; risk: boolean; weight: number };

const EPOCHS = 30;
const RATE = 0.1;
const L2 = 1e-3;
const FOLDS = 5;
/** The share of calm texts, held out of training, allowed to reach the threshold. */
const FALSE_ALARMS = 0.005;
/** Weights nearer zero than this are dropped from the model (they move no score much). */
const KEEP = 0.02;

function fit(examples: readonly Example[]): Weights {
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  let bias = 0;
  let biasSquares = 1e-8;
  // A stride prime to the number of examples visits each once an epoch.
  const stride = examples.length % 7_919 === 0 ? 7_907 : 7_919;
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let k = 0; k < examples.length; k += 1) {
      const { features, risk, weight } =
        examples[(k * stride + epoch * 104_729) % examples.length]!;
      const p = 1 / (1 + Math.exp(-windowScore(features, { bias, weights })));
      const g = weight * (p - (risk ? 1 : 0));
      for (const feature of features) {
        const w = weights.get(feature) ?? 0;
        const gw = g + L2 * w;
        const s = (squares.get(feature) ?? 1e-8) + gw * gw;
        squares.set(feature, s);
        weights.set(feature, w - (RATE * gw) / Math.sqrt(s));
      }
      biasSquares += g * g;
      bias -= (RATE * g) / Math.sqrt(biasSquares);
    }
  }
  const round = (n: number) => Math.round(n * 1_000) / 1_000;
  const kept = new Map<string, number>();
  for (const [feature, w] of weights) if (Math.abs(w) >= KEEP) kept.set(feature, round(w));
  return { bias: round(bias), weights: kept };
}

/** Fits on texts that speak of risk and texts that do not, in three rounds (see above). */
function fitTexts(risk: readonly string[], calm: readonly string[]): Weights {
  const against = calm.flatMap((text) => readerWindows(text).map(readerFeatures));
  const windows = risk
    .map((text) => readerWindows(text).map(readerFeatures))
    .filter((w) => w.length > 0);
  let chosen = risk.map((text) => readerFeatures(readerWords(readerText(text))));
  let weights: Weights | undefined;
  for (let round = 0; round < 3; round += 1) {
    if (weights) {
      const w = weights;
      chosen = windows.map((ws) =>
        ws.reduce((best, f) => (windowScore(f, w) > windowScore(best, w) ? f : best)),
      );
    }
    const balance = against.length / chosen.length;
    weights = fit([
      ...chosen.map((features) => ({ features, risk: true, weight: balance })),
      ...against.map((features) => ({ features, risk: false, weight: 1 })),
    ]);
  }
  return weights!;
}

/** Where the text at `i` of `n` lands among scores gathered fold by fold. */
function foldOrder(i: number, n: number): number {
  const fold = i % FOLDS;
  let before = 0;
  for (let f = 0; f < fold; f += 1) before += Math.ceil((n - f) / FOLDS);
  return before + Math.floor(i / FOLDS);
}

export type Training = {
  model: ReaderModel;
  heldOutRecall: number;
  heldOutAlarms: number;
  /** Alarms on the calm texts that share risk's words (idioms, others' stories), held out. */
  heldOutHardAlarms: number;
  /** Recall on texts held out of training at the thresholds that raise these rates of alarms. */
  curve: { alarms: number; recall: number; hardAlarms: number }[];
};

/** The reader's model, and its cross-validated recall and false alarms at its threshold. */
export function trainReader(
  risk: readonly string[],
  calm: readonly string[],
  { falseAlarms = FALSE_ALARMS, hard = 0 }: { falseAlarms?: number; hard?: number } = {},
): Training {
  const riskScores: number[] = [];
  const calmScores: number[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const w = fitTexts(
      risk.filter((_, i) => i % FOLDS !== fold),
      calm.filter((_, i) => i % FOLDS !== fold),
    );
    risk.forEach((t, i) => i % FOLDS === fold && riskScores.push(readerScore(t, w)));
    calm.forEach((t, i) => i % FOLDS === fold && calmScores.push(readerScore(t, w)));
  }
  // Scores in the calm texts' order: the first `hard` of them share risk's words.
  const calmInOrder = calm.map((_, i) => calmScores[foldOrder(i, calm.length)]!);
  const hardRate = (at: number) =>
    hard === 0 ? 0 : calmInOrder.slice(0, hard).filter((s) => s >= at).length / hard;
  const sorted = [...calmScores].sort((a, b) => b - a);
  const threshold =
    Math.round((sorted[Math.floor(sorted.length * falseAlarms)]! + 0.001) * 1_000) / 1_000;
  const { bias, weights } = fitTexts(risk, calm);
  return {
    model: {
      about:
        'The safety net’s reader: generated by `npm run language:train` (src/core/language/reader-training.ts). Do not edit.',
      bias,
      threshold,
      weights: Object.fromEntries([...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    },
    heldOutRecall: riskScores.filter((s) => s >= threshold).length / riskScores.length,
    heldOutAlarms: calmScores.filter((s) => s >= threshold).length / calmScores.length,
    heldOutHardAlarms: hardRate(threshold),
    curve: [0.0025, 0.005, 0.01, 0.02, 0.05].map((alarms) => {
      const at = sorted[Math.floor(sorted.length * alarms)]! + 0.001;
      const recall = riskScores.filter((s) => s >= at).length / riskScores.length;
      return { alarms, recall, hardAlarms: hardRate(at) };
    }),
  };
}
