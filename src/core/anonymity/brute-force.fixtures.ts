import { div, isZero, mul, ONE, type Rational, sub, ZERO } from './rational';

/**
 * The differencing rule checked the slow, obvious way, for tests on small problems: every set of
 * units holding 1 to k − 1 people is tested for membership in the span of the shown figures, by
 * dense Gaussian elimination over the rationals. Returns the first computable such set (unit
 * indices), or null when there is none.
 */
export function smallComputableSet(
  k: number,
  sizes: readonly number[],
  shown: readonly (readonly number[])[],
): number[] | null {
  const units = sizes.flatMap((size, unit) => (size > 0 ? [unit] : []));
  if (units.length > 20) throw new RangeError('too many units to check by brute force');
  const basis = echelon(shown.map((figure) => units.map((u) => (figure.includes(u) ? ONE : ZERO))));
  const search = (from: number, set: number[], people: number): number[] | null => {
    if (
      set.length > 0 &&
      inSpan(
        basis,
        units.map((u) => (set.includes(u) ? ONE : ZERO)),
      )
    ) {
      return set;
    }
    for (let i = from; i < units.length; i += 1) {
      const unit = units[i] as number;
      const more = people + (sizes[unit] ?? 0);
      if (more >= k) continue;
      const found = search(i + 1, [...set, unit], more);
      if (found) return found;
    }
    return null;
  };
  return search(0, [], 0);
}

type Pivoted = { column: number; row: Rational[] };

function echelon(matrix: readonly Rational[][]): Pivoted[] {
  const basis: Pivoted[] = [];
  for (const vector of matrix) {
    const row = reduce(basis, vector);
    const column = row.findIndex((value) => !isZero(value));
    if (column >= 0) basis.push({ column, row });
  }
  return basis;
}

function reduce(basis: readonly Pivoted[], vector: readonly Rational[]): Rational[] {
  const row = [...vector];
  for (const { column, row: pivotRow } of basis) {
    const value = row[column] ?? ZERO;
    if (isZero(value)) continue;
    const factor = div(value, pivotRow[column] ?? ONE);
    for (let j = 0; j < row.length; j += 1) {
      row[j] = sub(row[j] ?? ZERO, mul(factor, pivotRow[j] ?? ZERO));
    }
  }
  return row;
}

const inSpan = (basis: readonly Pivoted[], vector: readonly Rational[]) =>
  reduce(basis, vector).every(isZero);
