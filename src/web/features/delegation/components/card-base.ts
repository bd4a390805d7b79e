/** What every poker card shares, picked or revealed: its shape, spacing and transition. */
export const cardBase =
  'flex h-full flex-col gap-1 rounded-xl border px-3 py-3 text-left transition-colors duration-150';
