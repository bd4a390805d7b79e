/** The built-in crisis resources, for deployments that configure none. */
export const DEFAULT_CRISIS_RESOURCES = [
  'If you are in danger now, call your local emergency number (112 in Europe, 911 in North America, 999 in the UK, 000 in Australia).',
  'In many countries there is a free crisis line you can call or text at any hour; search for "crisis line" and your country, or see findahelpline.com.',
  'You could also tell someone you trust how you feel, today.',
].join('\n\n');
