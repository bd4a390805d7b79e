import { describe, expect, it } from 'vitest';
import { examinedAs } from './examined-beliefs';

describe('a phrase examined as a belief', () => {
  const beliefs = [
    { id: 'b2', statement: 'I always fail at this.' },
    { id: 'b1', statement: 'I CAN’T say no to my manager.' },
  ];

  it('is the first belief whose statement holds the phrase, without case', () => {
    expect(examinedAs({ text: 'I can’t' }, beliefs)?.id).toBe('b1');
    expect(examinedAs({ text: 'always fail' }, beliefs)?.id).toBe('b2');
  });

  it('is none when no statement holds it', () => {
    expect(examinedAs({ text: 'I don’t deserve' }, beliefs)).toBeNull();
    expect(examinedAs({ text: 'I can’t' }, [])).toBeNull();
  });
});
