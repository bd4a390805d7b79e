import { clsx } from 'clsx';
import { STEPS } from './steps';

/** How far along the welcome steps I am. */
export function Progress({ index }: { index: number }) {
  return (
    <ol aria-hidden className="flex items-center gap-1.5">
      {STEPS.map((step, i) => (
        <li
          key={step}
          className={clsx(
            'h-1.5 rounded-full transition-all duration-300',
            i === index ? 'w-8 bg-accent' : i < index ? 'w-4 bg-accent/50' : 'w-4 bg-line',
          )}
        />
      ))}
    </ol>
  );
}
