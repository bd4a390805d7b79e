import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { Button } from './button';
import { useToast } from './toast';

export interface CopyWords {
  /** The button, e.g. "Copy link". */
  copy: string;
  /** The button once copied. */
  copied: string;
  /** Announced to screen readers once copied. */
  copiedStatus: string;
  /** A toast when the clipboard refused. */
  copyFailed: string;
}

/**
 * A value to pass on by hand (a link, a token): labelled, shown whole and selectable, with a
 * copy button that says when it worked.
 */
export function CopyValue({
  label,
  value,
  words,
}: {
  label: string;
  value: string;
  words: CopyWords;
}) {
  const toast = useToast();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      toast({ title: words.copyFailed, tone: 'info' });
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-ink">{label}</p>
      <code className="block rounded-lg border border-line bg-sunken px-3 py-2.5 font-mono text-sm break-all text-ink select-all">
        {value}
      </code>
      <div>
        <Button
          size="sm"
          icon={
            copied ? (
              <Check aria-hidden className="size-4 text-accent" />
            ) : (
              <Copy aria-hidden className="size-4" />
            )
          }
          onClick={() => void copy()}
        >
          {copied ? words.copied : words.copy}
        </Button>
        <span role="status" className="sr-only">
          {copied ? words.copiedStatus : ''}
        </span>
      </div>
    </div>
  );
}
