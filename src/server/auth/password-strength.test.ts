import { describe, expect, it } from 'vitest';
import { weakPassword } from './password-strength';

describe('weakPassword (zxcvbn-ts with its common-password list)', () => {
  it.each([
    ['password1234', 'guessable'],
    ['iloveyou', 'common'],
    ['123456789012', 'common'],
    ['qwertyuiopasdf', 'guessable'],
    ['iloveyou1234', 'guessable'],
    ['passwordpassword', 'guessable'],
    ['aaaaaaaaaaaa', 'guessable'],
  ])('refuses %s as %s', (password, reason) => {
    expect(weakPassword(password)?.reason).toBe(reason);
    expect(weakPassword(password)?.message).toMatch(/common|guess/);
  });

  it.each([
    'correct horse battery staple',
    'a long passphrase 1',
    'ŝtelo 🌱 '.repeat(12),
    'Meine Oma fährt im Hühnerstall Motorrad',
  ])('accepts %s', (password) => {
    expect(weakPassword(password)).toBeNull();
  });

  it("counts the person's own email and name as easy to guess", () => {
    const email = 'ana.lindqvist.1987@example.com';
    expect(weakPassword(email)).toBeNull();
    expect(weakPassword(email, [email, 'Ana Lindqvist'])).not.toBeNull();
  });

  it('judges only the first 64 characters of a long password', () => {
    expect(weakPassword(`${'password'.repeat(8)} and then something strong`)).not.toBeNull();
  });

  // Generous for a busy machine; it guards against the seconds long inputs once took.
  it('answers within a second even for long, dictionary-rich input', () => {
    weakPassword('warming up the dictionaries');
    const started = performance.now();
    for (const password of [
      'ana.lindqvist.1987@example.com',
      `${'a long passphrase '.repeat(7)}`,
      '1l1l1l1l1l1l1l1l1l1l1l1l1l1l1l1l1l1l1l1l1l1l',
    ]) {
      weakPassword(password);
    }
    expect((performance.now() - started) / 3).toBeLessThan(1000);
  });
});
