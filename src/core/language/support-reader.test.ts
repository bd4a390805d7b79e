import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetReadings } from './nlp';
import { needsSupport, rulesSpeakOfRisk } from './support';
import {
  readerFeatures,
  readerScore,
  readerSpeaksOfRisk,
  readerWindows,
  readerWords,
  unpacked,
  windowScore,
} from './support-reader';
import shippedModel from './support-reader.json';

const shipped = unpacked(shippedModel);

describe("the safety net's reader", () => {
  it('spells out contractions and typed forms the same way', () => {
    expect(readerWords("I can't, im done, she won't, they'd")).toEqual(
      'i can not i am done she will not they would'.split(' '),
    );
    expect(readerWords('idk tbh ur gonna')).toEqual(
      'i do not know to be honest your going to'.split(' '),
    );
    expect(readerWords('’I’m’')).toEqual(['i', 'am']);
  });

  it('reads every sentence and every two beside each other, and long run-ons in pieces', () => {
    expect(readerWindows('One two. Three four! Five')).toEqual([
      ['one', 'two'],
      ['three', 'four'],
      ['one', 'two', 'three', 'four'],
      ['five'],
      ['three', 'four', 'five'],
    ]);
    const runOn = Array.from({ length: 60 }, (_, i) => `w${'x'.repeat(i % 7)}`).join(' ');
    expect(readerWindows(runOn).every((w) => w.length <= 48)).toBe(true);
    expect(readerFeatures(['to', 'die', 'to'])).toEqual(['to die', 'die', 'die to']);
  });

  it('notices hints written in words no rule holds', () => {
    // From held-out 2, which the reader was never trained on: the rules alone miss each of them.
    for (const text of [
      'Welded all day, good clean runs. Walked home the long way past the viaduct and stood at the railing a while. Thought about how quick it’d be.',
      'If I went to sleep tonight and just didn’t come back, that’d suit me fine.',
      'Told the helpline I was fine and hung up. I’ve worked out it’s simpler for everyone if I’m not here when the bailiffs come.',
    ]) {
      expect(rulesSpeakOfRisk(text), text).toBe(false);
      expect(readerSpeaksOfRisk(text), text).toBe(true);
      expect(needsSupport(text), text).toBe(true);
    }
  });

  it("stays quiet on the issue's idioms and others' stories", () => {
    for (const text of [
      'this deadline is killing me',
      'my grandmother died last spring and I still miss her',
      'we need to kill the feature before the release',
      'I could murder a coffee',
      'dead on my feet after the double shift',
    ]) {
      expect(readerSpeaksOfRisk(text), text).toBe(false);
      expect(needsSupport(text), text).toBe(false);
    }
  });

  it("reads the writer's own quoted words, not someone else's", () => {
    expect(
      needsSupport("He said, 'I want to die.' I sat with him till the crisis team came."),
    ).toBe(false);
    expect(needsSupport("I just said it out loud, 'I want to die.'")).toBe(true);
  });

  it('stays quiet on everyday wishes, rest, things one wants over, and bad days', () => {
    // Short first-person wishes are what the corpus's calm texts had least of (a probe of
    // 5 December found the reader alarming on "I want to quit my job" and "I want to rest").
    for (const text of [
      'I want to feel better.',
      'I need a break.',
      'I want this week to be over.',
      'I want to give up sugar.',
      'I want it to stop raining.',
      'I want to quit my job.',
      'I want to get better at presenting.',
      'I want to stop procrastinating.',
      'I want the pain in my back to stop.',
      'I want to feel happy again.',
      'I wish I could just sleep for a week.',
      'I want to run away to the seaside.',
      'I want to disappear under a duvet for the weekend.',
      "I'm so done with everything today lol",
      'Feeling low today but a walk helped.',
    ]) {
      expect(needsSupport(text), text).toBe(false);
    }
  });

  it('gives, from its memo and by its seams, the score of every window read whole', () => {
    const weights = { bias: shipped.bias, weights: new Map(Object.entries(shipped.weights)) };
    const words = ['I want ', 'to die', 'the pills', ' . ', '\n', 'gone', ' everyone ', 'to'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(...words)), { maxLength: 40 }),
        (parts) => {
          const text = parts.join('');
          const whole = Math.max(
            -Infinity,
            ...readerWindows(text).map((w) => windowScore(readerFeatures(w), weights)),
          );
          const first = readerScore(text);
          expect(first).toBe(whole);
          expect(readerScore(text)).toBe(first);
          forgetReadings();
          expect(readerScore(text)).toBe(first);
          expect(readerScore(text, weights)).toBe(first);
        },
      ),
    );
  });
});
