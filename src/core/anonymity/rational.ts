/**
 * Exact rational numbers for the anonymity linear algebra: a floating-point rounding error there
 * could hide a combination of figures that isolates a few people, so every step stays exact.
 * A value is always reduced, with a positive denominator.
 */
export type Rational = { readonly num: bigint; readonly den: bigint };

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num/den reduced; den must not be zero. */
export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('division by zero');
  if (num === 0n) return ZERO;
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den);
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const isZero = (a: Rational) => a.num === 0n;
export const isOne = (a: Rational) => a.num === 1n && a.den === 1n;

export const add = (a: Rational, b: Rational): Rational => {
  // Whole numbers are by far the most common values: keep them off the gcd.
  if (a.den === 1n && b.den === 1n)
    return a.num + b.num === 0n ? ZERO : { num: a.num + b.num, den: 1n };
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
};
export const sub = (a: Rational, b: Rational) => add(a, { num: -b.num, den: b.den });
export const mul = (a: Rational, b: Rational): Rational =>
  a.den === 1n && b.den === 1n
    ? { num: a.num * b.num, den: 1n }
    : rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational): Rational => {
  // By 1 or −1 (a row's leading entry, nearly always): a is reduced already.
  if (b.den === 1n && b.num === 1n) return a;
  if (b.den === 1n && b.num === -1n) return a.num === 0n ? ZERO : { num: -a.num, den: a.den };
  return rational(a.num * b.den, a.den * b.num);
};
