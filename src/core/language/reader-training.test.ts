import { describe, expect, it } from 'vitest';
import { READER_TRAINING } from './corpus';
import { trainReader } from './reader-training';
import { unpacked } from './support-reader';
import shippedModel from './support-reader.json';

const shipped = unpacked(shippedModel);

/**
 * The slowest unit test (two minutes or more on this machine: the reader trained six times over
 * the corpus of forty-six sets), in a file of its own so that it runs beside the others.
 */
describe("the safety net's reader, trained", () => {
  it('ships the model the corpus gives, with its cross-validated figures', () => {
    const { model, heldOutRecall, heldOutAlarms, heldOutHardAlarms } = trainReader(
      READER_TRAINING.risk,
      READER_TRAINING.calm,
      { hard: READER_TRAINING.hard },
    );
    // `npm run language:train` writes it: run it after the corpus changes. Within a rounding
    // step, so that another V8's last bit of `Math.exp` does not fail it.
    expect(Object.keys(model.weights)).toEqual(Object.keys(shipped.weights));
    const near = (a: number, b: number) => Math.abs(a - b) <= 0.0015;
    expect(near(model.bias, shipped.bias) && near(model.threshold, shipped.threshold)).toBe(true);
    const shippedWeights = shipped.weights;
    const apart = Object.entries(model.weights).filter(
      ([feature, weight]) => !near(weight, shippedWeights[feature]!),
    );
    expect(apart).toEqual([]);
    // On texts held out of each fold: most risk noticed, almost no plain text or idiom alarmed.
    // 0.606 with forty-six sets, 0.577 with forty-four (prison and street slang, abuse told to the abuser: each new
    // writer hints in the words of their own world, so a fold holds more words no other fold has),
    // 0.594 with forty-two (older people's quiet wishes, the world Englishes of students),
    // 0.605 with forty (the self-harm and the drug use of sets 49 and 50 are told in words of
    // their own), 0.624 with thirty-eight, 0.619 with thirty-six, 0.587 with thirty-four (the chronically ill and the margins hint
    // in words of their own), 0.618 with thirty-two, 0.612 with thirty, 0.601 with twenty-eight (0.66 with twenty-four, before the structured forms and the
    // algospeak of sets 32 and 34, whose risk is told in words the others do not use).
    expect(heldOutRecall).toBeGreaterThanOrEqual(0.56);
    expect(heldOutAlarms).toBeLessThanOrEqual(0.006);
    expect(heldOutHardAlarms).toBeLessThanOrEqual(0.02);
  }, 480_000);
});
