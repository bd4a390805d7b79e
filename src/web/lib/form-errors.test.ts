import { beforeAll, describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import { ApiError } from './api-client';
import { fieldErrorsFromIssues, formErrorsFrom } from './form-errors';
import { addWords, t } from './words';

beforeAll(() => {
  addWords(en);
});

describe('fieldErrorsFromIssues', () => {
  it('keeps the first message per known field and returns the rest', () => {
    const result = fieldErrorsFromIssues(
      [
        { path: ['password'], message: 'Use at least 12 characters.' },
        { path: ['password'], message: 'A second problem.' },
        { path: ['nickname'], message: 'Unknown field.' },
        { path: [], message: 'About the whole form.' },
      ],
      ['email', 'password'],
    );
    expect(result.fieldErrors).toEqual({ password: 'Use at least 12 characters.' });
    expect(result.otherMessages).toEqual(['Unknown field.', 'About the whole form.']);
  });
});

describe('formErrorsFrom', () => {
  const fields = ['currentPassword', 'newPassword'] as const;

  it('puts server issues under their fields and leaves no general message', () => {
    const error = new ApiError(400, 'wrong_password', 'Wrong password.', {
      issues: [{ path: ['currentPassword'], message: 'That password is not right.' }],
    });
    expect(formErrorsFrom(error, fields, t)).toEqual({
      fieldErrors: { currentPassword: 'That password is not right.' },
      general: null,
    });
  });

  it('says how long to wait when rate limited', () => {
    const error = new ApiError(429, 'rate_limited', 'Slow down.', null, 42);
    expect(formErrorsFrom(error, fields, t).general).toBe(
      'Too many attempts. Please try again in 42 seconds.',
    );
  });

  it('explains a missing server without blaming the person', () => {
    const error = new ApiError(502, 'http_502', 'Bad Gateway');
    expect(formErrorsFrom(error, fields, t).general).toMatch(/right now/);
  });
});
