import { randomFillSync } from 'node:crypto';

/** Crockford's base 32, the alphabet of ULIDs (no I, L, O, U). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 16;
/** Random bytes are drawn from the system in blocks, not per id (profiled: docs/performance.md). */
const POOL_SIZE = 4096;

const pool = Buffer.alloc(POOL_SIZE);
let poolOffset = POOL_SIZE;
let lastTime = -1;
/** The random part of the last id, as 16 base-32 digits (0–31), most significant first. */
const lastRandom = new Uint8Array(RANDOM_CHARS);

function fillRandom(): void {
  if (poolOffset + RANDOM_CHARS > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  for (let i = 0; i < RANDOM_CHARS; i += 1) lastRandom[i] = pool[poolOffset + i]! & 31;
  poolOffset += RANDOM_CHARS;
}

/** Adds one to the random part (monotonic ids within one millisecond). */
function incrementRandom(): void {
  for (let i = RANDOM_CHARS - 1; i >= 0; i -= 1) {
    if (lastRandom[i]! < 31) {
      lastRandom[i]! += 1;
      return;
    }
    lastRandom[i] = 0;
  }
  throw new Error('ULID random part overflowed within one millisecond');
}

function encodeTime(time: number): string {
  let out = '';
  let rest = time;
  for (let i = 0; i < 10; i += 1) {
    out = ALPHABET[rest % 32]! + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/**
 * A new ULID: 26 characters, sortable by creation time, unique even within one millisecond
 * (the random part of an id made in the same millisecond as the one before is that one's plus
 * one, as the ULID specification's monotonic form says).
 */
export function newId(now = Date.now()): string {
  if (now > lastTime) {
    lastTime = now;
    fillRandom();
  } else {
    incrementRandom();
  }
  let random = '';
  for (let i = 0; i < RANDOM_CHARS; i += 1) random += ALPHABET[lastRandom[i]!];
  return encodeTime(lastTime) + random;
}
