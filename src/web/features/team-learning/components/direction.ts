export type Direction = 'up' | 'down';
