"use client";

import { useRef, useState, type FocusEvent, type ReactNode } from "react";

interface Shown {
  text: string;
  left: number;
  top: number;
}

/**
 * Shows the full name and details of the diagram box that has keyboard focus, under the box:
 * boxes cut long names, and a tooltip on hover alone leaves keyboard users without them.
 * Screen readers already hear the same words as the box's name, so this copy is hidden there.
 */
export function DiagramFocusLabel({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const text = event.target.getAttribute("data-full-name");
    const outer = frame.current?.getBoundingClientRect();
    if (!text || !outer) return setShown(null);
    const box = event.target.getBoundingClientRect();
    // Kept inside the frame: a label that runs off the right edge would be cut.
    const left = Math.max(0, Math.min(box.left - outer.left, outer.width - 320));
    setShown({ text, left, top: box.bottom - outer.top + 4 });
  };
  return (
    <div ref={frame} className="relative" onFocus={onFocus} onBlur={() => setShown(null)}>
      {children}
      {shown ? (
        <p
          aria-hidden="true"
          data-testid="diagram-focus-label"
          className="pointer-events-none absolute z-10 w-max max-w-80 rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
          style={{ left: shown.left, top: shown.top }}
        >
          {shown.text}
        </p>
      ) : null}
    </div>
  );
}
